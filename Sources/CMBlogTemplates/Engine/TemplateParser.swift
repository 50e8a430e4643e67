/// Parses Mustache text into `TemplateNode`s: variables, sections, inverted sections,
/// comments, partials, parents with blocks (`{{< layout}}{{$main}}…{{/main}}{{/layout}}`) and
/// delimiter changes, with the specification's rules for standalone lines: a line holding
/// only a section, comment, partial or block tag and blanks leaves nothing in the output.
struct TemplateParser {
    private let characters: [Character]
    private var index = 0

    private init(_ text: String) { characters = Array(text) }

    /// The nodes of `text`.
    /// - Throws: A `TemplateSyntaxError` with the line and column where the text stops making sense.
    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        do {
            return try parser.parseNodes(State())
        } catch let reason {
            throw parser.error(reason)
        }
    }

    /// Where the parser is: inside which section, with which delimiters, at the start of a line or not.
    private struct State {
        var sectionName: String?
        var atLineStart = true
        /// Inside the body of a `{{< parent}}`, where lines lose the indentation of the first.
        var inParentBody = false
        /// Directly in that body, where `{{$block}}` overrides rather than declares a block.
        var atParentBodyTop = false
        var bodyIndentation: Int?
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]

        func entering(section name: String, atLineStart: Bool) -> State {
            var state = self
            state.sectionName = name
            state.atParentBodyTop = false
            if !atLineStart { state.atLineStart = false }
            return state
        }

        func enteringParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.atLineStart = true
            state.inParentBody = true
            state.atParentBodyTop = true
            return state
        }
    }

    private mutating func parseNodes(_ initial: State) throws(TemplateSyntaxError.Reason) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var blanks = ""
        func flushBlanks() {
            if !blanks.isEmpty { nodes.append(.text(Array(blanks.utf8))) }
            blanks = ""
        }
        while index < characters.count {
            if state.atLineStart {
                let leading = read(while: { $0 == " " || $0 == "\t" })
                if state.inParentBody, !state.atParentBodyTop {
                    if let indentation = state.bodyIndentation {
                        blanks = String(leading.dropFirst(indentation))
                    } else {
                        state.bodyIndentation = leading.count
                    }
                } else {
                    blanks = leading
                }
            }
            let text = readText(until: state.open)
            if index < characters.count, characters[index].isNewline {
                nodes.append(.text(Array((blanks + text + String(characters[index])).utf8)))
                state.atLineStart = true
                index += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array((blanks + text).utf8)))
                blanks = ""
                state.atLineStart = false
            }
            guard index < characters.count else { break }
            var standalone = false
            switch characters[index] {
            case "#", "^":
                let inverted = characters[index] == "^"
                index += 1
                let name = try readName(state)
                if isStandalone(state) { standalone = true } else { flushBlanks() }
                let body = try parseNodes(state.entering(section: name, atLineStart: standalone))
                nodes.append(inverted ? .invertedSection(TemplateName(name), body) : .section(TemplateName(name), body))
            case "/":
                index += 1
                let name = try readName(state)
                guard name == state.sectionName else { throw .closedWithWrongName(name, expected: state.sectionName) }
                if !isStandalone(state) { flushBlanks() }
                return nodes
            case "!":
                index += 1
                try skip(past: state.close)
                standalone = isStandalone(state)
            case "{", "&":
                let triple = characters[index] == "{"
                flushBlanks()
                index += 1
                let name = try readName(state)
                if triple { guard read("}") else { throw .unclosedTag } }
                nodes.append(.variable(TemplateName(name), escaped: false))
            case ">", "<":
                let isParent = characters[index] == "<"
                index += 1
                let name = try readPartialName(state)
                let indentation = Array(blanks.utf8)
                flushBlanks()
                standalone = isStandalone(state)
                guard isParent else {
                    nodes.append(.partial(name, indentation: standalone ? indentation : [], overrides: nil))
                    break
                }
                var overrides: [String: [TemplateNode]] = [:]
                for node in try parseNodes(state.enteringParent(name)) {
                    switch node {
                    case .blockOverride(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw .notABlockInParent
                    }
                }
                nodes.append(.partial(name, indentation: indentation, overrides: overrides))
            case "$":
                index += 1
                let name = try readName(state)
                if state.atParentBodyTop {
                    standalone = isStandalone(state)
                    nodes.append(.blockOverride(name, try parseNodes(state.entering(section: name, atLineStart: standalone))))
                } else {
                    let indentation = Array(blanks.utf8)
                    flushBlanks()
                    standalone = isStandalone(state)
                    let body = try parseNodes(state.entering(section: name, atLineStart: standalone))
                    nodes.append(.block(name, default: body, indentation: indentation))
                }
            case "=":
                index += 1
                state = try readDelimiters(state)
                standalone = isStandalone(state)
            case "%":
                throw .unsupported("pragmas ({{%…}})")
            default:
                flushBlanks()
                nodes.append(.variable(TemplateName(try readName(state)), escaped: true))
            }
            state.atLineStart = standalone
        }
        if let name = state.sectionName { throw .neverClosed(name) }
        return nodes
    }
}

extension TemplateParser {
    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = nameCharacters.union("/")

    private mutating func read(while belongs: (Character) -> Bool) -> String {
        let start = index
        while index < characters.count, belongs(characters[index]) { index += 1 }
        return String(characters[start..<index])
    }

    private mutating func read(_ expected: Character) -> Bool {
        guard index < characters.count, characters[index] == expected else { return false }
        index += 1
        return true
    }

    private mutating func read(_ expected: [Character]) -> Bool {
        guard index + expected.count <= characters.count, Array(characters[index..<index + expected.count]) == expected else { return false }
        index += expected.count
        return true
    }

    /// The text up to the next tag (its opening delimiter read) or line end (not read).
    private mutating func readText(until open: [Character]) -> String {
        var text = ""
        while index < characters.count {
            let character = characters[index]
            if character == "\n" || character == "\r\n" { break }
            if character == open[0], read(open) { break }
            text.append(character)
            index += 1
        }
        return text
    }

    /// A tag's name and its closing delimiter.
    private mutating func readName(_ state: State) throws(TemplateSyntaxError.Reason) -> String {
        _ = read(while: \.isWhitespace)
        let name = read(while: Self.nameCharacters.contains)
        _ = read(while: \.isWhitespace)
        if index < characters.count, characters[index] == "(" { throw .unsupported("transforms such as count(name)") }
        guard read(state.close) else { throw .unclosedTag }
        return name
    }

    private mutating func readPartialName(_ state: State) throws(TemplateSyntaxError.Reason) -> String {
        _ = read(while: \.isWhitespace)
        if index < characters.count, characters[index] == "*" { throw .unsupported("dynamic partials ({{>*name}})") }
        let name = read(while: Self.partialNameCharacters.contains)
        _ = read(while: \.isWhitespace)
        guard read(state.close) else { throw .unclosedTag }
        return name
    }

    private mutating func skip(past close: [Character]) throws(TemplateSyntaxError.Reason) {
        while index < characters.count {
            if read(close) { return }
            index += 1
        }
        throw .unclosedTag
    }

    /// `{{=<% %>=}}`: the new delimiters.
    private mutating func readDelimiters(_ state: State) throws(TemplateSyntaxError.Reason) -> State {
        _ = read(while: \.isWhitespace)
        let open = read(while: { !$0.isWhitespace })
        _ = read(while: \.isWhitespace)
        let close = read(while: { !$0.isWhitespace && $0 != "=" })
        _ = read(while: \.isWhitespace)
        guard !open.isEmpty, !close.isEmpty, read("="), read(state.close) else { throw .invalidDelimiters }
        var state = state
        state.open = Array(open)
        state.close = Array(close)
        state.atParentBodyTop = false
        return state
    }

    /// Whether the tag just read stands alone on its line; if so, the rest of the line is read.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.atLineStart else { return false }
        if index >= characters.count { return true }
        var end = index
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        index = end + 1
        return true
    }

    private func error(_ reason: TemplateSyntaxError.Reason) -> TemplateSyntaxError {
        let before = characters[..<min(index, characters.count)]
        let line = before.filter(\.isNewline).count + 1
        let column = before.count - (before.lastIndex(where: \.isNewline).map { $0 + 1 } ?? 0) + 1
        return TemplateSyntaxError(reason: reason, line: line, column: column)
    }
}

/// Why a template does not parse, and where.
struct TemplateSyntaxError: Error, Sendable {
    enum Reason: Error, Sendable {
        case unclosedTag
        case closedWithWrongName(String, expected: String?)
        case neverClosed(String)
        case invalidDelimiters
        case notABlockInParent
        case unsupported(String)
    }

    let reason: Reason
    let line: Int
    let column: Int

    var message: String {
        switch reason {
        case .unclosedTag: "a tag is not closed"
        case .closedWithWrongName(let name, let expected):
            expected.map { "{{/\(name)}} closes a section opened as {{#\($0)}}" } ?? "{{/\(name)}} closes a section that was never opened"
        case .neverClosed(let name): "the section {{#\(name)}} is never closed"
        case .invalidDelimiters: "invalid delimiter change"
        case .notABlockInParent: "only {{$block}} tags may appear inside {{<parent}}…{{/parent}}"
        case .unsupported(let feature): "\(feature) are not supported"
        }
    }
}
