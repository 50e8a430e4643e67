import CMBlogContent
import Foundation

/// WordPress dates: a local `2012-03-14 15:41:00` and, for published items, its GMT twin.
enum WordPressDate {
    /// The instant meant: the GMT date when there is one (exact whatever the site's zone),
    /// else the local date read in `timeZone`.
    static func instant(local: String, gmt: String?, timeZone: TimeZone) -> Date? {
        if let gmt, let date = ContentDate.parse(gmt, timeZone: .gmt) { return date }
        return ContentDate.parse(local, timeZone: timeZone)
    }

    /// The instant of an RSS `pubDate` (`Wed, 14 Mar 2012 09:00:00 +0000`); nil when it cannot
    /// be read or is not after 1970 (WordPress writes the epoch, or year -0001, for "no date").
    static func rss(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        guard let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)), date.timeIntervalSince1970 > 86_400 else { return nil }
        return date
    }

    /// The site's offset from GMT at that date, in seconds, rounded to the quarter hour.
    static func offset(local: String, gmt: String?) -> Int? {
        guard let gmt, let localDate = ContentDate.parse(local, timeZone: .gmt), let gmtDate = ContentDate.parse(gmt, timeZone: .gmt) else { return nil }
        let seconds = Int(localDate.timeIntervalSince(gmtDate))
        return (seconds / 900) * 900
    }

    /// A time zone name for a site whose offsets over the year were `offsets` (in seconds):
    /// Paris time for +1/+2, London for 0/+1, UTC for 0 alone; nil when unclear.
    static func zoneName(forOffsets offsets: Set<Int>) -> String? {
        switch offsets {
        case [3600, 7200], [3600], [7200]: "Europe/Paris"
        case [0, 3600]: "Europe/London"
        case [0]: "UTC"
        default: nil
        }
    }
}
