import Foundation

/// The site's settings, read from `cmblog.yml`.
public struct SiteConfig: Sendable, Equatable {
    /// The site's name, shown in every page title.
    public var title: String
    /// A sentence describing the site, used where a page has no description of its own.
    public var description: String
    /// The public address of the site, ending with `/` (may contain a path: `https://x.github.io/blog/`).
    public var baseURL: URL
    /// The site's language (BCP 47, e.g. `fr`, `en`, `fr-CA`).
    public var language: String
    /// The zone in which dates without an offset are read and all dates shown.
    public var timeZone: TimeZone
    /// The URL pattern of posts: `:year`, `:month`, `:day`, `:slug`, `:id`, `:category`.
    public var postPermalink: String
    /// The URL pattern of pages: `:slug`, `:path` (the folders under `content/pages`).
    public var pagePermalink: String
    /// Posts per list page.
    public var paginate: Int
    /// Where the generated list pages live.
    public var paths: Paths
    /// Links in the site's main navigation.
    public var menu: [MenuItem]
    /// Copyright line of the footer; defaults to the title.
    public var copyright: String?
    /// The image shared when a page has none of its own.
    public var image: String?
    /// The brand's logo, for the publisher of schema.org data; defaults to `image`.
    public var logo: String?
    /// The share links under each post (`share:`), in order; all five by default.
    public var share: [ShareTarget]
    /// The networks `cmblog syndicate` writes for (`syndication:`).
    public var syndication: SyndicationSettings
    /// How `cmblog backfeed` brings replies home (`backfeed:`).
    public var backfeed = BackfeedSettings()
    /// The theme's accent colour, a CSS hex colour such as `#9b3d12`.
    public var accentColor: String?
    /// Words per minute used for reading times.
    public var wordsPerMinute: Int
    /// The brand's own profiles (`social:`), linked with `rel="me"` from every page.
    public var social: [ProfileLink]
    /// The brand's Bluesky DID (`atproto_did:`), published at `/.well-known/atproto-did` so the
    /// site's domain can be its handle.
    public var atprotoDID: String?
    /// Whether every post must carry a valid signature (`signatures: required`).
    public var signaturesRequired: Bool
    /// Which feeds are written, with how many items and what they carry (`feeds:`).
    public var feeds: FeedSettings
    /// The WebSub hub feeds announce (`websub_hub:`).
    public var websubHub: String?
    /// The languages of a site that publishes in several (`languages:`), the default first;
    /// empty for a one-language site.
    public var languages: [LanguageSettings]
    /// Whether a post or page without its translations fails the build (`translations: required`)
    /// rather than being reported.
    public var translationsRequired: Bool
    /// Resized variants of the site's images and the markup offering them (`images:`).
    public var images = ImageSettings()
    /// Share cards drawn for entries without an image of their own (`share_cards:`).
    public var shareCards = ShareCardSettings()
    /// Where the build publishes the manifest of the site's files (`manifest:`).
    public var manifestPath = SiteConfig.defaultManifestPath
    /// The site's public key (`site_key:`), a minisign key in its one-line form, which signs
    /// the manifest; with the line of `cmblog.yml` it is on.
    public var siteKey: LocatedText?
    /// Whether this build signs the manifest (it has the secret key of `siteKey`): a fact of
    /// the build, not a setting.
    public var manifestIsSigned = false

    /// Where the manifest is published unless `manifest:` says otherwise.
    public static let defaultManifestPath = try! SitePath(file: "/.well-known/cmblog/manifest.json")

    /// URL folders of the generated list pages.
    public struct Paths: Sendable, Equatable {
        public var authors = "authors"
        public var categories = "categories"
        public var tags = "tags"
        public var archives = "archives"
        public var page = "page"
        public init() {}
    }

    /// A text setting and the line of `cmblog.yml` it is on, for errors found after loading.
    public struct LocatedText: Sendable, Equatable {
        public var value: String
        public var line: Int
        public init(_ value: String, line: Int) {
            self.value = value
            self.line = line
        }
    }

    /// One entry of the main navigation.
    public struct MenuItem: Sendable, Equatable {
        public var title: String
        public var url: String
        public init(title: String, url: String) {
            self.title = title
            self.url = url
        }
    }

    public init(title: String, baseURL: URL) {
        self.title = title
        self.description = ""
        self.baseURL = baseURL
        self.language = "en"
        self.timeZone = TimeZone(identifier: "UTC")!
        self.postPermalink = "/:year/:month/:slug/"
        self.pagePermalink = "/:path:slug/"
        self.paginate = 10
        self.paths = Paths()
        self.menu = []
        self.copyright = nil
        self.image = nil
        self.logo = nil
        self.share = ShareTarget.allCases
        self.syndication = SyndicationSettings()
        self.accentColor = nil
        self.wordsPerMinute = 230
        self.social = []
        self.atprotoDID = nil
        self.signaturesRequired = false
        self.feeds = FeedSettings()
        self.websubHub = nil
        self.languages = []
        self.translationsRequired = false
    }

    /// The path part of the base URL (`/` or `/blog/`), which every internal link starts with.
    public var basePath: String {
        let path = baseURL.path(percentEncoded: true)
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// The link to a site path, as written in pages: `/blog/2012/03/slug/`.
    public func link(to path: SitePath) -> String {
        basePath + path.value.dropFirst()
    }

    /// The absolute URL of a file named in content: `/images/a.jpg`, `images/a.jpg`, a link
    /// already starting with the base path, or a full URL (returned as it is).
    public func absoluteURL(ofFile raw: String) -> String {
        if raw.contains("://") || raw.hasPrefix("data:") { return raw }
        if raw.hasPrefix("//") { return (baseURL.scheme ?? "https") + ":" + raw }
        let linked = raw.hasPrefix(basePath) ? String(raw.dropFirst(basePath.count)) : String(raw.drop(while: { $0 == "/" }))
        return absoluteURL(of: .root) + linked
    }

    /// The absolute URL of a site path: `https://blog.example.com/2012/03/slug/`.
    public func absoluteURL(of path: SitePath) -> String {
        var base = baseURL.absoluteString
        if !base.hasSuffix("/") { base += "/" }
        return base + path.value.dropFirst()
    }
}
