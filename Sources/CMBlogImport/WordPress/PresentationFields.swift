import CMBlogCore
import Foundation

/// How readers saw an item on WordPress beyond its text, as front matter lines: its featured
/// image (`image:`, `image_alt:`), its place at the top of the blog (`pinned: true`), its post
/// format (`format:`), and its language and translations from Polylang or WPML (`lang:`,
/// `translationKey:`).
struct PresentationFields {
    let attachments: AttachmentIndex
    let siteURL: String
    let exportPath: String

    func frontMatter(of item: WXRExport.Item, report: inout ImportReport) -> String {
        var text = ""
        if let id = item.meta["_thumbnail_id"]?.trimmed.nonZero {
            if let image = attachments.attachment(id), let url = SafeURL.media(image.url) {
                report.media.insert(url)
                text += "image: \(YAMLText.quoted(MediaReferences.rootRelativeUpload(url, siteURL: siteURL)))\n"
                if !image.alt.isEmpty { text += "image_alt: \(YAMLText.scalar(image.alt))\n" }
            } else {
                report.warnings.append(.warning("the featured image of item \(item.postID) (attachment \(id)) is not in the export; it was left out", path: exportPath, line: item.line))
            }
        }
        if item.isSticky, item.type == "post" { text += "pinned: true\n" }
        if let format = term("post_format", of: item)?.replacing("post-format-", with: ""), format != "standard" {
            text += "format: \(format)\n"
        }
        if let language = term("language", of: item) ?? wpmlLanguage(of: item) { text += "lang: \(language)\n" }
        if let key = translationKey(of: item) { text += "translationKey: \(key)\n" }
        return text
    }

    /// What the item shares with its translations: Polylang's `post_translations` term
    /// (`pll_…`), or the translation group WPML Export and Import writes in the custom field
    /// `_wpml_import_translation_group` (WPML's `trid`), when it is a plain name.
    private func translationKey(of item: WXRExport.Item) -> String? {
        let polylang = item.terms.first { $0.domain == "post_translations" }?.slug.lowercased()
        let wpml = item.meta["_wpml_import_translation_group"]?.trimmingCharacters(in: .whitespaces).lowercased()
        guard let key = polylang ?? wpml.map({ "wpml-" + $0 }), !key.isEmpty, key.count <= 64,
              key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        return key
    }

    /// The language WPML gives the item in its custom fields (`_wpml_language`, or
    /// `_wpml_import_language_code` as WPML Export and Import writes it), when it is a plain tag.
    private func wpmlLanguage(of item: WXRExport.Item) -> String? {
        let code = (item.meta["_wpml_language"] ?? item.meta["_wpml_import_language_code"])?.trimmingCharacters(in: .whitespaces).lowercased()
        guard let code, !code.isEmpty, code.count <= 35, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        return code
    }

    /// The slug of the item's term in `domain`, when it is a plain name (letters, digits, `-`).
    private func term(_ domain: String, of item: WXRExport.Item) -> String? {
        guard let slug = item.terms.first(where: { $0.domain == domain })?.slug.lowercased(), !slug.isEmpty,
              slug.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        return slug
    }
}
