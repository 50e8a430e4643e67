/// Literal (`|`) and folded (`>`) block scalars, read as libyaml's `yaml_parser_scan_block_scalar`
/// reads them: the same indentation detection, folding and chomping, step for step.
extension BlockYAMLReader {
    /// Where a block scalar's reading stands between lines.
    private struct BlockScalarState {
        /// The content's indentation; 0 until it is found from the first lines.
        var indent: Int
        /// The line the reader is on and the column reached in it.
        var line: Int
        var column = 0
        /// Whether the last content line ended with a line break not yet written.
        var leadingBreak = false
        /// Empty lines met since, not yet written.
        var trailingBreaks = 0
    }

    /// The text of the block scalar whose `|` or `>` is at `offset` of the current line, in a
    /// collection indented by `parentIndent`; moves to the first line after it.
    mutating func readBlockScalar(at offset: Int, parentIndent: Int) throws(Unsupported) -> String {
        let literal = bytes[offset] == UInt8(ascii: "|")
        let header = try readBlockScalarHeader(from: offset + 1)
        guard lines.hasBreak(line) else {
            line = lines.count
            return ""
        }
        var state = BlockScalarState(indent: header.increment > 0 ? parentIndent + header.increment : 0, line: line + 1)
        skipBreaks(&state, parentIndent: parentIndent)
        var text: [UInt8] = []
        var leadingBlank = false
        while state.column == state.indent, lines.starts[state.line] + state.column < bytes.count {
            let start = lines.starts[state.line] + state.column
            let end = lines.end(of: state.line)
            let trailingBlank = bytes[start] == UInt8(ascii: " ")
            if !literal, state.leadingBreak, !leadingBlank, !trailingBlank {
                if state.trailingBreaks == 0 { text.append(UInt8(ascii: " ")) }
            } else if state.leadingBreak {
                text.append(0x0A)
            }
            state.leadingBreak = false
            text += repeatElement(0x0A, count: state.trailingBreaks)
            state.trailingBreaks = 0
            leadingBlank = trailingBlank
            text += bytes[start..<end]
            guard lines.hasBreak(state.line) else {
                state.line = lines.count
                break
            }
            state.leadingBreak = true
            state.line += 1
            skipBreaks(&state, parentIndent: parentIndent)
        }
        if header.chomping >= 0, state.leadingBreak { text.append(0x0A) }
        if header.chomping > 0 { text += repeatElement(0x0A, count: state.trailingBreaks) }
        line = state.line
        return String(decoding: text, as: UTF8.self)
    }

    /// Reads the indicators after `|` or `>` from `offset`: chomping (`-` strips the final line
    /// break, `+` keeps the trailing empty lines) and an indentation digit, in either order.
    private func readBlockScalarHeader(from offset: Int) throws(Unsupported) -> (chomping: Int, increment: Int) {
        let end = lines.end(of: line)
        var offset = offset
        var chomping = 0
        var increment = 0
        for _ in 0..<2 where offset < end {
            switch bytes[offset] {
            case UInt8(ascii: "+") where chomping == 0: chomping = 1
            case UInt8(ascii: "-") where chomping == 0: chomping = -1
            case UInt8(ascii: "1")...UInt8(ascii: "9") where increment == 0: increment = Int(bytes[offset] - UInt8(ascii: "0"))
            default: continue
            }
            offset += 1
        }
        try expectLineEnd(from: offset)
        return (chomping, increment)
    }

    /// Skips the empty lines from `state.line` and the indentation of the first line that is not
    /// empty, counting the line breaks passed; sets the indentation when it is not known yet.
    private func skipBreaks(_ state: inout BlockScalarState, parentIndent: Int) {
        var maximumIndent = 0
        while true {
            let start = lines.starts[state.line]
            let end = lines.end(of: state.line)
            var column = 0
            while state.indent == 0 || column < state.indent, start + column < end, bytes[start + column] == UInt8(ascii: " ") {
                column += 1
            }
            maximumIndent = max(maximumIndent, column)
            state.column = column
            guard start + column == end, lines.hasBreak(state.line) else { break }
            state.trailingBreaks += 1
            state.line += 1
        }
        if state.indent == 0 { state.indent = max(maximumIndent, parentIndent + 1, 1) }
    }
}
