import CMBlogCore
import Foundation

/// The files of a new content repository: settings, one author, one post, an about page,
/// a `.gitignore` and a CI workflow that publishes the site.
public enum NewSite {
    /// Makes the files of a new site.
    /// - Parameters:
    ///   - title: The site's title.
    ///   - language: The site's language (`en`, `fr`, …).
    ///   - now: The date of the first post.
    public static func make(title: String, language: String, timeZone: TimeZone, now: Date) -> [Scaffold.File] {
        let day = DateText.day(now, in: timeZone)
        return [
            .init(path: "cmblog.yml", text: """
                # Site settings. See the cmblog README for every key.
                title: "\(title.replacingOccurrences(of: "\"", with: "\\\""))"
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
            .init(path: ".gitignore", text: "/public/\n/.cmblog-cache/\n"),
            .init(path: ".gitattributes", text: "# Signed posts must keep their exact bytes: no line-ending conversion on checkout.\ncontent/** -text\n"),
            .init(path: ".github/workflows/publish.yml", text: workflow),
        ]
    }

    /// A GitHub Actions workflow that builds the site with cmblog and publishes it to GitHub Pages.
    static let workflow = """
        # Builds the site and publishes it to GitHub Pages on every push to main.
        #
        # Other hosts: keep the "build" job and replace the "deploy" job.
        # - GitLab Pages: in .gitlab-ci.yml, run the same build steps in a `pages` job and
        #   publish with `artifacts: { paths: [public] }`.
        # - Netlify or Cloudflare Pages: run the build steps, then `netlify deploy --dir public --prod`
        #   or `wrangler pages deploy public`; both read the `_redirects` file cmblog writes.
        # - Amazon S3: run the build steps, then `aws s3 sync public/ s3://YOUR-BUCKET --delete`.
        name: Publish

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: true

        env:
          # Where to get cmblog from: its repository and the tag to build.
          CMBLOG_REPOSITORY: https://github.com/cmblog/cmblog.git
          CMBLOG_REF: main

        jobs:
          build:
            runs-on: ubuntu-latest
            container: swift:6.1-bookworm
            steps:
              - uses: actions/checkout@v4
              - name: Install cmark-gfm
                run: apt-get update && apt-get install -y libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
              - name: Build cmblog
                run: |
                  git clone --depth 1 --branch "$CMBLOG_REF" "$CMBLOG_REPOSITORY" /tmp/cmblog
                  swift build -c release --package-path /tmp/cmblog
              - name: Build the site
                run: /tmp/cmblog/.build/release/cmblog build --output public
              - uses: actions/upload-pages-artifact@v5
                with:
                  path: public
                  # /.well-known/ (the Bluesky handle file) is a hidden folder: publish it too.
                  include-hidden-files: true

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
}
