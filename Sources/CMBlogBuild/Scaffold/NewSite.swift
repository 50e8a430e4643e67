import CMBlogCore
import Foundation

/// The files of a new content repository: settings, one author, one post, an about page,
/// a `.gitignore`, and the CI files and scripts that publish the site to `host`.
public enum NewSite {
    /// Makes the files of a new site.
    /// - Parameters:
    ///   - title: The site's title.
    ///   - language: The site's language (`en`, `fr`, …).
    ///   - now: The date of the first post.
    ///   - host: Where the site is published; decides the CI files.
    ///   - release: The cmblog its CI builds with.
    public static func make(title: String, language: String, timeZone: TimeZone, now: Date,
                            host: PublishingHost = .github, release: PublishingHost.Release = .init()) -> [Scaffold.File] {
        let day = DateText.day(now, in: timeZone)
        let siteName = Slug.make(from: title).isEmpty ? "blog" : Slug.make(from: title)
        return [
            .init(path: "cmblog.yml", text: """
                # Site settings. See the cmblog README for every key.
                title: "\(JSONString.escape(title))"
                description: "What this blog is about, in one sentence."
                baseURL: https://blog.example.com/
                language: \(language)
                timezone: \(timeZone.identifier)
                permalink: /:year/:month/:slug/
                paginate: 10
                menu:
                  - title: About
                    url: /about/

                """),
            .init(path: "authors/editor.yml", text: """
                # One file per author; posts name the file (without .yml) in `author:`.
                name: Your Name
                role: Editor
                bio: |
                  A sentence or two about you, in Markdown.
                links:
                  website: https://example.org/
                status: active

                """),
            .init(path: "content/posts/\(day)-welcome.md", text: """
                ---
                title: Welcome
                date: \(DateText.iso8601(now, in: timeZone))
                author: editor
                categories: [News]
                tags: [welcome]
                ---

                This is the first post of the blog. Everything before the marker below is the
                excerpt shown on the home page.

                <!--more-->

                Write posts in Markdown under `content/posts/`, then run `cmblog build`.

                """),
            .init(path: "content/pages/about.md", text: """
                ---
                title: About
                ---

                Who writes here, and why.

                """),
            .init(path: "static/images/.gitkeep", text: ""),
            .init(path: ".gitignore", text: "/public/\n# What cmblog keeps between builds and the copy of cmblog CI installs: safe to delete.\n/.cmblog/cache/\n/.cmblog/tools/\n/.cmblog/translations.json\n"),
            .init(path: ".gitattributes", text: "# Signed posts must keep their exact bytes: no line-ending conversion on checkout.\ncontent/** -text\n"),
        ] + host.files(release: release, siteName: siteName)
    }
}
