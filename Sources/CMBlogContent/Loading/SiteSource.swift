import Foundation
import CMBlogCore

/// Everything read from a content repository, before it is checked and linked into a `Site`.
public struct SiteSource: Sendable {
    public var config: SiteConfig
    public var entries: [Entry]
    public var authors: [Author]
    /// The site's own interface strings, by language (`i18n/fr.yml`).
    public var localizationOverrides: [String: LocalizationTable]
    /// Files of `static/`, relative to it.
    public var staticFiles: [String]
    /// Old URLs and where they lead (`redirects.yml`).
    public var redirects: [Redirect]
    /// Where categories are filed (`categories.yml`).
    public var categories: [CategorySetting]

    public init(config: SiteConfig, entries: [Entry], authors: [Author], localizationOverrides: [String: LocalizationTable], staticFiles: [String],
                redirects: [Redirect] = [], categories: [CategorySetting] = []) {
        self.config = config
        self.entries = entries
        self.authors = authors
        self.localizationOverrides = localizationOverrides
        self.staticFiles = staticFiles
        self.redirects = redirects
        self.categories = categories
    }
}
