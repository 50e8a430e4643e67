import CMBlogCore
import CMBlogMarkdown
import Foundation

/// What the preview adds to the HTML pages it serves, and never `cmblog build`: a script that
/// listens to the server's events and reloads, and an overlay listing the build's errors.
enum LiveReload {
    /// The server-sent events endpoint the script listens to.
    static let eventsPath = "/_cmblog/events"

    /// Reloads the page on `reload`; on `css`, swaps the stylesheets alone.
    static let script = """
        <script>
        (function () {
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", function (event) {
            if (event.data !== "css") { window.location.reload(); return; }
            document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
              var url = new URL(link.href);
              url.searchParams.set("cmblog-reload", Date.now());
              link.href = url.href;
            });
          });
        })();
        </script>
        """

    /// `html` with the script, and the overlay when the last build failed, before `</body>`.
    static func inject(into html: String, errors: [Diagnostic]) -> String {
        let addition = (errors.isEmpty ? "" : overlay(errors)) + script
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: addition)
    }

    /// A fixed panel over the page with each diagnostic as `path:line:col: message`.
    static func overlay(_ errors: [Diagnostic]) -> String {
        let items = errors.map { "<li>\(HTMLText.escape($0.description))</li>" }.joined()
        return """
            <div id="cmblog-errors" role="alert" style="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;\
            margin:0;padding:1rem 1.5rem;background:#2b0b0b;color:#ffd7d7;font:14px/1.5 ui-monospace,monospace;border-top:4px solid #e5484d">\
            <strong style="color:#fff">The last build failed; this is the previous one.</strong>\
            <ul style="margin:.5rem 0 0;padding-left:1.2rem">\(items)</ul></div>
            """
    }
}
