import CMBlogBuild
import CMBlogCore

/// The checks of each HTML page on its own: one `<title>`, a valid `lang`, a description, a
/// canonical URL equal to `og:url`, a viewport, and the markup problems `HTMLPage` found
/// (images without `alt` or size, duplicate ids, obsolete, unclosed and misnested elements).
enum PageChecks {
    /// How many problems of one rule a page reports one by one; the rest are counted in one more
    /// finding, so that a page with thousands of them stays readable and quick to locate.
    static let problemsShownPerRule = 20

    static func findings(_ file: String, _ page: HTMLPage, in scanned: ScannedSite) -> [Finding] {
        var findings: [Finding] = []
        func add(_ rule: String, _ severity: Diagnostic.Severity, _ message: String) {
            findings.append(Finding(rule, severity, at: scanned.locator.location(file: file, offset: nil, needle: nil), message))
        }
        var shown: [String: Int] = [:]
        for problem in page.problems {
            shown[problem.rule, default: 0] += 1
            guard shown[problem.rule]! <= problemsShownPerRule else { continue }
            findings.append(scanned.finding(
                problem.rule, problem.isError ? .error : .warning, file: file, offset: problem.offset, needle: problem.needle, problem.message))
        }
        for (rule, count) in shown.sorted(by: { $0.key < $1.key }) where count > problemsShownPerRule {
            let isError = page.problems.contains { $0.rule == rule && $0.isError }
            add(rule, isError ? .error : .warning, "and \(count - problemsShownPerRule) more problems of this kind on this page")
        }
        // The theme's 404 pages and redirect pages are not meant to be shared or indexed.
        let isRedirect = page.refreshTarget != nil
        if page.titleCount != 1 { add("pages.title", .error, "the page has \(page.titleCount) <title> elements; it needs exactly one") }
        if let lang = page.lang {
            if !LanguageTag.isWellFormed(lang) { add("pages.lang", .error, "`lang=\"\(lang)\"` is not a valid BCP 47 language tag (such as fr, en-GB)") }
        } else {
            add("pages.lang", .error, "the page has no `lang` on <html>: screen readers cannot pick its language")
        }
        if !page.hasViewport { add("pages.viewport", .error, "the page has no <meta name=\"viewport\">: phones show it zoomed out") }
        guard !isRedirect else { return findings }
        // Without a site description, every list lacks one: said once, at cmblog.yml (`siteFindings`).
        let siteHasNone = scanned.site.config.description.isEmpty && scanned.site.origins.origin(of: file) == nil
        if !page.hasDescription && !file.hasSuffix("404.html") && !siteHasNone {
            add("pages.description", .warning, "the page has no <meta name=\"description\">: search engines and share cards make one up")
        }
        if let ogURL = page.ogURL, let canonical = page.canonical, ogURL != canonical {
            add("pages.canonical", .error, "`og:url` (\(ogURL)) differs from the canonical URL (\(canonical)): networks and search engines disagree on the page's address")
        }
        return findings
    }

    /// What concerns every page at once: a site without `description:`.
    static func siteFindings(_ site: CheckedSite) -> [Finding] {
        guard site.config.description.isEmpty else { return [] }
        return [Finding("pages.description", .warning, at: SourceLocation(path: SiteConfig.fileName),
                        "cmblog.yml has no `description:`, so the home page and the lists have no <meta name=\"description\">: search engines and share cards make one up")]
    }
}

/// BCP 47 language tags (RFC 5646), checked for form: `fr`, `en-GB`, `zh-Hant-TW`, `sr-Latn`,
/// `x-private`.
public enum LanguageTag {
    public static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return false }
        if first.lowercased() == "x" || first.lowercased() == "i" { return subtags.count > 1 }
        guard first.allSatisfy(\.isLetter), (2...3).contains(first.count) || (5...8).contains(first.count) else { return false }
        var index = 1
        // extlang (up to three of three letters), script, region, variants
        var extlangs = 0
        while index < subtags.count, subtags[index].count == 3, subtags[index].allSatisfy(\.isLetter), extlangs < 3 { index += 1; extlangs += 1 }
        if index < subtags.count, subtags[index].count == 4, subtags[index].allSatisfy(\.isLetter) { index += 1 }
        if index < subtags.count, (subtags[index].count == 2 && subtags[index].allSatisfy(\.isLetter)) || (subtags[index].count == 3 && subtags[index].allSatisfy(\.isNumber)) { index += 1 }
        while index < subtags.count, subtags[index].count >= 5 || (subtags[index].count == 4 && subtags[index].first!.isNumber) { index += 1 }
        // extensions and a private use part: a singleton followed by at least one subtag
        while index < subtags.count {
            guard subtags[index].count == 1, index + 1 < subtags.count else { return false }
            let isPrivate = subtags[index].lowercased() == "x"
            index += 1
            let start = index
            while index < subtags.count, isPrivate || subtags[index].count >= 2 { index += 1 }
            if index == start { return false }
        }
        return true
    }
}
