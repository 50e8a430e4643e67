import CMBlogCore
import Foundation

/// Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1), keys sorted so output is stable.
enum JSONFeedWriter {
    static func write(_ feed: Feed) -> String {
        let zone = feed.timeZone
        func person(_ author: FeedPerson) -> PrettyJSON {
            var values: [String: PrettyJSON] = ["name": .string(author.name)]
            values["url"] = author.url.map(PrettyJSON.string)
            values["avatar"] = author.avatarURL.map(PrettyJSON.string)
            return .object(values)
        }
        let items = feed.items.map { item -> PrettyJSON in
            var values: [String: PrettyJSON] = [
                "id": .string(item.id),
                "url": .string(item.url),
                "title": .string(item.title),
                "content_html": .escaped(item.contentJSON),
                "summary": .string(item.summary),
                "authors": .array(item.authors.map(person)),
                "language": .string(item.language),
            ]
            if !item.categories.isEmpty { values["tags"] = .array(item.categories.map(PrettyJSON.string)) }
            values["image"] = item.imageURL.map(PrettyJSON.string)
            values["date_published"] = item.published.map { .string(DateText.iso8601($0, in: zone)) }
            values["date_modified"] = item.updated.map { .string(DateText.iso8601($0, in: zone)) }
            return .object(values)
        }
        var object: [String: PrettyJSON] = [
            "version": .string("https://jsonfeed.org/version/1.1"),
            "title": .string(feed.title),
            "home_page_url": .string(feed.homeURL),
            "language": .string(feed.language),
            "items": .array(items),
        ]
        object["feed_url"] = feed.selfURLs[.json].map(PrettyJSON.string)
        if !feed.subtitle.isEmpty { object["description"] = .string(feed.subtitle) }
        object["icon"] = feed.iconURL.map(PrettyJSON.string)
        object["hubs"] = feed.hubURL.map { .array([.object(["type": .string("WebSub"), "url": .string($0)])]) }
        return PrettyJSON.object(object).text + "\n"
    }
}
