import CMBlogCore
import Foundation

/// Writes Atom 1.0 (RFC 4287). An item carrying only its excerpt has it as an HTML `summary`
/// and no `content`, which the entry's `alternate` link then stands for.
enum AtomWriter {
    static func write(_ feed: Feed) -> String {
        let zone = feed.timeZone
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(XMLText.escape(feed.language))\">\n"
        xml += XMLText.element("title", feed.title)
        if !feed.subtitle.isEmpty { xml += XMLText.element("subtitle", feed.subtitle) }
        xml += XMLText.element("id", feed.homeURL)
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(feed.homeURL))\"/>\n"
        if let url = feed.selfURLs[.atom] {
            xml += "  <link rel=\"self\" type=\"\(FeedFormat.atom.mediaType)\" href=\"\(XMLText.escape(url))\"/>\n"
        }
        if let hub = feed.hubURL { xml += "  <link rel=\"hub\" href=\"\(XMLText.escape(hub))\"/>\n" }
        xml += XMLText.element("updated", DateText.iso8601(feed.updated ?? Date(timeIntervalSince1970: 0), in: zone))
        if let icon = feed.iconURL {
            xml += XMLText.element("icon", icon) + XMLText.element("logo", icon)
        }
        xml += "  <generator>cmblog</generator>\n"
        for item in feed.items {
            // An entry in another language than the feed's says so, for its title as for its text.
            xml += item.language == feed.language ? "  <entry>\n" : "  <entry xml:lang=\"\(XMLText.escape(item.language))\">\n"
            xml += XMLText.element("title", item.title, indent: "    ")
            xml += XMLText.element("id", item.id, indent: "    ")
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(item.url))\"/>\n"
            if let published = item.published { xml += XMLText.element("published", DateText.iso8601(published, in: zone), indent: "    ") }
            let updated = item.updated ?? item.published ?? feed.updated ?? Date(timeIntervalSince1970: 0)
            xml += XMLText.element("updated", DateText.iso8601(updated, in: zone), indent: "    ")
            for author in item.authors {
                let uri = author.url.map { XMLText.element("uri", $0, indent: "      ") } ?? ""
                xml += "    <author>\n" + XMLText.element("name", author.name, indent: "      ") + uri + "    </author>\n"
            }
            for category in item.categories { xml += "    <category term=\"\(XMLText.escape(category))\"/>\n" }
            if let image = item.imageURL {
                xml += "    <link rel=\"enclosure\" type=\"\(MediaType.ofImage(image))\" href=\"\(XMLText.escape(image))\"/>\n"
            }
            let language = XMLText.escape(item.language)
            switch item.content {
            case .full:
                xml += "    <summary type=\"text\">\(XMLText.escape(item.summary))</summary>\n"
                xml += "    <content type=\"html\" xml:lang=\"\(language)\">\(item.contentXML)</content>\n"
            case .summary:
                xml += "    <summary type=\"html\" xml:lang=\"\(language)\">\(item.contentXML)</summary>\n"
            }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
