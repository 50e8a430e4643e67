/// Breaks a title into lines that fit a width, for drawing it in an SVG (SVG text does not
/// wrap): words are added to a line while the measured line still fits; a word wider than a
/// whole line is cut where it overflows; past `maxLines`, the last line ends with `…`. Only the
/// first `maxCharacters` characters are considered, so a huge title costs no more than a long one.
public struct LineBreaker {
    /// The width of a line of text, in pixels.
    let measure: (String) -> Int
    let width: Int
    let maxLines: Int
    static let maxCharacters = 200

    public init(width: Int, maxLines: Int, measure: @escaping (String) -> Int) {
        self.width = width
        self.maxLines = maxLines
        self.measure = measure
    }

    public func lines(of text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        let kept = text.prefix(Self.maxCharacters)
        for word in kept.split(whereSeparator: \.isWhitespace).flatMap(pieces) {
            let candidate = current.isEmpty ? word : current + " " + word
            if current.isEmpty || measure(candidate) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines || kept.count < text.count else { return lines }
        var last = lines[min(maxLines, lines.count) - 1]
        while !last.isEmpty, measure(last + " …") > width {
            if let space = last.lastIndex(of: " ") { last = String(last[..<space]) } else { last.removeLast() }
        }
        return Array(lines.prefix(min(maxLines, lines.count) - 1)) + [last + " …"]
    }

    /// A word, cut into pieces that each fit a line when it is wider than one.
    private func pieces(_ word: Substring) -> [String] {
        guard measure(String(word)) > width else { return [String(word)] }
        var pieces: [String] = []
        var piece = ""
        for character in word {
            if !piece.isEmpty, measure(piece + String(character)) > width {
                pieces.append(piece)
                piece = ""
            }
            piece.append(character)
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
