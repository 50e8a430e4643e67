@testable import CMBlogPreview
import Testing

@Suite("Preview request paths")
struct RequestPathTests {
    @Test("plain paths become keys of built files")
    func keys() {
        #expect(RequestPath.key(of: "/") == "")
        #expect(RequestPath.key(of: "/2012/03/post/") == "2012/03/post/")
        #expect(RequestPath.key(of: "/feed.xml?x=1") == "feed.xml")
        #expect(RequestPath.key(of: "/caf%C3%A9/") == "café/")
    }

    @Test("every way of climbing out or hiding a separator is refused", arguments: [
        "/../cmblog.yml", "/a/../../etc/passwd", "/%2e%2e/cmblog.yml", "/%2E%2E/%2e%2e/etc/passwd", "/a/%2e/b",
        "/..%2fcmblog.yml", "/a%2Fb", "/a%5c..%5cb", "/a\\..\\b", "//etc/passwd", "etc/passwd", "/a%00.html", "/./index.html",
    ])
    func refused(path: String) {
        #expect(RequestPath.key(of: path) == nil)
    }

    @Test("content types are the ones static hosts send")
    func contentTypes() {
        #expect(ContentType.of("index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("assets/style.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("feed.xml") == "application/xml; charset=utf-8")
        #expect(ContentType.of("feed.json") == "application/json; charset=utf-8")
        #expect(ContentType.of("2012/03/post/index.md.minisig") == "text/plain; charset=utf-8")
        #expect(ContentType.of("authors/ana/minisign.pub") == "text/plain; charset=utf-8")
        #expect(ContentType.of("images/a.JPG") == "image/jpeg")
        #expect(ContentType.of("fonts/a.woff2") == "font/woff2")
        #expect(ContentType.of("file.unknown") == "application/octet-stream")
    }
}
