import CMBlogCore
import Foundation

/// What a successful build did.
public struct BuildReport: Sendable {
    /// Pages rendered from templates (HTML, sitemap, robots, redirects).
    public var pagesWritten: Int
    /// Image copies and icons made rather than found in the image cache.
    public var imagesMade: Int
    /// Files copied from `static/` and the theme's assets.
    public var filesCopied: Int
    /// Files whose bytes did not change since the previous build (left untouched).
    public var filesUnchanged: Int
    /// Warnings and notes found on the way.
    public var diagnostics: [Diagnostic]
    /// Wall time of the build, in seconds.
    public var duration: Double
    /// Where the site was written.
    public var output: URL
    /// What a site with `languages:` lacks in translations, as JSON (`TranslationReport.json`);
    /// nil on a one-language site.
    public var translationsJSON: String?
    /// Nothing was built: the build cache showed the output already was what this build makes.
    public var upToDate = false
    /// Where each file written comes from; empty when nothing was built.
    public var origins = SiteOrigins(files: [:])
}

/// Progress of a running build, for a progress bar.
public enum BuildProgress: Sendable {
    /// A stage began; `total` is the number of items it will process (0 if unknown).
    case stageStarted(name: String, total: Int)
    /// One item of the current stage is done.
    case itemCompleted
}
