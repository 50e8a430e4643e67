import CMBlogCore
import Foundation

/// The language a file's place gives it on a site with `languages:`: `bienvenue.en.md` is the
/// English version of `bienvenue.md`, and so is `content/posts/en/bienvenue.md` (a folder named
/// after one of the site's languages, first under `content/posts/` or `content/pages/`).
struct TranslationFileName {
    /// The language after the last dot of the name's stem, else the language folder's; nil
    /// when there is neither.
    let language: String?
    /// The path without that language: what the file shares with its translations.
    let sharedPath: String

    init(path: String, config: SiteConfig) {
        guard config.isMultilingual else {
            language = nil
            sharedPath = path
            return
        }
        let folder = Self.languageFolder(of: path, config: config)
        let withoutFolder = folder.map { path.replacingCharacters(in: $0.range, with: "/") } ?? path
        let name = (withoutFolder as NSString).lastPathComponent
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3,
              let code = config.siteLanguages.first(where: { $0.lowercased() == parts[parts.count - 2].lowercased() })
        else {
            language = folder?.code
            sharedPath = withoutFolder
            return
        }
        language = code
        let shared = (parts.dropLast(2) + [parts[parts.count - 1]]).joined(separator: ".")
        sharedPath = ((withoutFolder as NSString).deletingLastPathComponent as NSString).appendingPathComponent(shared)
    }

    /// The language folder just under `content/posts/` or `content/pages/`: its name as written,
    /// the language it names, and where `/name/` is in the path.
    static func languageFolder(of path: String, config: SiteConfig) -> (name: String, code: String, range: Range<String.Index>)? {
        guard config.isMultilingual else { return nil }
        for root in [ContentLoader.Folder.posts, ContentLoader.Folder.pages] where path.hasPrefix(root + "/") {
            let rest = path.dropFirst(root.count + 1)
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            let name = String(rest[..<slash])
            guard let code = config.siteLanguages.first(where: { $0.lowercased() == name.lowercased() }) else { return nil }
            let start = path.index(before: rest.startIndex)
            return (name, code, start..<path.index(after: slash))
        }
        return nil
    }
}
