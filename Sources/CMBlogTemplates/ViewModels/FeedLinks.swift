import CMBlogContent
import CMBlogCore
import CMBlogFeeds

extension ViewContext {
    /// `<link rel="alternate">` for the feeds of `scopes`, each in the formats it is written in.
    func feedLinks(_ scopes: [SiteFeeds.Scope]) -> [FeedLink] {
        scopes.flatMap { scope in
            let name = switch scope {
            case .site: config.title
            case .author(let author): author.name
            case .term(let term): term.name
            }
            return sources.feeds.formats(of: scope).map { format in
                FeedLink(type: format.mediaType, title: "\(name) (\(format.label))", url: absolute(sources.feeds.path(of: scope, format: format)))
            }
        }
    }
}
