import CMBlogCore

/// The translations of a site with `languages:`: `hreflang` alternates are symmetric, so a page
/// that names its translation is named back by it (search engines ignore one-way pairs).
/// Missing translations under `translations: required` are errors of the build itself, which
/// `cmblog check` reports with the rest.
enum TranslationChecks {
    static func findings(in scanned: ScannedSite) -> [Finding] {
        let config = scanned.site.config
        var findings: [Finding] = []
        for file in scanned.pages.keys.sorted() {
            let page = scanned.pages[file]!
            for alternate in page.alternates where alternate.language != "x-default" {
                guard case .site(let path, _) = LinkTarget.resolve(alternate.url, from: file, config: config),
                      let target = LinkTarget.file(for: path, in: scanned.site.fileSet), target != file, let other = scanned.pages[target]
                else { continue }
                let namesBack = other.alternates.contains { back in
                    guard case .site(let backPath, _) = LinkTarget.resolve(back.url, from: target, config: config) else { return false }
                    return LinkTarget.file(for: backPath, in: scanned.site.fileSet) == file
                }
                if !namesBack {
                    findings.append(scanned.finding("translations.hreflang", .error, file: file, offset: alternate.offset, needle: nil,
                                                    "this page names /\(ScannedSite.sitePath(of: target)) as its `\(alternate.language)` version, but that page does not name it back"))
                }
            }
        }
        return findings
    }
}
