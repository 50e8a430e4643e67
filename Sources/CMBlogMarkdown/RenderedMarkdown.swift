import Foundation

/// The HTML of a Markdown text and what was learnt while making it.
public struct RenderedMarkdown: Sendable, Equatable, Codable {
    /// The full HTML.
    public var html: String
    /// The HTML before `<!--more-->`, with its open elements closed; nil when there is no marker.
    public var moreExcerptHTML: String?
    /// The first paragraph's HTML, nil when there is none.
    public var firstParagraphHTML: String?
    /// The excerpt's text without markup (for descriptions and summaries).
    public var excerptText: String
    /// The number of words of the text.
    public var wordCount: Int
    /// The headings, in order, with their ids.
    public var headings: [Heading]

    /// The excerpt a list page shows: the text before `<!--more-->`, else the first paragraph.
    public var excerptHTML: String { moreExcerptHTML ?? firstParagraphHTML ?? "" }

    public init(
        html: String, moreExcerptHTML: String?, firstParagraphHTML: String?, excerptText: String,
        wordCount: Int, headings: [Heading]
    ) {
        self.html = html
        self.moreExcerptHTML = moreExcerptHTML
        self.firstParagraphHTML = firstParagraphHTML
        self.excerptText = excerptText
        self.wordCount = wordCount
        self.headings = headings
    }
}

extension RenderedMarkdown {
    /// The rendering of finished `html`: its excerpts, text and word count worked out from it.
    /// The excerpts leave out footnote references, whose notes are not shown with them.
    /// The plain text of the whole body is not kept: only its word count is ever shown, and a
    /// site of many long posts is lighter without it.
    init(html: String, headings: [Heading]) {
        let plainText = HTMLText.plainText(html)
        let moreExcerpt = ExcerptSplitter.beforeMoreMarker(in: html).map(FootnoteReferences.removed)
        let firstParagraph = ExcerptSplitter.firstParagraph(in: html).map(FootnoteReferences.removed)
        self.init(
            html: html,
            moreExcerptHTML: moreExcerpt,
            firstParagraphHTML: firstParagraph,
            excerptText: HTMLText.plainText(moreExcerpt ?? firstParagraph ?? ""),
            wordCount: HTMLText.wordCount(plainText),
            headings: headings
        )
    }
}

/// A heading of a rendered text.
public struct Heading: Sendable, Equatable, Codable {
    /// 1 to 6.
    public var level: Int
    /// The heading's text.
    public var text: String
    /// Its id, unique within the text: `reseaux-sociaux`, `reseaux-sociaux-1`.
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
