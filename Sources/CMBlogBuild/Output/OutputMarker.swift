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

    /// Whether `folder` holds the marker.
    static func isPresent(in folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appending(path: fileName).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
