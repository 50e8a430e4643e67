import CMBlogCore
import Foundation

/// Dates as content files write them.
///
/// Accepted: ISO 8601 (`2012-03-14T15:41:00+01:00`, `…Z`, with or without seconds and
/// fractions), `2012-03-14 15:41:00 +0100` (Jekyll, WordPress exporters), `2012-03-14 15:41`
/// and `2012-03-14`. A date without an offset is read in the site's time zone.
public enum ContentDate {
    /// The moment `text` names, or nil when it is not a date in an accepted form.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        let pattern = #"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"#
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.firstMatch(of: try! Regex(pattern)) else { return nil }
        func number(_ index: Int) -> Int? {
            match.output[index].substring.flatMap { Int($0) }
        }
        var components = DateComponents()
        components.year = number(1)
        components.month = number(2)
        components.day = number(3)
        components.hour = number(4) ?? 0
        components.minute = number(5) ?? 0
        components.second = number(6) ?? 0
        if let fraction = match.output[7].substring {
            components.nanosecond = Int((Double("0." + fraction) ?? 0) * 1_000_000_000)
        }
        guard let month = components.month, (1...12).contains(month),
              let day = components.day, (1...31).contains(day),
              let hour = components.hour, hour < 24, let minute = components.minute, minute < 60,
              let second = components.second, second < 61
        else { return nil }
        var zone = timeZone
        if let offset = match.output[8].substring {
            guard let parsed = parseOffset(String(offset)) else { return nil }
            zone = parsed
        }
        let calendar = Localization.calendar(in: zone)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }

    private static func parseOffset(_ text: String) -> TimeZone? {
        if text == "Z" { return TimeZone(secondsFromGMT: 0) }
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else { return nil }
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }
}
