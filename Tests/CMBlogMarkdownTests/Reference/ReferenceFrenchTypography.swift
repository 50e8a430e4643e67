// Reference implementation: the code as it was before it worked on UTF-8 bytes, kept only so
// the property tests can require the new code to give the same output for any input.

import Foundation
@testable import CMBlogMarkdown

/// French typographic spacing for plain text.
///
/// A narrow no-break space (U+202F) goes before `; ! ? »` and after `«`, replacing an ordinary
/// or no-break space typed there, or inserted when none was typed. Before `:` an existing space
/// is replaced but none is inserted, so times (`10:30`) and addresses (`https://`) stay intact.
enum ReferenceFrenchTypography {
    /// The narrow no-break space.
    static let narrowNoBreakSpace: Character = "\u{202F}"

    /// `text` with French spacing applied. Give it text only, never code, URLs or markup.
    static func apply(to text: String) -> String {
        guard text.contains(where: { triggers.contains($0) }) else { return text }
        var output: [Character] = []
        output.reserveCapacity(text.count + 8)
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if spacedBefore.contains(character) {
                if let last = output.last, typedSpaces.contains(last) {
                    output[output.count - 1] = narrowNoBreakSpace
                } else if character != ":", let last = output.last, last.isLetter || last.isNumber || last == "\u{2019}" {
                    output.append(narrowNoBreakSpace)
                }
                output.append(character)
            } else if character == "«" {
                output.append(character)
                if let next = characters.first, typedSpaces.contains(next) {
                    characters.removeFirst()
                    output.append(narrowNoBreakSpace)
                } else if let next = characters.first, !next.isWhitespace {
                    output.append(narrowNoBreakSpace)
                }
            } else {
                output.append(character)
            }
        }
        return String(output)
    }

    private static let spacedBefore: Set<Character> = [";", ":", "!", "?", "»"]
    private static let typedSpaces: Set<Character> = [" ", "\u{00A0}", "\u{2009}", "\u{202F}"]
    private static let triggers: Set<Character> = spacedBefore.union(["«"])
}
