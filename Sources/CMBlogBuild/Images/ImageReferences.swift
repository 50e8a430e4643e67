import CMBlogContent
import CMBlogCore
import Foundation

/// The places that use an image of `static/`, so a problem with it is reported where the
/// writer can act: each post or page showing it (its `image:` line, or the first line of its file
/// naming the image), each author whose `avatar:` it is; the image file itself when none does.
struct ImageReferences {
    let site: Site
    let fileSystem: any FileSystem

    func problem(_ message: String, with staticPath: String) -> [Diagnostic] {
        let name = String(staticPath.dropFirst("static/".count))
        let config = site.config
        var places: [SourceLocation] = []
        for resolved in site.posts + site.pages {
            let entry = resolved.entry
            if let image = entry.image, config.staticPath(of: image) == staticPath {
                places.append(entry.location(of: "image"))
            } else if let line = Self.line(naming: name, in: entry.sourcePath, fileSystem: fileSystem) {
                places.append(SourceLocation(path: entry.sourcePath, line: line, column: 1))
            }
        }
        for author in site.sortedAuthors where author.avatar.flatMap(config.staticPath(of:)) == staticPath {
            places.append(author.location(of: "avatar"))
        }
        if places.isEmpty { places = [SourceLocation(path: staticPath)] }
        return places.map { Diagnostic(.error, at: $0, "\(staticPath): \(message)") }
    }

    /// The first line of a file that names `name`.
    static func line(naming name: String, in path: String, fileSystem: any FileSystem) -> Int? {
        guard let data = try? fileSystem.contents(of: path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.contains(name) }.map { $0 + 1 }
    }
}
