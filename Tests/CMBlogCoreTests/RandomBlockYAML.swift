import Foundation
import CMBlogTestSupport

/// Random block-style YAML documents for the property tests of `BlockYAMLReader`: nested
/// mappings and sequences (indented or level with their key, `- key:` items, `- - x`), flow
/// lists and mappings of scalars, every scalar style (plain, over several lines too, quoted, literal and folded with chomping and indentation indicators),
/// empty values, comments, blank lines, trailing spaces, and awkward texts: `: `, ` #`, quotes,
/// indicators, escapes, French text, emoji. Some documents are not valid YAML, on purpose.
struct RandomBlockYAML {
    var generator: SeededGenerator

    static let keys = [
        "id", "author", "body", "date", "url", "type", "status", "parent", "title", "tags", "clé", "été à Lyon", "a b", "x-y", "k1",
        "1", "true", "~", "null", "<<", "é", "😀", "source_url", "a:b", "a#b", "-x", "?q", "Ça", "« k »",
    ]

    /// Texts most scalars are made of.
    static let texts = [
        "x", "hello world", "Été à Lyon", "déjà vu", "« citation »", "l’été", "ça va ?", "naïve café", "😀", "👨‍👩‍👧", "42", "-1", "3.14",
        "true", "no", "~", "null", "2024-06-11T09:00:00+02:00", "https://example.com/a?b=c#d", "a:b", "x#y", "<p>Un « test ».</p>",
        "a  b", "—", "\u{A0}", "İ", "ß", "e\u{301}", "x[y]", "50%", "a, b", "a|b", "a>b", "C'est", "il a dit \"oui\"", "back\\slash",
        "trailing ", "-x", "?y", ":z", "a-", "", "a b c d e f g h i j k l m n o p",
    ]

    /// Texts that are indicators, comments, mapping marks or line breaks when written plain.
    static let awkward = [
        ": x", " #x", "#", "'", "\"", "-", "- x", "? x", ":", "&a", "*b", "!t", "%", "@", "`", "a: b", "a #b", " leading", "[x]", "{y}",
        "\\", "\\n", "tab\there", " ", "a\nb", "---", "...", "--- x", "|", ">", "x: |",
    ]

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    /// One document.
    mutating func document() -> String {
        var lines: [String] = []
        if chance(8) { lines.append(pick(["---", "--- ", "--- # doc", "# head", ""])) }
        if chance(2) {
            mapping(indent: pick([0, 0, 0, 1, 2]), depth: 0, into: &lines)
        } else {
            sequence(indent: pick([0, 0, 2]), depth: 0, into: &lines)
        }
        var text = lines.joined(separator: "\n")
        if !chance(10) { text += "\n" }
        return text
    }

    /// The document with one to three random edits: characters inserted, a stretch deleted, a
    /// line indented one space more or less, or doubled.
    mutating func mutated(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<int(1...3) {
            let position = int(0...scalars.count)
            switch int(0...3) {
            case 0:
                scalars.insert(contentsOf: pick([":", " ", "#", " #", "\"", "'", "-", "- ", "\n", "\n  ", "|", ">", "\\", "&", "*", "[", "{", "\t", "\r", "é", ": "]).unicodeScalars, at: position)
            case 1:
                scalars.removeSubrange(position..<min(scalars.count, position + int(1...4)))
            case 2:
                let start = scalars[..<position].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                if chance(2) { scalars.insert(" ", at: start) } else if start < scalars.count, scalars[start] == " " { scalars.remove(at: start) }
            default:
                let start = scalars[..<position].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                let end = scalars[start...].firstIndex(of: "\n").map { $0 + 1 } ?? scalars.count
                scalars.insert(contentsOf: scalars[start..<end], at: start)
            }
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private mutating func mapping(indent: Int, depth: Int, into lines: inout [String], firstPrefix: String? = nil) {
        var keys = Self.keys
        for index in 0..<int(1...5) {
            let prefix = index == 0 ? (firstPrefix ?? spaces(indent)) : spaces(indent)
            noise(indent: indent, into: &lines)
            // A key once in a while comes back: a duplicated key, left to Yams.
            let name = chance(25) ? pick(Self.keys) : keys.remove(at: int(0...(keys.count - 1)))
            let key = chance(5) ? quoted(name) : name
            let head = prefix + key + (chance(12) ? " :" : ":")
            value(after: head, indent: indent, depth: depth, into: &lines)
        }
    }

    private mutating func sequence(indent: Int, depth: Int, into lines: inout [String], firstPrefix: String? = nil) {
        for index in 0..<int(1...4) {
            let prefix = index == 0 ? (firstPrefix ?? spaces(indent)) : spaces(indent)
            noise(indent: indent, into: &lines)
            if depth < 4, chance(3) {
                mapping(indent: indent + 2, depth: depth + 1, into: &lines, firstPrefix: prefix + "- ")
            } else if depth < 4, chance(8) {
                sequence(indent: indent + 2, depth: depth + 1, into: &lines, firstPrefix: prefix + "- ")
            } else {
                value(after: prefix + "-", indent: indent, depth: depth, into: &lines)
            }
        }
    }

    /// A value after `head` (`key:` or `-`): a scalar on the line, or a collection below it.
    private mutating func value(after head: String, indent: Int, depth: Int, into lines: inout [String]) {
        let choice = depth < 4 ? int(0...9) : int(0...6)
        switch choice {
        case 0...1:
            lines.append(head + " " + scalar() + trailing())
        case 2:
            // A plain scalar over several lines, sometimes starting below its key or `-`.
            if chance(3) { lines.append(head + trailing()) } else { lines.append(head + " " + pick(Self.texts) + trailing()) }
            for _ in 0..<int(1...3) {
                lines.append(chance(5) ? pick(["", " "]) : spaces(indent + int(1...3)) + (chance(6) ? someText() : pick(Self.texts)) + trailing())
            }
        case 3:
            lines.append(head + " " + (chance(3) ? flowMapping() : flowList()) + trailing())
        case 4:
            lines.append(head + pick(["", " ", " # empty", "  "]))
        case 5, 6:
            blockScalar(after: head, indent: indent, into: &lines)
        case 7, 8:
            lines.append(head + trailing())
            let levelWithKey = head.hasSuffix(":") && chance(3)
            sequence(indent: levelWithKey ? indent : indent + int(1...3), depth: depth + 1, into: &lines)
        default:
            lines.append(head + trailing())
            mapping(indent: indent + int(1...4), depth: depth + 1, into: &lines)
        }
    }

    private mutating func scalar() -> String {
        let text = (chance(3) ? pick(Self.texts) : "") + someText()
        switch int(0...4) {
        case 0: return quoted(text)
        case 1: return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case 2: return "\"" + pick(["\\t", "\\n", "\\u00e9", "\\x41", "\\U0001F600", "\\\\", "\\\"", "\\/", "\\0", "\\_", "\\N", "\\e", "\\ "]) + quoted(text).dropFirst()
        default: return text
        }
    }

    /// A one-line flow list of scalars, now and then with a stray `,`, `:` or bracket.
    private mutating func flowList() -> String {
        let items = (0..<int(0...4)).map { _ in chance(2) ? quoted(pick(Self.texts)) : chance(8) ? someText() : pick(Self.texts) }
        return pick(["[", "[ ", "["]) + items.joined(separator: pick([", ", ",", " , ", ", "])) + pick(["]", " ]", "]", chance(10) ? ",]" : "]"])
    }

    /// A one-line flow mapping of scalars.
    private mutating func flowMapping() -> String {
        let entries = (0..<int(0...3)).map { _ in
            (chance(4) ? quoted(pick(Self.keys)) : pick(Self.keys)) + pick([": ", ":", " : "]) + (chance(2) ? pick(Self.texts) : quoted(someText()))
        }
        return pick(["{", "{ "]) + entries.joined(separator: pick([", ", ","])) + pick(["}", " }"])
    }

    private mutating func blockScalar(after head: String, indent: Int, into lines: inout [String]) {
        let step = int(1...4)
        let indicator = chance(6) ? String(step) : ""
        lines.append(head + " " + pick(["|", ">"]) + pick(["", "-", "+"]) + indicator + pick(["", "", " # note", " "]))
        for index in 0..<int(0...5) {
            // The first line that is not empty sets the indentation; a rare deeper empty line
            // before it sets a deeper one, and the lines after it end the scalar early.
            switch index == 0 ? int(0...9) : int(0...5) {
            case 0: lines.append(pick(["", " ", chance(4) ? spaces(indent + step + 2) : ""]))
            case 1 where index > 0: lines.append(spaces(indent + step + int(1...3)) + someText())
            default: lines.append(spaces(indent + step) + someText() + pick(["", " ", " et la suite", " # pas un commentaire"]))
            }
        }
        if chance(3) { lines.append("") }
    }

    /// A comment or blank line, now and then.
    private mutating func noise(indent: Int, into lines: inout [String]) {
        guard chance(6) else { return }
        lines.append(pick(["", " ", spaces(indent) + "# comment", "# à gauche", spaces(indent + 3) + "# deeper"]))
    }

    /// A text, awkward one time in six.
    private mutating func someText() -> String { chance(6) ? pick(Self.awkward) : pick(Self.texts) }

    private mutating func trailing() -> String { chance(5) ? pick([" ", "  ", " # note", "   # « note »"]) : "" }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

    private mutating func chance(_ oneIn: Int) -> Bool { Int.random(in: 0..<oneIn, using: &generator) == 0 }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

    private mutating func pick<T>(_ options: [T]) -> T { options.randomElement(using: &generator)! }
}
