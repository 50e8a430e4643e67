import CMBlogContent
import CMBlogCore
import CMBlogFeeds

extension ViewContext {
    /// `<link rel="alternate">` for the feeds of `scopes`, each in the formats it is written in;
    /// the site's feed is that of the page's language.
    func feedLinks(_ scopes: [SiteFeeds.Scope]) -> [FeedLink] {
        let scopes = scopes.map { scope in if case .site = scope { sources.feeds.siteScope(for: localization.language) } else { scope } }
        return scopes.flatMap { scope in
            let name = switch scope {
            case .site, .edition: config.title
            case .author(let author, _): author.name
            case .term(let term): term.name
            }
            return sources.feeds.formats(of: scope).map { format in
                FeedLink(type: format.mediaType, title: "\(name) (\(format.label))", url: absolute(sources.feeds.path(of: scope, format: format)))
            }
        }
    }
}
