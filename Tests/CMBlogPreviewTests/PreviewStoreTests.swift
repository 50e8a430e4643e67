import CMBlogBuild
import CMBlogCore
@testable import CMBlogPreview
import Foundation
import Testing

@Suite("Preview store")
struct PreviewStoreTests {
    func files(css: String, page: String) -> [OutputFile] {
        [OutputFile(path: "assets/style.css", contents: .bytes(Data(css.utf8))), OutputFile(path: "index.html", contents: .bytes(Data(page.utf8)))]
    }

    @Test("a rebuild that changes only stylesheets asks for a CSS swap; others for a reload; none for no change")
    func events() async {
        let store = PreviewStore()
        await store.publish(files(css: "a", page: "p"), changed: ["assets/style.css", "index.html"])
        var events = await store.listen().makeAsyncIterator()
        await store.publish(files(css: "b", page: "p"), changed: ["assets/style.css"])
        #expect(await events.next() == .css)
        await store.publish(files(css: "b", page: "p"), changed: [])
        await store.publish(files(css: "b", page: "q"), changed: ["index.html"])
        #expect(await events.next() == .page)
        if case .bytes(let data)? = await store.file("index.html") { #expect(String(decoding: data, as: UTF8.self) == "q") }
        else { Issue.record("the new page is not served") }
    }

    @Test("a failed build keeps the last good files and reloads pages to show the errors, then again once fixed")
    func failure() async {
        let store = PreviewStore()
        await store.publish(files(css: "a", page: "good"), changed: ["index.html"])
        var events = await store.listen().makeAsyncIterator()
        await store.fail([.error("unknown author", path: "content/posts/a.md", line: 3)])
        #expect(await events.next() == .page)
        #expect(await store.currentErrors.count == 1)
        if case .bytes(let data)? = await store.file("index.html") { #expect(String(decoding: data, as: UTF8.self) == "good") }
        else { Issue.record("the last good page is gone") }
        await store.publish(files(css: "a", page: "good"), changed: [])
        #expect(await events.next() == .page)
        #expect(await store.currentErrors.isEmpty)
    }

    @Test("the overlay escapes diagnostics and sits before </body>")
    func overlay() {
        let html = LiveReload.inject(into: "<html><body><p>x</p></body></html>", errors: [.error("bad <tag> & more", path: "a.md", line: 1, column: 2)])
        #expect(html.contains("<li>a.md:1:2: error: bad &lt;tag&gt; &amp; more</li>"))
        #expect(html.hasSuffix("</script></body></html>"))
    }
}
