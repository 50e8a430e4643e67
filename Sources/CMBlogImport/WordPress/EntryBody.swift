import CMBlogCore

/// The body of a post or page as readers saw it on WordPress, made static HTML: block-editor
/// markers out, footnotes listed, media shortcodes and embedded addresses made plain HTML,
/// `[caption]` a figure, links to the old site's uploads root-relative. What a static page
/// cannot show is counted in the report.
struct EntryBody {
    let attachments: AttachmentIndex
    let siteURL: String
    let exportPath: String

    /// The HTML of `item`'s `content` (already repaired).
    func html(of item: WXRExport.Item, content: String, report: inout ImportReport) -> String {
        let blocks = GutenbergBlocks.strip(content)
        report.dynamicBlocks.merge(blocks.dynamicBlocks, uniquingKeysWith: +)
        let footnoted = GutenbergFootnotes.place(footnotes(of: item, report: &report), in: blocks.html)
        let media = MediaShortcodes.convert(footnoted, attachments: attachments, postID: item.postID)
        for (name, count) in media.converted { report.converted["[\(name)]", default: 0] += count }
        if !media.missingAttachments.isEmpty {
            report.warnings.append(.warning("a gallery of item \(item.postID) names images the export does not have (\(media.missingAttachments.joined(separator: ", "))); they were left out", path: exportPath, line: item.line))
        }
        let cards = LinkCard.cardsForAddressLines(in: media.html)
        if cards.count > 0 { report.converted["addresses alone on a line (embeds)", default: 0] += cards.count }
        let captions = WordPressShortcodes.convert(cards.html)
        report.shortcodes.merge(captions.others, uniquingKeysWith: +)
        report.media.formUnion(MediaReferences.uploads(in: captions.body))
        return MediaReferences.rootRelativeUploads(in: captions.body, siteURL: siteURL)
    }

    /// The notes of the item's `footnotes` meta; none, with a warning, when it cannot be read.
    private func footnotes(of item: WXRExport.Item, report: inout ImportReport) -> [GutenbergFootnotes.Note] {
        guard let json = item.meta["footnotes"]?.trimmed.nonEmpty else { return [] }
        do {
            let notes = try GutenbergFootnotes.notes(fromMeta: json)
            if !notes.isEmpty { report.converted["footnote lists", default: 0] += 1 }
            return notes
        } catch {
            report.warnings.append(.warning("the `footnotes` meta of item \(item.postID) is not WordPress's JSON list of notes; its footnotes were left out", path: exportPath, line: item.line))
            return []
        }
    }
}
