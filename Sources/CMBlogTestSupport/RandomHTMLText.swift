import Foundation

/// Random texts for property tests of the text passes: French and English words, accents
/// precomposed and combining, « », the no-break spaces, entities good and bad, tags and
/// attributes, footnote markup, addresses, emoji, control characters and line breaks, joined
/// in any order and sometimes cut in the middle.
public enum RandomHTMLText {
    /// The pieces texts are made of.
    public static let fragments: [String] = [
        "le", "chat", "Été", "été", "déjà", "e\u{301}", "a\u{300}", "ça", "Œuvre", "ß", "İ", "\u{212A}", "naïve", "word", "Word", "x", "Q", "1", "42", "١٢",
        " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{2002}", "\u{3000}",
        "\u{2028}", "\u{85}", "\u{1680}", "\u{205F}", "\u{200B}",
        "«", "»", "« ", " »", "«\u{A0}", ";", ":", "!", "?", " ;", " !", "?!", "10:30", "’", "'", "\"", "(", ")", ".", ",", "…", "”",
        "&", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#233;", "&#xE9;", "&#XE9;", "&eacute;", "&Eacute;", "&nbsp;", "&thetasym;",
        "&#xZZ;", "&#x;", "&#;", "&#", "&#x", "&#0;", "&#-0;", "&#+65;", "&#-5;", "&#xD800;", "&#1114112;", "&#99999999999;",
        "&#x1F600;", "&#128512;", "&#65", "&#x41", "&#１２３;", "&#xｆｆ;", "&unknown;", "&amp", "&;", "&AMP;", "&amp;amp;",
        "<", ">", "</", "/>", "=", "/", "#", "-", "--", "<p>", "</p>", "<P>", "<p class=\"lead\">", "<p ", "<div>", "</div>",
        "<pre>", "</pre>", "<PRE class=x>", "<code>", "</code>", "<em>", "</em>", "<b>", "<br>", "<br/>", "<br />", "<hr>",
        "<img src=\"a.jpg\" alt='Été'>", "<blockquote>", "</blockquote>", "<ul>", "<li>", "</li>", "</ul>", "<h2>", "</h2>",
        "<h2 id=\"titre\">", "<script>", "</script>", "<SCRIPT type=\"x\">", "<style>", "</style>", "</STYLE >", "<svg>", "</svg>",
        "<textarea>", "</textarea>", "<é>", "<a1>", "<x-y>",
        "<!--", "-->", "<!--more-->", "<!-- more -->", "<!--\nmore\t-->", "<!--More-->", "<!---->", "<!-->", "--!>", "<![CDATA[", "]]>",
        "<?xml ?>", "<!DOCTYPE html>",
        "<a href=\"https://example.com/?a=1&amp;b=2\" title='t'>", "<a href=javascript:alert(1)>", "<a href=\"jav&#x09;ascript:x\">",
        "</a>", "<a>", "<a href=\"mailto:x@example.fr\">", "<q cite=\"x\" title=\"“q”\">",
        " id=\"fn-1\"", " id=\"fnref-1\"", " href=\"#fn-1\"", " href=\"#fnref-1\"", "href=\"fn-2\"", "id=\"#fn-3\"", "grid=\"fn-4\"",
        "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>",
        "<li id=\"fn-1\"><p>Note <a href=\"#fnref-1\" class=\"footnote-backref\">↩</a></p></li>", "fnref-", "fn-",
        "https://example.com/path_(x)", "http://a.b", "https://ex.fr/a?b=c#d", "www.example.fr.", "WWW.Exemple.com", "HTTPS://EX.COM",
        "http://", "https://", "www.", "mailto:a@b.c", "a@b.fr", "https://é.fr/«x»",
        "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "\u{301}", "\u{327}", "\u{200D}", "\u{FE0F}", "\u{600}", "\u{903}", "\u{94D}",
        "\u{0}", "\u{1}", "\u{7F}", "\u{80}", "\u{9F}", "\u{FEFF}", "\u{FFFD}", "\u{202E}",
    ]

    /// `count` texts from a generator seeded with `seed`.
    public static func samples(seed: UInt64, count: Int = defaultCount) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in random(using: &generator) }
    }

    /// How many texts a property test tries: `CMBLOG_FUZZ_ITERATIONS`, else 6,000.
    public static var defaultCount: Int {
        ProcessInfo.processInfo.environment["CMBLOG_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 6_000
    }

    /// A text of up to `maximumFragments` random fragments, cut at a random scalar one time in four.
    public static func random(using generator: inout some RandomNumberGenerator, maximumFragments: Int = 24) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...maximumFragments, using: &generator) {
            text += fragments.randomElement(using: &generator)!
        }
        if Int.random(in: 0..<4, using: &generator) == 0, !text.isEmpty {
            let cut = Int.random(in: 0...text.unicodeScalars.count, using: &generator)
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cut)))
        }
        return text
    }
}
