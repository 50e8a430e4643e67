import CMBlogCore
import Foundation

/// The language a file's name gives it on a site with `languages:`: `bienvenue.en.md` is the
/// English version of `bienvenue.md`, when `en` is one of the site's languages.
struct TranslationFileName {
    /// The language after the last dot of the name's stem; nil when there is none.
    let language: String?
    /// The path without that language: what the file shares with its translations.
    let sharedPath: String

    init(path: String, config: SiteConfig) {
        let name = (path as NSString).lastPathComponent
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard config.isMultilingual, parts.count >= 3,
              let code = config.siteLanguages.first(where: { $0.lowercased() == parts[parts.count - 2].lowercased() })
        else {
            language = nil
            sharedPath = path
            return
        }
        language = code
        let shared = (parts.dropLast(2) + [parts[parts.count - 1]]).joined(separator: ".")
        sharedPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(shared)
    }
}
