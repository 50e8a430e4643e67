import CMBlogCore
import Foundation

/// Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1), keys sorted so output is stable.
enum JSONFeedWriter {
    static func write(_ feed: Feed) -> String {
        let zone = feed.timeZone
        func person(_ author: FeedPerson) -> [String: Any] {
            var values: [String: Any] = ["name": author.name]
            values["url"] = author.url
            values["avatar"] = author.avatarURL
            return values
        }
        var object: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed.title,
            "home_page_url": feed.homeURL,
            "language": feed.language,
            "items": feed.items.map { item -> [String: Any] in
                var values: [String: Any] = [
                    "id": item.id,
                    "url": item.url,
                    "title": item.title,
                    "content_html": item.contentHTML,
                    "summary": item.summary,
                    "authors": item.authors.map(person),
                    "language": item.language,
                ]
                if !item.categories.isEmpty { values["tags"] = item.categories }
                values["image"] = item.imageURL
                values["date_published"] = item.published.map { DateText.iso8601($0, in: zone) }
                values["date_modified"] = item.updated.map { DateText.iso8601($0, in: zone) }
                return values
            },
        ]
        object["feed_url"] = feed.selfURLs[.json]
        if !feed.subtitle.isEmpty { object["description"] = feed.subtitle }
        object["icon"] = feed.iconURL
        object["hubs"] = feed.hubURL.map { [["type": "WebSub", "url": $0]] }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
