import CMBlogComments
import CMBlogMarkdown
import Foundation

/// The footnotes of WordPress's block editor, which it keeps apart from the text, in the post's
/// `footnotes` meta (JSON: `[{"id": "…", "content": "…"}]`), and draws where the footnotes block
/// stands. The text's references (`<sup data-fn="id" class="fn"><a href="#id" id="id-link">1</a></sup>`)
/// point to them by id.
enum GutenbergFootnotes {
    /// One note: the id references point to, and its text (inline HTML).
    struct Note: Decodable, Equatable {
        var id: String
        var content: String
    }

    /// The notes of a `footnotes` meta value.
    /// - Throws: `DecodingError` when it is not a JSON list of notes.
    static func notes(fromMeta json: String) throws -> [Note] {
        try JSONDecoder().decode([Note].self, from: Data(json.utf8))
    }

    /// `html` with the ordered list of `notes` where the footnotes block stood, or at the end
    /// when it has none: each note carries the id its references point to and a link back to
    /// the first reference. Note texts are sanitized like comments; ids are escaped.
    static func place(_ notes: [Note], in html: String) -> String {
        guard !notes.isEmpty else { return html.replacingOccurrences(of: GutenbergBlocks.footnotesMarker, with: "") }
        let items = notes.map { note in
            let id = HTMLText.escape(note.id)
            return "<li id=\"\(id)\">\(CommentSanitizer.sanitize(note.content)) <a href=\"#\(id)-link\">↩︎</a></li>\n"
        }
        let list = "<ol class=\"wp-block-footnotes\">\n" + items.joined() + "</ol>"
        guard let marker = html.range(of: GutenbergBlocks.footnotesMarker) else { return html + "\n\n" + list }
        return html.replacingCharacters(in: marker, with: list).replacingOccurrences(of: GutenbergBlocks.footnotesMarker, with: "")
    }
}
