import CMBlogCore
import Foundation
import Testing

@Suite("Localized dates and strings")
struct LocalizationTests {
    let paris = TimeZone(identifier: "Europe/Paris")!

    func localization(_ yaml: String, language: String) throws -> Localization {
        Localization(language: language, tables: [LocalizationTable(try YAMLValue.parse(yaml, path: "t.yml"))])
    }

    let french = """
        posts_count: { one: "{count} article", other: "{count} articles" }
        date: { format: "{day} {month} {year}", first_day: "1er", months: [janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre] }
        """
    let english = """
        posts_count: { one: "{count} post", other: "{count} posts" }
        date: { format: "{month} {day}, {year}", first_day: "1", months: [January, February, March, April, May, June, July, August, September, October, November, December] }
        """

    @Test("writes dates as French and English readers do")
    func dates() throws {
        let date = Date(timeIntervalSince1970: 1_331_736_060)  // 2012-03-14 14:41 UTC
        #expect(try localization(french, language: "fr").date(date, in: paris) == "14 mars 2012")
        #expect(try localization(english, language: "en").date(date, in: paris) == "March 14, 2012")
        let first = Date(timeIntervalSince1970: 1_330_560_000)  // 2012-03-01 00:00 UTC
        #expect(try localization(french, language: "fr").date(first, in: paris) == "1er mars 2012")
    }

    @Test("uses the site's time zone for the day")
    func dayInTimeZone() throws {
        let lateEvening = Date(timeIntervalSince1970: 1_331_765_400)  // 2012-03-14 22:50 UTC = 23:50 Paris
        #expect(try localization(english, language: "en").date(lateEvening, in: paris) == "March 14, 2012")
        #expect(try localization(english, language: "en").date(lateEvening, in: TimeZone(identifier: "Asia/Tokyo")!) == "March 15, 2012")
    }

    @Test("counts with French and English plural rules")
    func plurals() throws {
        let fr = try localization(french, language: "fr"), en = try localization(english, language: "en")
        #expect(fr.count("posts_count", 0) == "0 article")
        #expect(fr.count("posts_count", 1) == "1 article")
        #expect(fr.count("posts_count", 35) == "35 articles")
        #expect(en.count("posts_count", 0) == "0 posts")
        #expect(en.count("posts_count", 1) == "1 post")
    }

    @Test("lets later tables override earlier ones")
    func overrides() throws {
        let theme = LocalizationTable(try YAMLValue.parse("read_more: Read more\nby: By", path: "a.yml"))
        let site = LocalizationTable(try YAMLValue.parse("read_more: Continue reading", path: "b.yml"))
        let merged = Localization(language: "en", tables: [theme, site])
        #expect(merged.text("read_more") == "Continue reading")
        #expect(merged.text("by") == "By")
    }

    @Test("formats machine dates with the zone's offset")
    func iso() {
        let date = Date(timeIntervalSince1970: 1_331_736_060)
        #expect(DateText.iso8601(date, in: paris) == "2012-03-14T15:41:00+01:00")
        #expect(DateText.iso8601(date, in: TimeZone(identifier: "UTC")!) == "2012-03-14T14:41:00Z")
    }
}

@Suite("Placeholders")
struct PlaceholderTests {
    @Test("each known name is filled once, in one pass; other braces stay", arguments: [
        ("{name} a écrit", ["name": "Anne"], "Anne a écrit"),
        ("{a}{b}{a}", ["a": "1", "b": "2"], "121"),
        ("{a} {b}", ["a": "{b}", "b": "x"], "{b} x"),
        ("{unknown} {a", ["a": "1"], "{unknown} {a"),
        ("{{a}}", ["a": "1"], "{1}"),
        ("« {titre} »", ["titre": "Café"], "« Café »"),
        ("{}", ["": "empty"], "empty"),
    ])
    func fills(template: String, values: [String: String], expected: String) {
        #expect(Placeholders.fill(template, values) == expected)
    }
}
