import Foundation

/// Machine-readable date formats, computed from calendar fields so they never depend on the
/// machine's locale.
public enum DateText {
    /// RFC 3339 / ISO 8601 with the offset of `timeZone`: `2012-03-14T15:41:00+01:00`.
    public static func iso8601(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = Localization.calendar(in: timeZone).dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = timeZone.secondsFromGMT(for: date)
        let zone = offset == 0 ? "Z" : String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) + zone
    }

    /// The calendar day in `timeZone`: `2012-03-14`.
    public static func day(_ date: Date, in timeZone: TimeZone) -> String {
        String(iso8601(date, in: timeZone).prefix(10))
    }
}
