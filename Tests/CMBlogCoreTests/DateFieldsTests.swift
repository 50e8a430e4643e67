import CMBlogCore
import Foundation
import Testing

@Suite("Date fields")
struct DateFieldsTests {
    @Test("agree with Foundation's Gregorian calendar across centuries, offsets and summer time", arguments: [
        "UTC", "Europe/Paris", "America/Montreal", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu",
    ])
    func agreeWithCalendar(zone: String) {
        let timeZone = TimeZone(identifier: zone)!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var generator = SystemRandomNumberGenerator()
        let moments = [-2_208_988_800.0, -1, 0, 951_782_400, 4_107_542_399] + (0..<2000).map { _ in
            Double(Int64.random(in: -3_000_000_000...5_000_000_000, using: &generator)) + 0.5
        }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            let expected = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
            let fields = DateFields(date, in: timeZone)
            #expect([fields.year, fields.month, fields.day, fields.hour, fields.minute, fields.second, fields.weekday]
                == [expected.year, expected.month, expected.day, expected.hour, expected.minute, expected.second, expected.weekday],
                "\(seconds) in \(zone)")
        }
    }

    @Test("numbers are padded with zeros to a width")
    func zeroPadding() {
        #expect(7.zeroPadded(2) == "07")
        #expect(2012.zeroPadded(4) == "2012")
        #expect(12345.zeroPadded(2) == "12345")
        #expect((-5).zeroPadded(3) == "-005")
    }
}
