import Foundation

/// The file cmblog writes into every output folder it builds. Only a folder that holds it is
/// ever replaced: a folder of other files that happens to hold an `index.html` is not a site
/// cmblog built, and replacing it would delete those files.
///
/// It is written by the output writer, not planned as a page, so nothing that lists the
/// site's files (sitemap, signature list, feeds) ever names it, and the preview never serves it.
public enum OutputMarker {
    /// The marker's name, at the root of the output folder.
    public static let fileName = ".cmblog-build"

    /// What the marker says to a person who opens it.
    static let text = """
        This folder was built by cmblog. `cmblog build` replaces it as a whole on every build,
        so keep nothing else in it: files put here by hand are removed by the next build.
        cmblog replaces only a folder holding this file.

        """

    /// Whether `folder` holds the marker, or is a site built by a cmblog from before the marker.
    static func isPresent(in folder: URL) -> Bool {
        isFile(folder.appending(path: fileName)) || isEarlierBuild(folder)
    }

    /// The files every site built by cmblog before the marker existed has at its root, all of
    /// them: the three feeds, the sitemap, robots.txt, the 404 page and the theme's stylesheet.
    /// Together they tell such a site from a folder that merely has an `index.html`.
    static let earlierBuildFiles = ["index.html", "404.html", "feed.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt", "assets/style.css"]

    private static func isEarlierBuild(_ folder: URL) -> Bool {
        earlierBuildFiles.allSatisfy { isFile(folder.appending(path: $0)) }
    }

    private static func isFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
