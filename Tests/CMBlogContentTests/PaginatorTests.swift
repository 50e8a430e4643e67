import CMBlogContent
import CMBlogCore
import Testing

@Suite("Pagination")
struct PaginatorTests {
    @Test("splits a list into pages under page/N/")
    func pages() throws {
        let base = try SitePath(validating: "/tags/x/")
        let pages = Paginator.pages(of: Array(0..<25), perPage: 10, at: base, pageFolder: "page")
        #expect(pages.map(\.url.value) == ["/tags/x/", "/tags/x/page/2/", "/tags/x/page/3/"])
        #expect(pages.map(\.items.count) == [10, 10, 5])
        #expect(pages[1].previous?.value == "/tags/x/" && pages[1].next?.value == "/tags/x/page/3/")
        #expect(pages[0].previous == nil && pages[2].next == nil)
    }

    @Test("keeps one empty page for an empty list")
    func empty() {
        let pages = Paginator.pages(of: [], perPage: 10, at: .root, pageFolder: "page")
        #expect(pages.count == 1 && pages[0].items.isEmpty)
    }
}
