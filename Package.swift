// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "cmblog",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cmblog", targets: ["cmblog"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"]), .brew(["vips"])]
        ),
        .target(
            name: "CMBlogImages",
            dependencies: ["CVips", "CMBlogCore"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogMarkdown",
            dependencies: ["CCmarkGFM", "CMBlogCore"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogContent",
            dependencies: ["CMBlogCore", "CMBlogMarkdown"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogComments",
            dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogMarkdown"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogTemplates",
            dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogMarkdown", "CMBlogComments", "CMBlogFeeds"],
            swiftSettings: strictSettings,
            plugins: ["EmbedTheme"]
        ),
        .target(
            name: "CMBlogFeeds",
            dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogMarkdown", "CMBlogComments"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogImport",
            dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogComments", "CMBlogMarkdown", "CMBlogFeeds"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogSigning",
            dependencies: ["CMBlogCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogManifest",
            dependencies: ["CMBlogCore", "CMBlogSigning"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogBuild",
            dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogComments", "CMBlogTemplates", "CMBlogSigning", "CMBlogFeeds", "CMBlogImages", "CMBlogManifest"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogCheck",
            dependencies: ["CMBlogCore", "CMBlogBuild", "CMBlogSigning", "CMBlogSyndication", "CMBlogImport"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogSyndication",
            dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogMarkdown", "CMBlogTemplates", "CMBlogBuild"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogBackfeed",
            dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogComments", "CMBlogBuild", "CMBlogSyndication"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CMBlogPreview",
            dependencies: ["CMBlogCore", "CMBlogMarkdown", "CMBlogBuild", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                           .product(name: "UnixSignals", package: "swift-service-lifecycle")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "cmblog",
            dependencies: [
                "CMBlogCore", "CMBlogContent", "CMBlogBuild", "CMBlogSigning", "CMBlogManifest", "CMBlogImport", "CMBlogComments", "CMBlogSyndication", "CMBlogBackfeed", "CMBlogPreview", "CMBlogCheck",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "ThemeEmbedder", swiftSettings: strictSettings),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(
            name: "CMBlogTestSupport",
            dependencies: ["CMBlogCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogMarkdownTests", dependencies: ["CMBlogMarkdown", "CMBlogTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "CMBlogCoreTests", dependencies: ["CMBlogCore", "CMBlogContent", "CMBlogTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "CMBlogContentTests",
            dependencies: ["CMBlogContent", "CMBlogCore", "CMBlogMarkdown", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogCommentsTests",
            dependencies: ["CMBlogComments", "CMBlogContent", "CMBlogCore", "CMBlogMarkdown", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogImportTests",
            dependencies: ["CMBlogImport", "CMBlogBuild", "CMBlogComments", "CMBlogContent", "CMBlogCore", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogTemplatesTests",
            dependencies: ["CMBlogTemplates", "CMBlogContent", "CMBlogCore", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogFeedsTests",
            dependencies: ["CMBlogFeeds", "CMBlogContent", "CMBlogCore", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogImagesTests", dependencies: ["CMBlogImages", "CMBlogCore", "CMBlogTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "CMBlogSigningTests", dependencies: ["CMBlogSigning", "CMBlogTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "CMBlogManifestTests", dependencies: ["CMBlogManifest", "CMBlogSigning", "CMBlogCore", "CMBlogTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "CMBlogBuildTests",
            dependencies: ["CMBlogBuild", "CMBlogContent", "CMBlogCore", "CMBlogSigning", "CMBlogManifest", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogCheckTests",
            dependencies: ["CMBlogCheck", "CMBlogBuild", "CMBlogCore", "CMBlogSigning", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogSyndicationTests",
            dependencies: ["CMBlogSyndication", "CMBlogContent", "CMBlogCore", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogBackfeedTests",
            dependencies: ["CMBlogBackfeed", "CMBlogComments", "CMBlogSyndication", "CMBlogCore", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CMBlogPreviewTests",
            dependencies: ["CMBlogPreview", "CMBlogBuild", "CMBlogCore", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "cmblogTests",
            dependencies: ["cmblog", "CMBlogTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
