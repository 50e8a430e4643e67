import CMBlogContent
import CMBlogCore
import CMBlogImages
import CMBlogTemplates
import Foundation

/// Draws the share card of a post or page that has no `image:`: its title, authors, the
/// site's name and logo and its accent, through the theme's SVG template, as a 1200 × 630 PNG.
///
/// The title is broken into lines here, measured with Pango in the font the default template
/// uses (DejaVu Sans Bold, found through fontconfig), because SVG text does not wrap: 64 px
/// on up to three lines, else 52 px on up to four, the last cut with `…`. Cards are kept in
/// the image cache under the SHA-256 of everything drawn, so an unchanged card is never drawn again.
struct ShareCardMaker: Sendable {
    let pages: PageRenderer
    let cache: ImageCache
    let fileSystem: any FileSystem

    static let font = "DejaVu Sans Bold"
    static let textWidth = 1040

    /// The card of an entry, in the cache.
    /// - Throws: `DiagnosticError` naming the entry when the card cannot be drawn.
    func card(for resolved: ResolvedEntry) throws(DiagnosticError) -> URL {
        let site = pages.site, config = site.config, entry = resolved.entry
        let template = pages.theme.theme.templates[config.shareCards.template]
        let authors = entry.authorIDs.compactMap { site.authors[$0] }
        let avatars = authors.map { $0.avatar.flatMap(config.staticPath(of:)).flatMap { try? fileSystem.contents(of: $0) } }
        let logo = config.logo.flatMap(config.staticPath(of:)).flatMap { try? fileSystem.contents(of: $0) }
        let language = site.language(of: resolved)
        var parts = ["card 1", template?.text ?? "", entry.title, config.title, config.accentColor ?? "", language, logo.map(ContentDigest.sha256) ?? ""]
        for (author, avatar) in zip(authors, avatars) { parts += [author.name, avatar.map(ContentDigest.sha256) ?? ""] }
        let key = ContentDigest.sha256(of: parts)
        do {
            return try cache.file(for: key, fileExtension: "png") { () throws(ImageError) -> Data in
                let (lines, size) = try Self.titleLines(entry.title)
                var people: [ShareCardContent.Person] = []
                for (author, avatar) in zip(authors, avatars) {
                    people.append(ShareCardContent.Person(name: author.name, picture: try Self.picture(avatar)))
                }
                let content = ShareCardContent(
                    title: entry.title, titleLines: lines, fontSize: size, authors: people, siteName: config.title,
                    logo: try Self.picture(logo), accent: config.accentColor, language: language)
                guard let svg = pages.shareCardSVG(content) else {
                    throw ImageError(message: "the theme has no template `\(config.shareCards.template)`")
                }
                return try ImageCodec.png(ofSVG: Data(svg.utf8))
            }.0
        } catch {
            throw DiagnosticError(Diagnostic(.error, at: SourceLocation(path: entry.sourcePath, line: 1, column: 1),
                                             "cannot draw this entry's share card: \(error.message)"))
        }
    }

    private static func titleLines(_ title: String) throws(ImageError) -> ([String], Int) {
        for (size, maxLines) in [(64, 3), (52, 4)] {
            var failure: ImageError?
            let breaker = LineBreaker(width: textWidth, maxLines: maxLines) { line in
                let width = Result { () throws(ImageError) in try ImageCodec.textWidth(line, font: "\(font) \(size)") }
                if case .failure(let error) = width { failure = error }
                return (try? width.get()) ?? 0
            }
            let lines = breaker.lines(of: title)
            if let failure { throw failure }
            if maxLines == 4 || !(lines.last?.hasSuffix(" …") ?? false) { return (lines, size) }
        }
        return ([title], 64)
    }

    /// A picture as the template embeds it: a `data:` URL of a 128 × 128 PNG.
    private static func picture(_ data: Data?) throws(ImageError) -> String? {
        guard let data else { return nil }
        return "data:image/png;base64," + (try ImageCodec.icon(data, size: 128)).base64EncodedString()
    }
}
