import CMBlogContent

/// An author as bylines show them (items of `post.authors`): name, page, role, photo, and
/// the separator that follows ("A, B and C").
struct BylineAuthorView: TemplateParent {
    let id: String
    let name: String
    let url: String
    let role: String?
    let avatar: String
    /// Empty after the last one.
    let separator: String

    /// The authors of `ids` that exist, in order.
    static func list(_ ids: [String], context: ViewContext) -> [BylineAuthorView] {
        let authors = ids.compactMap { context.sources.author($0) }
        return authors.enumerated().map { index, author in
            BylineAuthorView(
                id: author.id, name: author.name, url: context.authorLink(author.id), role: author.role,
                avatar: context.avatarLink(author), separator: context.listSeparator(after: index, count: authors.count))
        }
    }

    func child(named field: String) -> Any? {
        switch field {
        case "id": id
        case "name": name
        case "url": url
        case "role": role
        case "avatar": avatar
        case "separator": separator.isEmpty ? nil : separator
        default: nil
        }
    }
}
