import Foundation

/// Machine-readable date formats, computed from calendar fields so they never depend on the
/// machine's locale.
public enum DateText {
    /// RFC 3339 / ISO 8601 with the offset of `timeZone`: `2012-03-14T15:41:00+01:00`.
    public static func iso8601(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = DateFields(date, in: timeZone)
        let offset = parts.offset
        let zone = offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + (abs(offset) / 3600).zeroPadded(2) + ":" + (abs(offset) % 3600 / 60).zeroPadded(2)
        return parts.year.zeroPadded(4) + "-" + parts.month.zeroPadded(2) + "-" + parts.day.zeroPadded(2) + "T"
            + parts.hour.zeroPadded(2) + ":" + parts.minute.zeroPadded(2) + ":" + parts.second.zeroPadded(2) + zone
    }

    /// The calendar day in `timeZone`: `2012-03-14`.
    public static func day(_ date: Date, in timeZone: TimeZone) -> String {
        String(iso8601(date, in: timeZone).prefix(10))
    }
}
