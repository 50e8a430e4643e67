import CMBlogTestSupport
import Foundation
import Testing
@testable import CMBlogMarkdown

/// The text passes give, for thousands of seeded random texts, exactly what their reference
/// implementations (in `Reference/`) give.
@Suite struct ByteTextEquivalenceTests {
    @Test func plainTextMatchesReference() {
        for text in RandomHTMLText.samples(seed: 1) {
            #expect(HTMLText.plainText(text) == ReferenceHTMLText.plainText(text), "\(text.debugDescription)")
        }
    }

    @Test func entityDecodingMatchesReference() {
        for text in RandomHTMLText.samples(seed: 2) {
            #expect(HTMLText.decodeEntities(text) == ReferenceHTMLText.decodeEntities(text), "\(text.debugDescription)")
        }
    }

    @Test func whitespaceCollapsingMatchesReference() {
        for text in RandomHTMLText.samples(seed: 3) {
            #expect(HTMLText.collapseWhitespace(text) == ReferenceHTMLText.collapseWhitespace(text), "\(text.debugDescription)")
        }
    }

    @Test func wordCountMatchesReference() {
        for text in RandomHTMLText.samples(seed: 4) {
            #expect(HTMLText.wordCount(text) == ReferenceHTMLText.wordCount(text), "\(text.debugDescription)")
        }
    }

    @Test func escapingMatchesReference() {
        for text in RandomHTMLText.samples(seed: 5) {
            #expect(HTMLText.escape(text) == ReferenceHTMLText.escape(text), "\(text.debugDescription)")
        }
    }

    @Test func frenchTypographyMatchesReference() {
        for text in RandomHTMLText.samples(seed: 6) {
            #expect(FrenchTypography.apply(to: text) == ReferenceFrenchTypography.apply(to: text), "\(text.debugDescription)")
        }
    }

    @Test func excerptsMatchReference() {
        for text in RandomHTMLText.samples(seed: 7) {
            #expect(ExcerptSplitter.beforeMoreMarker(in: text) == ReferenceExcerptSplitter.beforeMoreMarker(in: text), "\(text.debugDescription)")
            #expect(ExcerptSplitter.firstParagraph(in: text) == ReferenceExcerptSplitter.firstParagraph(in: text), "\(text.debugDescription)")
            #expect(ExcerptSplitter.closingTags(for: text) == ReferenceExcerptSplitter.closingTags(for: text), "\(text.debugDescription)")
        }
    }

    @Test func footnoteScopingMatchesReference() {
        for text in RandomHTMLText.samples(seed: 8) {
            for scope in ["", "post", "é-1"] {
                #expect(FootnoteScoping.apply(to: text, scope: scope) == ReferenceFootnoteScoping.apply(to: text, scope: scope), "\(text.debugDescription)")
            }
        }
    }

    @Test func footnoteReferencesMatchReference() {
        let references = ["<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>", "<sup>2</sup>", "<sup data-fn=\"a\" class=\"fn\"><a href=\"#a\">1</a></sup>",
                          "<sup\u{301}><a href=\"#x\">3</a></sup>", "<sup ", "</sup>"]
        for (number, text) in RandomHTMLText.samples(seed: 11).enumerated() {
            let mixed = text + references[number % references.count] + text.prefix(8) + references[(number + 1) % references.count]
            for sample in [text, mixed] {
                #expect(FootnoteReferences.removed(from: sample) == ReferenceFootnoteReferences.removed(from: sample), "\(sample.debugDescription)")
            }
        }
    }

    @Test func htmlParagraphsMatchReference() {
        for text in RandomHTMLText.samples(seed: 9) {
            #expect(HTMLBodyRenderer.paragraphs(text) == ReferenceHTMLBodyRenderer.paragraphs(text), "\(text.debugDescription)")
        }
    }

    /// Whole renderings: the parts worked out from the HTML are what the reference parts give.
    @Test func renderedMarkdownMatchesReference() {
        for text in RandomHTMLText.samples(seed: 10) {
            let rendered = render(text, french: true, scope: "s")
            let moreExcerpt = ReferenceExcerptSplitter.beforeMoreMarker(in: rendered.html).map(ReferenceFootnoteReferences.removed)
            let firstParagraph = ReferenceExcerptSplitter.firstParagraph(in: rendered.html).map(ReferenceFootnoteReferences.removed)
            let plainText = ReferenceHTMLText.plainText(rendered.html)
            #expect(rendered.moreExcerptHTML == moreExcerpt, "\(text.debugDescription)")
            #expect(rendered.firstParagraphHTML == firstParagraph, "\(text.debugDescription)")
            #expect(rendered.excerptText == ReferenceHTMLText.plainText(moreExcerpt ?? firstParagraph ?? ""), "\(text.debugDescription)")
            #expect(rendered.wordCount == ReferenceHTMLText.wordCount(plainText), "\(text.debugDescription)")
        }
    }
}
