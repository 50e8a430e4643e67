import CMBlogCore
import Foundation

/// Dates as RSS 2.0 wants them (RFC 822 with four-digit years, English names), in the site's zone.
enum FeedDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Wed, 14 Mar 2012 15:41:00 +0100`.
    static func rfc822(_ date: Date, in timeZone: TimeZone) -> String {
        let parts = Localization.calendar(in: timeZone).dateComponents([.weekday, .year, .month, .day, .hour, .minute, .second], from: date)
        let offset = timeZone.secondsFromGMT(for: date)
        let zone = String(format: "%@%02d%02d", offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) % 3600 / 60)
        return String(format: "%@, %02d %@ %04d %02d:%02d:%02d ", days[(parts.weekday ?? 1) - 1], parts.day ?? 1, months[(parts.month ?? 1) - 1],
                      parts.year ?? 1970, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0) + zone
    }
}
