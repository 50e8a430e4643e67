import CMBlogContent
import CMBlogCore
import CMBlogImages
import Foundation

/// The images stage: every image of `static/` measured, the copies the settings ask for made
/// (or found in the image cache), and the icons of the logo.
struct SiteImages: Sendable {
    /// The site's images and their copies, which pages offer (`ResponsiveMarkup`).
    let catalog: PictureCatalog
    /// The copies and icons to publish, from the cache, and the web app manifest.
    let jobs: [RenderJob]
    /// How many files were made rather than found in the cache.
    let made: Int
    /// Where made images are kept.
    let cache: ImageCache

    /// One image of `static/` worked on: what pages learn of it, its files in the cache, or what is wrong with it.
    struct Worked: Sendable {
        var picture: Picture?
        var files: [(path: String, cached: URL)] = []
        var made = 0
        var problem: String?
    }

    /// Runs the stage.
    /// - Parameter memo: What earlier builds of a session made of each image, kept while its file does not change.
    static func make(site: Site, root: URL, fileSystem: any FileSystem, width: Int, memo: ParseCache?) async -> (SiteImages, [Diagnostic]) {
        let config = site.config
        let cache = ImageCache(folder: root.appending(path: config.images.cacheFolder))
        guard config.images.enabled else { return (SiteImages(catalog: PictureCatalog(), jobs: [], made: 0, cache: cache), []) }
        let candidates = site.staticFiles.filter { ImageSize.mediaType(ofFile: $0) != nil }
        let settings = config.images
        let worked: [Worked] = await candidates.concurrentMap(width: width) { file -> Worked in
            let path = "static/" + file
            let make = { () -> Worked in Self.work(file: file, path: path, fileSystem: fileSystem, cache: cache, settings: settings) }
            guard let memo else { return make() }
            return memo.value(for: "images:" + path, stamps: ParseCache.stamps(of: path, in: fileSystem), parse: make)
        }
        var diagnostics: [Diagnostic] = []
        var jobs: [RenderJob] = []
        for (file, result) in zip(candidates, worked) {
            if let problem = result.problem {
                diagnostics += ImageReferences(site: site, fileSystem: fileSystem).problem(problem, with: "static/" + file)
            }
            for (path, cached) in result.files {
                guard let sitePath = try? SitePath(file: path) else { continue }
                jobs.append(RenderJob(path: sitePath, work: .copy(cached), origin: SourceLocation(path: "static/" + file)))
            }
        }
        let (iconJobs, iconsMade, iconProblems) = icons(config: config, fileSystem: fileSystem, cache: cache)
        let made = worked.reduce(0) { $0 + $1.made } + iconsMade
        return (SiteImages(catalog: PictureCatalog(worked.compactMap { $0.picture }), jobs: jobs + iconJobs, made: made, cache: cache), diagnostics + iconProblems)
    }

    /// Measures one image and makes its copies. An SVG is measured only.
    private static func work(file: String, path: String, fileSystem: any FileSystem, cache: ImageCache, settings: ImageSettings) -> Worked {
        let url = "/" + file
        guard let data = try? fileSystem.contents(of: path) else { return Worked(problem: "cannot read this image") }
        let digest = ContentDigest.sha256(data)
        guard let format = RasterFormat(fileExtension: (file as NSString).pathExtension) else {
            return Worked(picture: ImageSize(of: data).map { Picture(path: url, size: $0, format: nil, variants: [], digest: digest) })
        }
        do {
            let header = try ImageCodec.header(of: data)
            let size = header.size
            // An animation is published as it is: resized copies would keep its first frame only.
            if header.isAnimated { return Worked(picture: Picture(path: url, size: size, format: nil, variants: [], digest: digest)) }
            guard size.width * size.height <= settings.maxPixels else {
                return Worked(problem: "this image has \(size.width) × \(size.height) pixels, more than the \(settings.maxPixels) `images: max_pixels` allows; make it smaller")
            }
            var worked = Worked()
            let variants = VariantPlan.variants(of: url, size: size, format: format, settings: settings)
            let keys = variants.map { variant in
                ContentDigest.sha256(of: ["variant 2", digest, String(variant.width), variant.format.rawValue, String(settings.quality), String(settings.keepMetadata)])
            }
            let cached = zip(keys, variants).map { cache.url(for: $0, fileExtension: $1.format.fileExtension) }
            let missing = variants.indices.filter { !cache.holdsWhole(cached[$0]) }
            if !missing.isEmpty {
                let made = try ImageCodec.resized(data, to: missing.map { ImageCodec.Copy(width: variants[$0].width, format: variants[$0].format) },
                                                  quality: settings.quality, keepMetadata: settings.keepMetadata)
                for (index, bytes) in zip(missing, made) {
                    _ = try cache.file(for: keys[index], fileExtension: variants[index].format.fileExtension) { () throws(ImageError) -> Data in bytes }
                }
                worked.made = missing.count
            }
            worked.files = zip(variants, cached).map { (String($0.path.dropFirst()), $1) }
            worked.picture = Picture(path: url, size: size, format: format, variants: variants, digest: digest)
            return worked
        } catch {
            return Worked(problem: "this image cannot be used: \(error.message)")
        }
    }

    /// The icons of the logo and the manifest naming them.
    private static func icons(config: SiteConfig, fileSystem: any FileSystem, cache: ImageCache) -> ([RenderJob], Int, [Diagnostic]) {
        guard let source = SiteIcons.source(in: config) else { return ([], 0, []) }
        let line = ImageReferences.line(naming: "logo:", in: SiteConfig.fileName, fileSystem: fileSystem)
        let origin = SourceLocation(path: SiteConfig.fileName, line: line, column: line.map { _ in 1 })
        guard let data = try? fileSystem.contents(of: source) else {
            return ([], 0, [Diagnostic(.error, at: origin, "`logo: \(config.logo ?? "")` names \(source), which does not exist; the site's icons are made from it")])
        }
        let digest = ContentDigest.sha256(data)
        var jobs: [RenderJob] = []
        var made = 0
        do {
            for icon in SiteIcons.icons {
                let key = ContentDigest.sha256(of: ["icon 1", digest, String(icon.size)])
                let (cached, wasMade) = try cache.file(for: key, fileExtension: "png") { () throws(ImageError) -> Data in try ImageCodec.icon(data, size: icon.size) }
                jobs.append(RenderJob(path: icon.path, work: .copy(cached), origin: origin))
                if wasMade { made += 1 }
            }
        } catch {
            return ([], made, [Diagnostic(.error, at: origin, "cannot make the site's icons from \(source): \(error.message)")])
        }
        jobs.append(RenderJob(path: SiteIcons.manifestPath, work: .text(SiteIcons.manifest(name: config.title, themeColor: config.accentColor)), origin: origin))
        return (jobs, made, [])
    }
}
