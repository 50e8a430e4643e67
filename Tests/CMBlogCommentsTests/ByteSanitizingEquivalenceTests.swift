import CMBlogTestSupport
import Foundation
import Testing
@testable import CMBlogComments

/// Comment sanitizing gives, for thousands of seeded random bodies, exactly what its reference
/// implementation (in `Reference/`) gives.
@Suite struct ByteSanitizingEquivalenceTests {
    @Test func characterReferencesMatchReference() {
        for text in RandomHTMLText.samples(seed: 11) {
            #expect(CharacterReferences.decode(text) == ReferenceCharacterReferences.decode(text), "\(text.debugDescription)")
        }
    }

    @Test func autolinksMatchReference() {
        for text in RandomHTMLText.samples(seed: 12) {
            #expect(Autolinker.html(for: text) == ReferenceAutolinker.html(for: text), "\(text.debugDescription)")
        }
    }

    @Test func tokensMatchReference() {
        for text in RandomHTMLText.samples(seed: 13) {
            var tokenizer = HTMLTokenizer(text), reference = ReferenceHTMLTokenizer(text)
            #expect(tokenizer.tokens().map(Self.describe) == reference.tokens().map(Self.converted).map(Self.describe), "\(text.debugDescription)")
        }
    }

    @Test func sanitizedHTMLMatchesReference() {
        for text in RandomHTMLText.samples(seed: 14) {
            #expect(CommentSanitizer.sanitize(text) == ReferenceCommentSanitizer.sanitize(text), "\(text.debugDescription)")
        }
    }

    private static func describe(_ token: HTMLToken) -> String {
        switch token {
        case .text(let text): "text(\(text.debugDescription))"
        case .startTag(let name, let attributes, let selfClosing): "start(\(name.debugDescription), \(attributes.map { "\($0.name.debugDescription)=\($0.value.debugDescription)" }), \(selfClosing))"
        case .endTag(let name): "end(\(name.debugDescription))"
        }
    }

    private static func converted(_ token: ReferenceHTMLToken) -> HTMLToken {
        switch token {
        case .text(let text): .text(text)
        case .startTag(let name, let attributes, let selfClosing): .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
        case .endTag(let name): .endTag(name: name)
        }
    }
}
