import CMBlogContent
import CMBlogCore
import Foundation

/// The file of a new post: `content/posts/YYYY-MM-DD-slug.md` with its front matter. The post
/// is a draft (`draft: true`) until its writer removes that line.
public enum NewPost {
    /// What to do next with a new post at `path`: preview it, then publish it.
    public static func nextSteps(path: String) -> String {
        """
        The post is a draft: `cmblog serve --drafts` shows it, marked "Draft", and so does a preview
        build (`cmblog build --drafts --future`); feeds, the sitemap and search engines leave it out.
        To publish it, remove the line `draft: true` from \(path) (the date decides when it goes out).
        """
    }

    /// Makes the post file for `title`, dated `now` in the site's time zone.
    /// - Parameters:
    ///   - author: The author id; when nil, the first author of `authors/` (by id).
    /// - Throws: A `DiagnosticError` when the repository has no such author.
    public static func make(title: String, author: String?, now: Date, in fileSystem: any FileSystem) throws -> Scaffold.File {
        let config = try SiteConfig.load(from: fileSystem).0
        let authorIDs = try fileSystem.files(under: ContentLoader.Folder.authors)
            .filter { $0.hasSuffix(".yml") }
            .map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
        guard let id = author ?? authorIDs.first else {
            throw DiagnosticError(.error("no author yet: add authors/<id>.yml with `name:`, or pass --author", path: ContentLoader.Folder.authors))
        }
        guard authorIDs.contains(id) else {
            throw DiagnosticError(.error("unknown author `\(id)`; known: \(authorIDs.joined(separator: ", "))", path: "authors/\(id).yml"))
        }
        let slug = Slug.make(from: title).isEmpty ? "post" : Slug.make(from: title)
        let day = DateText.day(now, in: config.timeZone)
        let stamp = DateText.iso8601(now, in: config.timeZone)
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let text = """
            ---
            title: \(quotedTitle)
            date: \(stamp)
            author: \(id)
            categories: []
            tags: []
            draft: true
            ---

            Write the first paragraph here: it is the excerpt shown on the home page.

            <!--more-->

            The rest of the post.

            """
        return Scaffold.File(path: "\(ContentLoader.Folder.posts)/\(day)-\(slug).md", text: text)
    }
}
