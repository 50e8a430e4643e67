import CMBlogCore
import Foundation

/// What a link preview shows of a page: the Open Graph and Twitter card `<meta>` tags.
struct ShareCard {
    enum Kind: String {
        case website, article, profile
    }

    /// The card's picture: an absolute URL, with its size and type when known.
    struct Image {
        let url: String
        let size: ImageSize?
        let mediaType: String?
        let alt: String?
    }

    var kind: Kind = .website
    var title: String
    var description: String
    var url: String
    var siteName: String
    var locale: String
    /// The locales of the page's translations (`og:locale:alternate`).
    var localeAlternates: [String] = []
    var image: Image?
    var published: String?
    var modified: String?
    var authorURLs: [String] = []
    var section: String?
    var tags: [String] = []
    /// The site's and the authors' X accounts, without `@`.
    var xSite: String?
    var xCreator: String?

    /// `<meta property>` pairs, in the order the Open Graph protocol lists them.
    var openGraph: [MetaTag] {
        var tags: [(String, String?)] = [
            ("og:type", kind.rawValue), ("og:title", title), ("og:description", description), ("og:url", url),
            ("og:site_name", siteName), ("og:locale", locale),
        ] + localeAlternates.map { ("og:locale:alternate", $0) as (String, String?) }
        if let image {
            tags += [("og:image", image.url), ("og:image:type", image.mediaType),
                     ("og:image:width", image.size.map { String($0.width) }), ("og:image:height", image.size.map { String($0.height) }),
                     ("og:image:alt", image.alt)]
        }
        if kind == .article {
            tags += [("article:published_time", published), ("article:modified_time", modified)]
            tags += authorURLs.map { ("article:author", $0) }
            tags.append(("article:section", section))
            tags += self.tags.map { ("article:tag", $0) }
        }
        return Self.pairs(tags, key: "property")
    }

    /// `<meta name>` pairs of the Twitter (X) card; the rest is read from Open Graph (the image
    /// is named again, as some readers of cards look only for `twitter:image`).
    var twitter: [MetaTag] {
        Self.pairs([
            ("twitter:card", image == nil ? "summary" : "summary_large_image"),
            ("twitter:site", xSite.map { "@" + $0 }), ("twitter:creator", xCreator.map { "@" + $0 }),
            ("twitter:image", image?.url), ("twitter:image:alt", image?.alt),
        ], key: "name")
    }

    private static func pairs(_ tags: [(String, String?)], key: String) -> [MetaTag] {
        tags.compactMap { name, content in
            guard let content, !content.isEmpty else { return nil }
            return MetaTag(attribute: key, name: name, content: content)
        }
    }

    /// The Open Graph locale of a language tag: `fr` → `fr_FR`, `en` → `en_US`, `fr-CA` → `fr_CA`.
    static func locale(of language: String) -> String {
        let parts = language.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first?.lowercased() else { return "en_US" }
        if parts.count > 1 { return first + "_" + parts[1].uppercased() }
        let regions = ["en": "US", "ja": "JP", "zh": "CN", "ko": "KR", "sv": "SE", "da": "DK", "cs": "CZ", "el": "GR", "uk": "UA",
                       "he": "IL", "ar": "AR", "ca": "ES", "eu": "ES", "gl": "ES", "br": "FR", "oc": "FR", "nb": "NO", "nn": "NO"]
        return first + "_" + (regions[first] ?? first.uppercased())
    }

    /// The account name of an X profile link (`https://x.com/brand` → `brand`).
    static func xAccount(_ links: [ProfileLink]) -> String? {
        for link in links where ["x", "twitter"].contains(link.name.lowercased()) {
            guard let url = URLComponents(string: link.url), let host = url.host?.lowercased(),
                  ["x.com", "twitter.com", "www.x.com", "www.twitter.com"].contains(host)
            else { continue }
            let name = url.path.split(separator: "/").first.map(String.init)
            if let name, !name.isEmpty { return name.hasPrefix("@") ? String(name.dropFirst()) : name }
        }
        return nil
    }
}
