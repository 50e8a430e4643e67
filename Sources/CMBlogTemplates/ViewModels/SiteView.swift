import CMBlogCore
import Foundation

/// The site as every template sees it (`site`): made once per language and shared by all
/// its pages; on a site with `languages:`, with that language's title, menu and list pages.
struct SiteView: TemplateParent, Sendable {
    let title: String
    let description: String
    let baseURL: String
    let homeURL: String
    let assetsPath: String
    /// The brand's `logo:`, shown in the header.
    let logo: String?
    let accent: String?
    let copyright: String
    let menu: [TitledLink]
    let archivesURL: String
    let categoriesURL: String
    let tagsURL: String
    let authorsURL: String
    let social: [LabelledLink]
    /// The icons made from the logo, as `<link>` tags name them.
    let icons: [IconLink]
    let manifestURL: String?
    /// The key that signs the manifest of the site's files, when the site has one.
    let siteKey: SiteKeyView?

    init(context: ViewContext) {
        let config = context.config, paths = config.paths
        let home = context.sources.homePath(context.sources.edition)
        func folder(_ name: String) -> String { context.link(home.appending(folder: name)) }
        title = config.title
        description = config.description
        baseURL = config.baseURL.absoluteString
        homeURL = context.link(home)
        assetsPath = config.basePath + "assets/"
        logo = config.logo.map(context.fileLink)
        accent = config.accentColor
        copyright = config.copyright ?? config.title
        menu = config.menu.map { TitledLink(title: $0.title, url: $0.url.hasPrefix("/") ? context.fileLink($0.url) : $0.url) }
        archivesURL = folder(paths.archives)
        categoriesURL = folder(paths.categories)
        tagsURL = folder(paths.tags)
        authorsURL = folder(paths.authors)
        social = config.social.map { LabelledLink(label: context.linkLabel($0), url: $0.url) }
        let hasIcons = SiteIcons.source(in: config) != nil
        icons = hasIcons ? SiteIcons.icons.compactMap { icon in
            icon.rel.map { IconLink(rel: $0, url: context.link(icon.path), sizes: "\(icon.size)x\(icon.size)") }
        } : []
        manifestURL = hasIcons ? context.link(SiteIcons.manifestPath) : nil
        siteKey = SiteKeyView(config: config)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "baseURL": baseURL
        case "homeURL": homeURL
        case "assetsPath": assetsPath
        case "logo": logo
        case "accent": accent
        case "copyright": copyright
        case "hasMenu": !menu.isEmpty
        case "menu": menu
        case "archivesURL": archivesURL
        case "categoriesURL": categoriesURL
        case "tagsURL": tagsURL
        case "authorsURL": authorsURL
        case "social": social
        case "hasSocial": !social.isEmpty
        case "icons": icons
        case "manifestURL": manifestURL
        case "siteKey": siteKey
        default: nil
        }
    }
}

/// A `<link>` to one of the site's icons.
struct IconLink: TemplateParent, Sendable {
    let rel: String
    let url: String
    let sizes: String

    func child(named name: String) -> Any? {
        switch name {
        case "rel": rel
        case "url": url
        case "sizes": sizes
        default: nil
        }
    }
}
