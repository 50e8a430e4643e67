import CMBlogCore
import Foundation

/// Completes the `<img>` tags of a rendered HTML page, whatever wrote them (template,
/// Markdown, imported HTML): an image of the site's own gets its `width` and `height`, a
/// `srcset` of its resized copies with `sizes`, and `loading="lazy" decoding="async"`, except
/// the page's first large image (wider than 96 pixels) and the small ones before it (avatars,
/// logos), which browsers load at once. When copies exist both in
/// WebP and in the image's own format, the image is wrapped in `<picture>` with a WebP
/// `<source>`. Attributes already written are kept; other hosts' images are left alone.
///
/// A single pass over the page's UTF-8 bytes: comments and the insides of `<script>`,
/// `<style>`, `<textarea>` and `<title>` are copied as they are.
public struct ResponsiveMarkup: Sendable {
    private let catalog: PictureCatalog
    private let settings: ImageSettings
    /// How pages write links to the site: `/blog/`, and `https://example.com/blog/`.
    private let basePath: [UInt8]
    private let absoluteRoot: [UInt8]

    public init(catalog: PictureCatalog, config: SiteConfig) {
        self.catalog = catalog
        self.settings = config.images
        self.basePath = Array(config.basePath.utf8)
        self.absoluteRoot = Array(config.absoluteURL(of: .root).utf8)
    }

    /// The page, in UTF-8, with its images completed.
    public func apply(toBytes html: [UInt8]) -> [UInt8] {
        guard settings.enabled, !catalog.isEmpty else { return html }
        return html.withUnsafeBufferPointer { apply(to: $0) } ?? html
    }

    /// The rewritten bytes, or nil when the page has no image to complete.
    func apply(to bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0
        var index = 0
        var firstSeen = false
        var pictureDepth = 0
        while let open = Self.find(UInt8(ascii: "<"), in: bytes, from: index) {
            index = open + 1
            if Self.matches(bytes, at: open, "<!--") {
                index = Self.find("-->", in: bytes, from: open + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            if let raw = Self.rawTextElements.first(where: { Self.isTag(bytes, at: open, $0) }) {
                index = Self.find("</" + raw, in: bytes, from: open + 1, caseInsensitive: true) ?? bytes.count
                continue
            }
            if Self.isTag(bytes, at: open, "picture") { pictureDepth += 1; continue }
            if Self.isTag(bytes, at: open, "/picture") { pictureDepth = max(0, pictureDepth - 1); continue }
            guard Self.isTag(bytes, at: open, "img"), let tag = ImageTag(bytes, at: open) else { continue }
            index = tag.end
            let loading: Loading = firstSeen ? .lazy : isSmall(tag, in: bytes) ? .atOnce : .first
            if loading == .first { firstSeen = true }
            guard let replacement = complete(tag, in: bytes, loading: loading, insidePicture: pictureDepth > 0) else { continue }
            if out.isEmpty { out.reserveCapacity(bytes.count + 2048) }
            out.append(contentsOf: bytes[copied..<open])
            out.append(contentsOf: replacement)
            copied = tag.end
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    private static let rawTextElements = ["script", "style", "textarea", "title"]

    /// How an image is loaded: the images of a page up to its first large one (an avatar, a
    /// logo) at once, that one first of all, the others when they come near the screen.
    private enum Loading {
        case atOnce, first, lazy
    }

    /// Whether an image is shown at most 96 pixels wide: as its `width` or `height` says, else
    /// its own width. Images of unknown width count as large.
    private func isSmall(_ tag: ImageTag, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let picture = tag.value(of: "src", in: bytes).flatMap(sitePath).flatMap(catalog.picture)
        if let shown = Self.shownWidth(tag, in: bytes, size: picture?.size) { return shown <= 96 }
        return picture.map { $0.size.width <= 96 } ?? false
    }

    /// The width in CSS pixels an image is shown at, from the `width` its tag states, else from
    /// its `height` and the image's proportions.
    private static func shownWidth(_ tag: ImageTag, in bytes: UnsafeBufferPointer<UInt8>, size: ImageSize?) -> Int? {
        func number(_ name: String) -> Int? { tag.value(of: name, in: bytes).flatMap { Int(String(decoding: $0, as: UTF8.self)) } }
        if let width = number("width") { return width }
        guard let height = number("height"), let size, size.height > 0 else { return nil }
        return (height * size.width + size.height / 2) / size.height
    }

    /// The new markup of one tag, or nil to leave it as it is.
    private func complete(_ tag: ImageTag, in bytes: UnsafeBufferPointer<UInt8>, loading: Loading, insidePicture: Bool) -> [UInt8]? {
        guard let src = tag.value(of: "src", in: bytes), let path = sitePath(of: src), let picture = catalog.picture(at: path) else { return nil }
        var added = ""
        let shown = Self.shownWidth(tag, in: bytes, size: picture.size)
        switch (tag.has("width"), tag.has("height")) {
        case (false, false): added += " width=\"\(picture.size.width)\" height=\"\(picture.size.height)\""
        case (false, true): if let shown { added += " width=\"\(shown)\"" }
        default: break
        }
        let webp = picture.variants(in: .webp)
        let own = picture.format.map { picture.variants(in: $0) } ?? []
        // An image whose tag states its size is shown at that size, not across the page.
        let sizes = tag.value(of: "sizes", in: bytes).map { String(decoding: $0, as: UTF8.self) }
            ?? shown.map { "\($0)px" } ?? ByteEscaper.html.escape(settings.sizes)
        // A template that knows only the original may list it alone (`srcset="/a.jpg 1000w"`, so
        // that its `sizes` is valid): the copies take that list's place.
        let dropped = tag.value(of: "srcset", in: bytes).flatMap { Self.namesOnly(src, in: $0) ? tag.range(of: "srcset") : nil }
        let hasSrcset = tag.has("srcset") && dropped == nil
        let wrapsInPicture = !insidePicture && !hasSrcset && picture.format != .webp && !webp.isEmpty && !own.isEmpty
        let imgSet = wrapsInPicture || webp.isEmpty ? own : webp
        if !hasSrcset, !imgSet.isEmpty {
            added += " srcset=\"\(srcset(imgSet))\""
            if !tag.has("sizes") { added += " sizes=\"\(sizes)\"" }
        }
        switch loading {
        case .atOnce, .first: break
        case .lazy:
            if !tag.has("loading") { added += " loading=\"lazy\"" }
            if !tag.has("decoding") { added += " decoding=\"async\"" }
        }
        guard !added.isEmpty else { return nil }
        var result: [UInt8] = []
        if wrapsInPicture { result += Array("<picture><source type=\"image/webp\" srcset=\"\(srcset(webp))\" sizes=\"\(sizes)\">".utf8) }
        var insertion = tag.attributesEnd
        while insertion > tag.start, ImageTag.isSpace(bytes[insertion - 1]) { insertion -= 1 }
        if let dropped, !imgSet.isEmpty {
            var cut = dropped.lowerBound
            while cut > tag.start, ImageTag.isSpace(bytes[cut - 1]) { cut -= 1 }
            result += bytes[tag.start..<cut]
            result += bytes[dropped.upperBound..<insertion]
        } else {
            result += bytes[tag.start..<insertion]
        }
        result += Array(added.utf8)
        result += bytes[insertion..<tag.end]
        if wrapsInPicture { result += Array("</picture>".utf8) }
        return result
    }

    /// Whether a `srcset` lists only the image itself, once, with a width: `/a.jpg 1000w`.
    private static func namesOnly(_ src: ArraySlice<UInt8>, in srcset: ArraySlice<UInt8>) -> Bool {
        guard srcset.starts(with: src) else { return false }
        let rest = srcset.dropFirst(src.count)
        guard rest.first == UInt8(ascii: " "), rest.last == UInt8(ascii: "w") else { return false }
        let digits = rest.dropFirst().dropLast()
        return !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// What a path of a `srcset` candidate keeps as it is: a URL path's characters but the comma,
    /// which would end the candidate early.
    private static let pathCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: ","))

    private func srcset(_ variants: [Picture.Variant]) -> String {
        variants.map { variant in
            // File names may hold spaces, `%` or `&`: each candidate is a URL, escaped for the attribute.
            let path = String(variant.path.dropFirst())
            let url = String(decoding: basePath, as: UTF8.self) + (path.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? path)
            return ByteEscaper.html.escape(url) + " \(variant.width)w"
        }.joined(separator: ", ")
    }

    /// The site path (`/images/a.jpg`) of a `src` that points into the site, without query or fragment.
    private func sitePath(of src: ArraySlice<UInt8>) -> String? {
        let rest: ArraySlice<UInt8>
        if src.starts(with: absoluteRoot) { rest = src.dropFirst(absoluteRoot.count) }
        else if src.starts(with: basePath) { rest = src.dropFirst(basePath.count) }
        else { return nil }
        guard !rest.isEmpty, !rest.contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "&") }) else { return nil }
        return "/" + String(decoding: rest, as: UTF8.self)
    }

    // MARK: Scanning

    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func find(_ text: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let needle = Array(text.utf8)
        var index = start
        while let candidate = find(needle[0], in: bytes, from: index) {
            if matches(bytes, at: candidate, needle, caseInsensitive: caseInsensitive) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ text: String) -> Bool {
        matches(bytes, at: index, Array(text.utf8), caseInsensitive: false)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ needle: [UInt8], caseInsensitive: Bool) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in needle.indices {
            let byte = bytes[index + offset]
            if (caseInsensitive ? lowercased(byte) : byte) != needle[offset] { return false }
        }
        return true
    }

    static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

    /// Whether a start (or, with a leading `/`, end) tag named `name` opens at `index`.
    private static func isTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ name: String) -> Bool {
        let needle = Array(name.utf8)
        guard matches(bytes, at: index + 1, needle, caseInsensitive: true) else { return false }
        let after = index + 1 + needle.count
        return after >= bytes.count || ImageTag.endsName(bytes[after])
    }
}
