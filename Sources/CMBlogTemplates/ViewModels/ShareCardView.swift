import CMBlogCore

/// The fields of the share card template (`share-card.svg.mustache`); see docs/templates.md.
struct ShareCardView: TemplateParent {
    let content: ShareCardContent

    /// One line of the title, with the baseline it is drawn at: the lines are centred as a
    /// block on the card's middle.
    struct Line: TemplateParent {
        let text: String
        let y: Int

        func child(named field: String) -> Any? {
            switch field {
            case "text": text
            case "y": y
            default: nil
            }
        }
    }

    /// An author, with where their picture sits (pictures overlap by a quarter).
    struct Person: TemplateParent {
        let person: ShareCardContent.Person
        let x: Int

        func child(named field: String) -> Any? {
            switch field {
            case "name": person.name
            case "picture": person.picture
            case "initials": InitialsAvatar.initials(of: person.name)
            case "x": x
            default: nil
            }
        }
    }

    func child(named field: String) -> Any? {
        switch field {
        case "title": content.title
        case "lines": lines
        case "fontSize": content.fontSize
        case "authors": content.authors.enumerated().map { Person(person: $0.element, x: 112 + $0.offset * 72) }
        case "authorNames": content.authors.map(\.name).joined(separator: ", ")
        case "namesX": 112 + max(0, content.authors.count - 1) * 72 + 64
        case "siteName": content.siteName
        case "logo": content.logo
        case "accent": content.accent ?? InitialsAvatar.defaultColor
        case "lang": content.language
        case "width": GeneratedCard.size.width
        case "height": GeneratedCard.size.height
        default: nil
        }
    }

    private var lines: [Line] {
        let lineHeight = content.fontSize * 6 / 5
        let top = 290 - content.titleLines.count * lineHeight / 2
        return content.titleLines.enumerated().map { Line(text: $0.element, y: top + $0.offset * lineHeight + content.fontSize) }
    }
}
