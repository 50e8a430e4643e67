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
        var scanner = DateScanner(text)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        if scanner.skip("T") || scanner.skip(" ") {
            guard let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2) else { return nil }
            components.hour = hour
            components.minute = minute
            if scanner.skip(":") {
                guard let second = scanner.number(digits: 2) else { return nil }
                components.second = second
                if scanner.skip(".") {
                    let digits = scanner.digits()
                    guard !digits.isEmpty else { return nil }
                    components.nanosecond = Int((Double("0." + digits) ?? 0) * 1_000_000_000)
                }
            }
        }
        var zone = timeZone
        scanner.skipSpaces()
        if !scanner.isAtEnd {
            guard let offset = scanner.offset() else { return nil }
            zone = offset
            scanner.skipSpaces()
        }
        guard scanner.isAtEnd, (1...12).contains(month), (1...31).contains(day),
              components.hour! < 24, components.minute! < 60, components.second! < 61
        else { return nil }
        let calendar = Localization.calendar(in: zone)
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else { return nil }
        return date
    }
}

/// Reads a date string one part at a time.
private struct DateScanner {
    private var rest: Substring.UnicodeScalarView

    init(_ text: String) {
        rest = text.trimmingCharacters(in: .whitespaces)[...].unicodeScalars
    }

    var isAtEnd: Bool { rest.isEmpty }

    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard rest.first == scalar else { return false }
        rest.removeFirst()
        return true
    }

    mutating func skipSpaces() {
        while rest.first == " " { rest.removeFirst() }
    }

    mutating func digits() -> String {
        var digits = ""
        while let scalar = rest.first, ("0"..."9").contains(scalar) {
            digits.unicodeScalars.append(rest.removeFirst())
        }
        return digits
    }

    mutating func number(digits count: Int) -> Int? {
        let taken = rest.prefix(count)
        guard taken.count == count, taken.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        rest.removeFirst(count)
        return Int(String(taken))
    }

    /// `Z`, `+01:00` or `+0100`.
    mutating func offset() -> TimeZone? {
        if skip("Z") { return TimeZone(secondsFromGMT: 0) }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2) else { return nil }
        _ = skip(":")
        guard let minutes = number(digits: 2), hours < 24, minutes < 60 else { return nil }
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }
}
