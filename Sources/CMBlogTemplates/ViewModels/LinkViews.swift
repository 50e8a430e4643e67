
/// A link by its text: `title` and `url` (the newer and older posts, the 404 page's recent posts).
struct TitledLink: TemplateParent, Sendable {
    let title: String
    let url: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}

/// A link by its name: `name` and `url` (a term, a successor).
struct NamedLink: TemplateParent {
    let name: String
    let url: String

    func child(named field: String) -> Any? {
        switch field {
        case "name": name
        case "url": url
        default: nil
        }
    }
}

/// A link by its label: `label` and `url` (profiles, share links, copies on networks), with
/// the `network` it shares to and the `separator` that follows it in a sentence, if any.
struct LabelledLink: TemplateParent, Sendable {
    let label: String
    let url: String
    var network: String?
    var separator: String?

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "url": url
        case "network": network
        case "separator": separator
        default: nil
        }
    }
}

/// A `<meta>` tag of a share card: `property` (Open Graph) or `name` (Twitter), and `content`.
struct MetaTag: TemplateParent {
    /// `property` or `name`.
    let attribute: String
    let name: String
    let content: String

    func child(named field: String) -> Any? {
        switch field {
        case attribute: name
        case "content": content
        default: nil
        }
    }
}

/// A feed a page announces with `<link rel="alternate">`: `type`, `title`, `url`.
struct FeedLink: TemplateParent {
    let type: String
    let title: String
    let url: String

    func child(named name: String) -> Any? {
        switch name {
        case "type": type
        case "title": title
        case "url": url
        default: nil
        }
    }
}
