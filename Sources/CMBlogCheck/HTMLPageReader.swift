import Foundation

/// The state of one pass over a page: the stack of open elements, for the structure checks of
/// the kind the W3C checker reports (unclosed, misnested and stray tags, obsolete elements and
/// attributes), and the metadata `HTMLPage` records.
struct HTMLPageReader {
    private var open: [(name: String, offset: Int)] = []
    /// How many `svg` and `math` elements are open: their children follow XML rules.
    private var foreignDepth = 0

    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen"]
    /// Elements whose end tag may be left out.
    static let optionalEnd: Set<String> = ["p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rt", "rp",
                                           "html", "head", "body", "colgroup", "caption"]
    /// Elements whose start tag closes an open `p`.
    static let closesParagraph: Set<String> = ["address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset",
                                               "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
                                               "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul"]
    static let obsoleteElements: Set<String> = ["acronym", "applet", "basefont", "bgsound", "big", "blink", "center", "dir", "font", "frame",
                                                "frameset", "isindex", "keygen", "listing", "marquee", "multicol", "nextid", "nobr", "noembed",
                                                "noframes", "plaintext", "rb", "rtc", "spacer", "strike", "tt", "xmp"]
    /// Obsolete presentational attributes, with the elements they are obsolete on (nil: all).
    static let obsoleteAttributes: [String: Set<String>?] = [
        "align": nil, "bgcolor": nil, "valign": nil, "cellpadding": nil, "cellspacing": nil, "hspace": nil, "vspace": nil,
        "nowrap": nil, "frameborder": nil, "marginwidth": nil, "marginheight": nil, "scrolling": nil, "clear": nil,
        "background": nil, "language": ["script"], "border": ["img", "object"], "name": ["a", "img"], "charset": ["a", "link"],
        "width": ["table", "td", "th", "col", "colgroup", "hr", "pre"], "height": ["table", "td", "th", "tr"], "type": ["ul", "li"],
    ]

    mutating func read(_ token: HTMLTokenizer.Token, into page: inout HTMLPage) {
        switch token {
        case .start(let name, let attributes, let selfClosing, let offset):
            start(name, attributes, selfClosing: selfClosing, at: offset, into: &page)
        case .end(let name, let offset):
            end(name, at: offset, into: &page)
        case .text:
            break
        }
    }

    mutating func finish(into page: inout HTMLPage) {
        for element in open where !Self.optionalEnd.contains(element.name) {
            page.problems.append(.init(rule: "html.unclosed", isError: true, message: "<\(element.name)> is never closed", offset: element.offset, needle: "<\(element.name)"))
        }
        open = []
    }

    private mutating func start(_ name: String, _ attributes: [HTMLTokenizer.Attribute], selfClosing: Bool, at offset: Int, into page: inout HTMLPage) {
        if foreignDepth > 0 {
            if !selfClosing { open.append((name, offset)) }
            if name == "svg" || name == "math" { foreignDepth += selfClosing ? 0 : 1 }
            return
        }
        record(name, attributes, at: offset, into: &page)
        if Self.void.contains(name) { return }
        if name == "svg" || name == "math" {
            if !selfClosing {
                foreignDepth += 1
                open.append((name, offset))
            }
            return
        }
        if selfClosing {
            page.problems.append(.init(rule: "html.self-closing", isError: true,
                                       message: "<\(name)/> is not an empty element: browsers ignore the slash and leave it open; write <\(name)></\(name)>",
                                       offset: offset, needle: "<\(name)"))
            return
        }
        closeImplied(before: name)
        open.append((name, offset))
    }

    /// The end tags HTML lets a start tag imply: `<li>` after an `<li>`, a block after a `<p>`.
    private mutating func closeImplied(before name: String) {
        func popIf(_ names: Set<String>) { if let last = open.last, names.contains(last.name) { open.removeLast() } }
        if Self.closesParagraph.contains(name) || ["li", "dt", "dd"].contains(name) { popIf(["p"]) }
        switch name {
        case "li": popIf(["li"])
        case "dt", "dd": popIf(["dt", "dd"])
        case "tr": popIf(["td", "th"]); popIf(["tr"])
        case "td", "th": popIf(["td", "th"])
        case "thead", "tbody", "tfoot": popIf(["td", "th"]); popIf(["tr"]); popIf(["thead", "tbody", "tfoot"])
        case "option": popIf(["option"])
        case "optgroup": popIf(["option"]); popIf(["optgroup"])
        default: break
        }
    }

    private mutating func end(_ name: String, at offset: Int, into page: inout HTMLPage) {
        guard let index = open.lastIndex(where: { $0.name == name }) else {
            if foreignDepth == 0 {
                let message = Self.void.contains(name) ? "</\(name)> closes nothing: <\(name)> is an empty element" : "</\(name)> closes nothing: no <\(name)> is open here"
                page.problems.append(.init(rule: "html.stray-end-tag", isError: true, message: message, offset: offset, needle: "</\(name)"))
            }
            return
        }
        for element in open[(index + 1)...] where !Self.optionalEnd.contains(element.name) && foreignDepth == 0 {
            page.problems.append(.init(rule: "html.misnested", isError: true,
                                       message: "<\(element.name)> is not closed before </\(name)>", offset: element.offset, needle: "<\(element.name)"))
        }
        let closed = open[index...]
        foreignDepth -= closed.filter { $0.name == "svg" || $0.name == "math" }.count
        foreignDepth = max(0, foreignDepth)
        open.removeSubrange(index...)
    }

    /// The metadata, links and identity claims of one start tag, and its obsolete parts.
    private func record(_ name: String, _ attributes: [HTMLTokenizer.Attribute], at offset: Int, into page: inout HTMLPage) {
        func value(_ key: String) -> String? { attributes.first { $0.name == key }?.value }
        func reference(_ url: String, _ attribute: String) -> HTMLPage.Reference { .init(url: url, offset: offset, source: "\(name) \(attribute)") }
        if Self.obsoleteElements.contains(name) {
            page.problems.append(.init(rule: "html.obsolete", isError: true, message: "<\(name)> is obsolete; use CSS instead", offset: offset, needle: "<\(name)"))
        }
        for attribute in attributes {
            if let elements = Self.obsoleteAttributes[attribute.name], elements?.contains(name) ?? true {
                page.problems.append(.init(rule: "html.obsolete", isError: true, message: "the `\(attribute.name)` attribute of <\(name)> is obsolete; use CSS instead",
                                           offset: offset, needle: "\(attribute.name)="))
            }
            if attribute.name == "id" {
                if page.ids.contains(attribute.value) {
                    page.problems.append(.init(rule: "pages.duplicate-id", isError: true, message: "the id `\(attribute.value)` is used twice on this page",
                                               offset: offset, needle: "id=\"\(attribute.value)\""))
                }
                page.ids.insert(attribute.value)
            }
        }
        if name == "a", let anchorName = value("name") { page.ids.insert(anchorName) }
        let rel = Set((value("rel") ?? "").lowercased().split(separator: " ").map(String.init))
        switch name {
        case "html":
            page.lang = value("lang")
        case "title":
            page.titleCount += 1
        case "meta":
            let key = (value("name") ?? value("property") ?? "").lowercased()
            let content = value("content")
            switch key {
            case "description": page.hasDescription = !(content ?? "").isEmpty
            case "og:url": page.ogURL = content
            case "og:image": page.ogImage = content.map { reference($0, "og:image") }
            case "viewport": page.hasViewport = true
            case "fediverse:creator": if let content { page.fediverseCreators.append(reference(content, "fediverse:creator")) }
            default: break
            }
            if value("http-equiv")?.lowercased() == "refresh", let content, let mark = content.range(of: "url=", options: .caseInsensitive) {
                let target = String(content[mark.upperBound...]).trimmingCharacters(in: .init(charactersIn: "'\" "))
                page.refreshTarget = target
                page.links.append(reference(target, "meta refresh"))
            }
        case "link":
            guard let href = value("href") else { break }
            if rel.contains("canonical") { page.canonical = href }
            if rel.contains("me") { page.relMe.append(reference(href, "link rel=me")) }
            if rel.contains("alternate"), let language = value("hreflang") { page.alternates.append(.init(language: language, url: href, offset: offset)) }
            if !rel.contains("preconnect") && !rel.contains("dns-prefetch") { page.links.append(reference(href, "link href")) }
        case "a", "area":
            guard let href = value("href") else { break }
            if rel.contains("me") { page.relMe.append(reference(href, "a rel=me")) }
            let isShare = value("class")?.hasPrefix("share-") == true
            page.links.append(isShare ? HTMLPage.Reference(url: href, offset: offset, source: HTMLPage.shareLink) : reference(href, "\(name) href"))
        case "img":
            if let src = value("src") { page.links.append(reference(src, "img src")) }
            let needle = value("src")
            if value("alt") == nil {
                page.problems.append(.init(rule: "pages.image-alt", isError: true, message: "an image has no `alt` text (write alt=\"\" for a decorative one): \(needle ?? "<img>")",
                                           offset: offset, needle: needle))
            }
            if value("width") == nil || value("height") == nil {
                page.problems.append(.init(rule: "pages.image-size", isError: false,
                                           message: "an image has no `width` and `height`, so the page jumps as it loads: \(needle ?? "<img>")", offset: offset, needle: needle))
            }
            if let srcset = value("srcset") { page.links += Self.candidates(srcset).map { reference($0, "img srcset") } }
        case "source":
            if let src = value("src") { page.links.append(reference(src, "source src")) }
            if let srcset = value("srcset") { page.links += Self.candidates(srcset).map { reference($0, "source srcset") } }
        case "script", "iframe", "video", "audio", "embed", "track":
            if let src = value("src") { page.links.append(reference(src, "\(name) src")) }
        default:
            break
        }
    }

    /// The URLs of a `srcset`: `a.jpg 480w, b.jpg 800w`.
    static func candidates(_ srcset: String) -> [String] {
        srcset.split(separator: ",").compactMap { candidate in
            candidate.split(separator: " ", omittingEmptySubsequences: true).first.map(String.init)
        }
    }
}
