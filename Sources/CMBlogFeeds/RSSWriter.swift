import CMBlogCore
import Foundation

/// Writes RSS 2.0, with `content:encoded` for full content (an item carrying only its excerpt
/// has it, as HTML, in `description`), `dc:creator` for each author and `media:content` for
/// the cover image.
enum RSSWriter {
    static func write(_ feed: Feed) -> String {
        let zone = feed.timeZone
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        xml += "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n"
        xml += XMLText.element("title", feed.title)
        xml += XMLText.element("link", feed.homeURL)
        xml += XMLText.element("description", feed.subtitle.isEmpty ? feed.title : feed.subtitle)
        xml += XMLText.element("language", feed.language)
        xml += "  <generator>cmblog</generator>\n"
        if let updated = feed.updated { xml += XMLText.element("lastBuildDate", FeedDate.rfc822(updated, in: zone)) }
        if let url = feed.selfURLs[.rss] {
            xml += "  <atom:link rel=\"self\" type=\"\(FeedFormat.rss.mediaType)\" href=\"\(XMLText.escape(url))\"/>\n"
        }
        if let hub = feed.hubURL { xml += "  <atom:link rel=\"hub\" href=\"\(XMLText.escape(hub))\"/>\n" }
        if let icon = feed.iconURL {
            xml += "  <image>\n" + XMLText.element("url", icon, indent: "    ") + XMLText.element("title", feed.title, indent: "    ")
                + XMLText.element("link", feed.homeURL, indent: "    ") + "  </image>\n"
        }
        for item in feed.items {
            xml += "  <item>\n"
            xml += XMLText.element("title", item.title, indent: "    ")
            xml += XMLText.element("link", item.url, indent: "    ")
            xml += "    <guid isPermaLink=\"\(item.id == item.url)\">\(XMLText.escape(item.id))</guid>\n"
            if let published = item.published { xml += XMLText.element("pubDate", FeedDate.rfc822(published, in: zone), indent: "    ") }
            for author in item.authors { xml += XMLText.element("dc:creator", author.name, indent: "    ") }
            for category in item.categories { xml += XMLText.element("category", category, indent: "    ") }
            switch item.content {
            case .full:
                xml += XMLText.element("description", item.summary, indent: "    ")
                xml += "    <content:encoded>\(item.contentXML)</content:encoded>\n"
            case .summary: xml += "    <description>\(item.contentXML)</description>\n"
            }
            if let image = item.imageURL {
                xml += "    <media:content url=\"\(XMLText.escape(image))\" medium=\"image\" type=\"\(MediaType.ofImage(image))\"/>\n"
            }
            xml += "  </item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }
}
