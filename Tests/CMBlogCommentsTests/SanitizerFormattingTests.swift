import CMBlogComments
import Testing

/// The ordinary formatting commenters use survives sanitizing.
@Suite struct SanitizerFormattingTests {
    @Test func allowedMarkupIsKept() {
        let input = """
            <p>Bravo pour <strong>ce billet</strong>, <em>vraiment</em>.<br/>Voir <a href="https://exemple.fr/a?b=1&amp;c=2" title="Source">la source</a>.</p>
            <blockquote><p>Une citation</p></blockquote>
            <ul><li>un</li><li>deux</li></ul><ol><li>trois</li></ol>
            <p><code>let x = 1</code> <del>faux</del> <ins>vrai</ins> <abbr title="Community manager">CM</abbr> <q>dit-il</q> <cite>Le Monde</cite> <b>b</b> <i>i</i></p>
            <pre>ligne 1
            ligne 2</pre>
            """
        let expected = """
            <p>Bravo pour <strong>ce billet</strong>, <em>vraiment</em>.<br>Voir <a href="https://exemple.fr/a?b=1&amp;c=2" title="Source" rel="nofollow ugc">la source</a>.</p>
            <blockquote><p>Une citation</p></blockquote>
            <ul><li>un</li><li>deux</li></ul><ol><li>trois</li></ol>
            <p><code>let x = 1</code> <del>faux</del> <ins>vrai</ins> <abbr title="Community manager">CM</abbr> <q>dit-il</q> <cite>Le Monde</cite> <b>b</b> <i>i</i></p>
            <pre>ligne 1
            ligne 2</pre>
            """
        #expect(CommentSanitizer.sanitize(input) == expected)
    }

    @Test func entitiesAndNonASCIITextSurvive() {
        #expect(CommentSanitizer.sanitize("C&rsquo;est l&#233;ger &amp; fran&ccedil;ais — 👍 «&nbsp;oui&nbsp;»")
            == "C’est léger &amp; français — 👍 «\u{A0}oui\u{A0}»")
    }

    @Test func mailtoLinksAreAllowed() {
        #expect(CommentSanitizer.sanitize("<a href=\"mailto:paul@exemple.fr\">écrire</a>")
            == "<a href=\"mailto:paul@exemple.fr\" rel=\"nofollow ugc\">écrire</a>")
    }

    @Test func unknownElementsKeepTheirText() {
        #expect(CommentSanitizer.sanitize("<div><span style=\"color:red\">rouge</span> <font face=x>vif</font></div>")
            == "rouge vif")
    }

    @Test func plainTextGetsParagraphsLineBreaksAndLinks() {
        let body = "Merci Paul !\nÀ bientôt.\n\nMon site : https://paul.exemple.net/blog, et www.exemple.org.\n"
        #expect(CommentBodyHTML.render(body) == """
            <p>Merci Paul !<br>
            À bientôt.</p>
            <p>Mon site : <a href="https://paul.exemple.net/blog" rel="nofollow ugc">https://paul.exemple.net/blog</a>, et <a href="http://www.exemple.org" rel="nofollow ugc">www.exemple.org</a>.</p>
            """)
    }

    @Test func addressesInsideLinksOrCodeAreNotLinkedTwice() {
        #expect(CommentSanitizer.sanitize("<a href=\"https://a.example/\">https://a.example/</a>")
            == "<a href=\"https://a.example/\" rel=\"nofollow ugc\">https://a.example/</a>")
        #expect(CommentSanitizer.sanitize("<code>https://a.example/</code>") == "<code>https://a.example/</code>")
    }

    @Test func parenthesesAroundAnAddressStayOutsideIt() {
        #expect(CommentSanitizer.sanitize("(voir https://fr.wikipedia.org/wiki/Blog_(média))")
            == "(voir <a href=\"https://fr.wikipedia.org/wiki/Blog_(média)\" rel=\"nofollow ugc\">https://fr.wikipedia.org/wiki/Blog_(média)</a>)")
    }

    @Test func htmlBodiesWithParagraphsAreNotWrappedAgain() {
        #expect(CommentBodyHTML.render("<p>Un.</p>\n\n<p>Deux.</p>") == "<p>Un.</p>\n<p>Deux.</p>")
        #expect(CommentBodyHTML.render("Texte avec <em>emphase</em>") == "<p>Texte avec <em>emphase</em></p>")
    }
}
