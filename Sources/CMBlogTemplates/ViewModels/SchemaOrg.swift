import CMBlogComments
import CMBlogContent
import CMBlogCore

/// schema.org values shared by the JSON-LD of several pages.
extension ViewContext {
    /// An author as a schema.org `Person`.
    func person(_ author: Author) -> JSONLD {
        .members([
            "@type": .string("Person"),
            "name": .string(author.name),
            "url": .string(absolute(sources.authorPath(author.id))),
            "image": .string(absoluteFileURL(avatarLink(author))),
            "jobTitle": author.role.map(JSONLD.string),
            "sameAs": author.links.isEmpty ? nil : .array(author.links.map { .string($0.url) }),
        ])
    }

    /// The brand as the `Organization` that publishes every post, with its logo.
    func publisher() -> JSONLD {
        var organization: [String: JSONLD?] = ["@type": .string("Organization"), "name": .string(config.title), "url": .string(absolute(.root))]
        if let logo = shareImage(config.logo ?? config.image, alt: nil) {
            organization["logo"] = .members([
                "@type": .string("ImageObject"), "url": .string(logo.url),
                "width": logo.size.map { .int($0.width) }, "height": logo.size.map { .int($0.height) },
            ])
        }
        if !config.social.isEmpty { organization["sameAs"] = .array(config.social.map { .string($0.url) }) }
        return .members(organization)
    }

    /// A `BreadcrumbList` of the pages from the home page down to this one.
    func breadcrumbs(_ trail: [(name: String, path: SitePath)]) -> JSONLD {
        .object([
            "@context": .string("https://schema.org"),
            "@type": .string("BreadcrumbList"),
            "itemListElement": .array(trail.enumerated().map { index, step in
                .object(["@type": .string("ListItem"), "position": .int(index + 1), "name": .string(step.name), "item": .string(absolute(step.path))])
            }),
        ])
    }

    /// A post as a `BlogPosting`, a page as a `WebPage`, with the number of its comments.
    func posting(_ resolved: ResolvedEntry, image: ShareCard.Image?) -> JSONLD {
        let entry = resolved.entry
        let authors = entry.authorIDs.compactMap { sources.author($0) }
        let commentCount = sources.thread(of: resolved)?.commentCount ?? 0
        return .members([
            "@context": .string("https://schema.org"),
            "@type": .string(entry.kind == .post ? "BlogPosting" : "WebPage"),
            "headline": .string(entry.title),
            "url": .string(absolute(resolved.url)),
            "mainEntityOfPage": .string(absolute(resolved.url)),
            "inLanguage": .string(sources.language(of: resolved)),
            "description": .string(description(of: entry)),
            "datePublished": entry.date.map { .string(dateISO($0)) },
            "dateModified": (entry.updated ?? entry.date).map { .string(dateISO($0)) },
            "image": image.map { .string($0.url) },
            "keywords": entry.tags.isEmpty ? nil : .string(entry.tags.joined(separator: ", ")),
            "author": authors.isEmpty || entry.kind == .page ? nil : .array(authors.map(person)),
            "publisher": publisher(),
            "commentCount": commentCount > 0 ? .int(commentCount) : nil,
        ])
    }
}
