import Foundation

/// The HTML shown for a comment body, whatever form it was stored in.
public enum CommentBodyHTML {
    /// Elements that show a body already has its paragraphs.
    private static let paragraphMarkers = ["<p>", "<p ", "<blockquote", "<ul", "<ol", "<pre"]

    /// `body` made into safe HTML. A body without paragraph markup (plain text, or text with
    /// inline tags, as WordPress stores comments) gets a paragraph per blank-line-separated
    /// block and a line break per single line break; then the result is sanitized.
    public static func render(_ body: String) -> String {
        let lowercased = body.lowercased()
        if paragraphMarkers.contains(where: lowercased.contains) {
            return CommentSanitizer.sanitize(body)
        }
        return CommentSanitizer.sanitize(paragraphs(body))
    }

    /// Plain text split into `<p>` blocks with `<br>` line breaks.
    static func paragraphs(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var blocks: [String] = []
        var current: [Substring] = []
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append(current.joined(separator: "<br>\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "<br>\n")) }
        return blocks.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }
}
