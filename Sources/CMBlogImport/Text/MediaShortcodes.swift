import CMBlogMarkdown

/// WordPress's media shortcodes made plain HTML that needs no script: `[gallery]` the figures
/// of its images, `[audio]` and `[video]` the browser's own players, `[embed]URL[/embed]` a
/// link card (see `LinkCard`).
enum MediaShortcodes {
    static let names: Set<String> = ["gallery", "audio", "video", "embed"]

    /// What converting a body did: shortcodes made HTML by name, and gallery images whose
    /// attachment the export lacks.
    struct Outcome {
        var html: String
        var converted: [String: Int] = [:]
        var missingAttachments: [String] = []
    }

    /// `html` with its media shortcodes converted; `postID` is the post whose uploads a
    /// `[gallery]` without `ids` shows.
    static func convert(_ html: String, attachments: AttachmentIndex, postID: String) -> Outcome {
        var outcome = Outcome(html: "")
        outcome.html = Shortcode.replacing(names, in: html) { shortcode in
            let converted: String? = switch shortcode.name {
            case "gallery": gallery(shortcode, attachments: attachments, postID: postID, missing: &outcome.missingAttachments)
            case "audio": player("audio", shortcode, sources: ["src", "mp3", "m4a", "ogg", "wav", "wma"])
            case "video": player("video", shortcode, sources: ["src", "mp4", "m4v", "webm", "ogv", "wmv", "flv"])
            default: LinkCard.html(shortcode.inner ?? shortcode.attributes["src"] ?? "")
            }
            if converted != nil { outcome.converted[shortcode.name, default: 0] += 1 }
            return converted
        }
        return outcome
    }

    /// The images of `[gallery ids="1,2"]` (or, without `ids`, those uploaded to the post),
    /// each a figure with its text alternative and caption.
    private static func gallery(_ shortcode: Shortcode, attachments: AttachmentIndex, postID: String, missing: inout [String]) -> String? {
        let images: [AttachmentIndex.Attachment]
        if let ids = shortcode.attributes["ids"] ?? shortcode.attributes["include"] {
            let wanted = ids.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
            missing += wanted.filter { attachments.attachment($0) == nil }
            images = wanted.compactMap(attachments.attachment)
        } else {
            images = attachments.attached(to: postID)
        }
        let figures = images.compactMap { image -> String? in
            guard let url = SafeURL.media(image.url) else { return nil }
            let caption = image.caption.isEmpty ? "" : "<figcaption>\(HTMLText.escape(image.caption))</figcaption>"
            return "<figure class=\"wp-block-image\"><img src=\"\(HTMLText.escape(url))\" alt=\"\(HTMLText.escape(image.alt))\" loading=\"lazy\">\(caption)</figure>\n"
        }
        guard !figures.isEmpty else { return nil }
        return "<figure class=\"wp-block-gallery gallery\">\n" + figures.joined() + "</figure>"
    }

    /// `<audio controls>` or `<video controls>` playing the first safe source, with a link to
    /// the file for browsers that cannot play it.
    private static func player(_ element: String, _ shortcode: Shortcode, sources: [String]) -> String? {
        guard let url = sources.lazy.compactMap({ shortcode.attributes[$0].flatMap(SafeURL.media) }).first else { return nil }
        let escaped = HTMLText.escape(url)
        let poster = shortcode.attributes["poster"].flatMap(SafeURL.media).map { " poster=\"\(HTMLText.escape($0))\"" } ?? ""
        let name = url.split(separator: "/").last.map(String.init) ?? url
        return "<\(element) controls preload=\"none\" src=\"\(escaped)\"\(poster)><a href=\"\(escaped)\">\(HTMLText.escape(name))</a></\(element)>"
    }
}
