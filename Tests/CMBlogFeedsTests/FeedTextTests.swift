@testable import CMBlogFeeds
import Foundation
import Testing

@Suite("Feed text and dates")
struct FeedTextTests {
    @Test("XML escaping keeps every character a reader can show and drops the ones XML forbids")
    func escaping() {
        #expect(XMLText.escape("Fish & chips <b> \"quoted\"") == "Fish &amp; chips &lt;b&gt; &quot;quoted&quot;")
        #expect(XMLText.escape("end of ]]> section") == "end of ]]&gt; section")
        #expect(XMLText.escape("bell\u{07}null\u{00}tab\tline\n") == "bellnulltab\tline\n")
        #expect(XMLText.escape("café ☕️ 👩🏽‍💻") == "café ☕️ 👩🏽‍💻")
        #expect(XMLText.escape("שלום עולם \u{200F}مرحبا") == "שלום עולם \u{200F}مرحبا")
        #expect(XMLText.escape("\u{FFFE}x\u{FFFF}") == "x")
    }

    @Test("RSS dates are RFC 822 in the site's zone, on both sides of a daylight-saving change")
    func rfc822() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        // 2024-03-31 01:30 UTC is 03:30 summer time, an hour after the change.
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: 1_711_848_600), in: paris) == "Sun, 31 Mar 2024 03:30:00 +0200")
        // 2024-03-31 00:30 UTC is 01:30 winter time, before it.
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: 1_711_845_000), in: paris) == "Sun, 31 Mar 2024 01:30:00 +0100")
        // 2024-10-27 00:30 UTC is 02:30 summer time; an hour later, 02:30 winter time.
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: 1_729_989_000), in: paris) == "Sun, 27 Oct 2024 02:30:00 +0200")
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: 1_729_992_600), in: paris) == "Sun, 27 Oct 2024 02:30:00 +0100")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: 0), in: newYork) == "Wed, 31 Dec 1969 19:00:00 -0500")
    }

    @Test("links in content become absolute against the post's URL")
    func absoluteLinks() {
        let html = ##"<p><a href="/about/">a</a> <img src="images/x.png" alt=""> <a href="#fn-1">1</a> <a href='https://other.example/'>o</a> <a href="mailto:a@b.c">m</a> <img src="//cdn.example/y.png"></p>"##
        let resolved = AbsoluteLinks.resolve(html, against: "https://blog.example.com/journal/2024/05/post/")
        #expect(resolved == ##"<p><a href="https://blog.example.com/about/">a</a> <img src="https://blog.example.com/journal/2024/05/post/images/x.png" alt=""> <a href="https://blog.example.com/journal/2024/05/post/#fn-1">1</a> <a href='https://other.example/'>o</a> <a href="mailto:a@b.c">m</a> <img src="https://cdn.example/y.png"></p>"##)
    }
}
