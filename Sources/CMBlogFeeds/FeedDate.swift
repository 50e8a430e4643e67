import CMBlogCore
import Foundation

/// Dates as RSS 2.0 wants them (RFC 822 with four-digit years, English names), in the site's zone.
enum FeedDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Wed, 14 Mar 2012 15:41:00 +0100`.
    static func rfc822(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = DateFields(date, in: timeZone)
        let offset = parts.offset
        let zone = (offset < 0 ? "-" : "+") + (abs(offset) / 3600).zeroPadded(2) + (abs(offset) % 3600 / 60).zeroPadded(2)
        return "\(days[parts.weekday - 1]), \(parts.day.zeroPadded(2)) \(months[parts.month - 1]) \(parts.year.zeroPadded(4)) "
            + "\(parts.hour.zeroPadded(2)):\(parts.minute.zeroPadded(2)):\(parts.second.zeroPadded(2)) \(zone)"
    }
}
