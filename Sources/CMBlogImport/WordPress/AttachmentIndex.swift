/// The export's attachments (uploaded files) by id: what a featured image or a gallery names.
struct AttachmentIndex {
    /// One uploaded file as the media library described it.
    struct Attachment {
        var id: String
        /// The file's address on the old site (`wp:attachment_url`).
        var url: String
        /// Its text alternative (`_wp_attachment_image_alt`), plain text.
        var alt: String
        /// Its caption (the attachment's excerpt), plain text.
        var caption: String
        /// The post it was uploaded to.
        var parentID: String?
    }

    private var byID: [String: Attachment] = [:]

    init(_ items: [WXRExport.Item]) {
        for item in items where item.type == "attachment" && !item.postID.isEmpty {
            guard let url = item.attachmentURL else { continue }
            byID[item.postID] = Attachment(
                id: item.postID, url: url, alt: StoredText.plain(item.meta["_wp_attachment_image_alt"] ?? ""),
                caption: StoredText.plain(item.excerpt), parentID: item.parentID)
        }
    }

    func attachment(_ id: String) -> Attachment? { byID[id.trimmed] }

    /// The files uploaded to post `postID`, in upload order (by id): what `[gallery]` without
    /// `ids` shows.
    func attached(to postID: String) -> [Attachment] {
        byID.values.filter { $0.parentID == postID }.sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
    }
}
