import CMBlogComments
import CMBlogContent
import CMBlogCore
import CMBlogTemplates

/// Where things are in a content repository, as far as a build is concerned: what it reads and
/// where it writes by default.
public enum SourceLayout {
    /// The folders a build reads, recursively (beside `cmblog.yml`).
    public static let readFolders = [
        ContentLoader.Folder.content, ContentLoader.Folder.authors, CommentArchiveLoader.folder, ContentLoader.Folder.statics,
        ThemeLoader.overrideFolder, ContentLoader.Folder.localizations,
    ]

    /// The files a build reads at the top of the repository: settings, redirects and categories.
    public static let readFiles = [SiteConfig.fileName, RedirectsParser.fileName, CategoriesParser.fileName]

    /// The output folder when none is given: `public/` in the repository.
    public static let defaultOutputFolder = "public"

    /// Where `cmblog build` keeps its cache in the repository; safe to delete.
    public static let cacheFolder = ".cmblog/cache"

    /// The read folder that holds `relativePath` (a path inside the repository), if any.
    static func readFolder(holding relativePath: String) -> String? {
        let first = relativePath.split(separator: "/").first.map(String.init) ?? relativePath
        return readFolders.first { $0 == first }
    }
}
