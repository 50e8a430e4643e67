import Foundation

/// The interface strings and date formats of one language.
///
/// Built from layered string tables (the theme's English, the theme's table for the language,
/// then the site's `i18n/<lang>.yml`), so a site can override any single string.
public struct Localization: Sendable {
    /// The language these strings are for, as the page's `lang` attribute gives it.
    public let language: String
    private let strings: [String: String]
    private let lists: [String: [String]]
    /// The strings templates reach as `{{t.key}}`: every top-level key of the tables.
    public let templateStrings: [String: String]

    /// Creates a localization from flattened tables, later tables overriding earlier ones.
    public init(language: String, tables: [LocalizationTable]) {
        self.language = language
        var strings: [String: String] = [:]
        var lists: [String: [String]] = [:]
        for table in tables {
            strings.merge(table.strings) { _, new in new }
            lists.merge(table.lists) { _, new in new }
        }
        self.strings = strings
        self.lists = lists
        self.templateStrings = strings.filter { !$0.key.contains(".") }
    }

    /// The string for `key` with `{name}` placeholders filled in; the key itself when missing.
    public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Placeholders.fill(strings[key] ?? key, arguments)
    }

    /// `key.one` or `key.other` with `{count}` filled in (French counts 0 and 1 as singular).
    public func count(_ key: String, _ count: Int) -> String {
        let singular = language.hasPrefix("fr") ? count <= 1 : count == 1
        return text("\(key).\(singular ? "one" : "other")", ["count": String(count)])
    }

    /// A date as readers of this language write it: "March 14, 2012", "14 mars 2012".
    public func date(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = DateFields(date, in: timeZone)
        let day = parts.day == 1 ? text("date.first_day") : String(parts.day)
        return text("date.format", ["day": day, "month": monthName(parts.month), "year": String(parts.year)])
    }

    /// A date and time as readers of this language write them: "March 14, 2012 at 3:41 pm",
    /// "14 mars 2012 à 15 h 41" (from the `date.time_format` string and `date.periods`).
    public func dateTime(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = DateFields(date, in: timeZone)
        let hour = parts.hour
        let periods = lists["date.periods"] ?? ["am", "pm"]
        return text("date.time_format", [
            "date": self.date(date, in: timeZone),
            "hour": String(hour),
            "hour12": String(hour % 12 == 0 ? 12 : hour % 12),
            "minute": parts.minute.zeroPadded(2),
            "period": periods.count == 2 ? periods[hour < 12 ? 0 : 1] : "",
        ])
    }

    /// The month name (1–12) in this language.
    public func monthName(_ month: Int) -> String {
        let months = lists["date.months"] ?? []
        return months.indices.contains(month - 1) ? months[month - 1] : String(month)
    }

    /// A Gregorian calendar in `timeZone`.
    public static func calendar(in timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}

/// One layer of interface strings, flattened: nested keys joined with dots (`date.format`).
public struct LocalizationTable: Sendable, Equatable {
    public var strings: [String: String] = [:]
    public var lists: [String: [String]] = [:]

    public init() {}

    /// Flattens a YAML mapping such as the theme's `i18n/fr.yml`.
    public init(_ value: YAMLValue) {
        add(value, prefix: "")
    }

    private mutating func add(_ value: YAMLValue, prefix: String) {
        switch value.kind {
        case .mapping(let entries):
            for entry in entries {
                add(entry.value, prefix: prefix.isEmpty ? entry.key : "\(prefix).\(entry.key)")
            }
        case .sequence(let items):
            lists[prefix] = items.compactMap(\.string)
        case .scalar:
            if let text = value.string { strings[prefix] = text }
        }
    }
}
