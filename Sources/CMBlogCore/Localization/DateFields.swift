import Foundation

/// The Gregorian calendar fields of a moment in a time zone.
///
/// Computed from the day count (the civil-from-days algorithm), which is many times faster
/// than `Calendar.dateComponents` on Linux; a build asks for thousands of them.
public struct DateFields: Sendable, Equatable {
    public let year: Int
    /// 1–12.
    public let month: Int
    /// 1–31.
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// 1 for Sunday through 7 for Saturday, as `Calendar` counts.
    public let weekday: Int
    /// The time zone's offset from UTC at that moment, in seconds.
    public let offset: Int

    public init(_ date: Date, in timeZone: TimeZone) {
        offset = timeZone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = Self.floorDivision(local, 86_400)
        let seconds = local - days * 86_400
        (hour, minute, second) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        weekday = (days % 7 + 7 + 4) % 7 + 1
        let shifted = days + 719_468
        let era = Self.floorDivision(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    private static func floorDivision(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}

extension Int {
    /// The number in decimal, with leading zeros up to `width` digits: `7.zeroPadded(2)` is `07`.
    public func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        return (self < 0 ? "-" : "") + String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
