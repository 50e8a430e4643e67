import CMBlogContent
import CMBlogCore
import CMBlogFeeds
import CMBlogManifest
import CMBlogSigning
import CMBlogTemplates
import Foundation

/// Decides every file of the site and where it goes: the pages of each kind with their
/// pagination, redirects for old URLs, sitemap, robots.txt, theme assets and static files.
///
/// Two things claiming one URL is an error naming both.
struct RenderPlan {
    let site: Site
    let theme: Theme
    let sourceRoot: URL
    let commentFeeds: CommentFeeds
    /// The copies of images and the icons, made by the images stage.
    let imageJobs: [RenderJob]

    func makeJobs() -> ([RenderJob], [Diagnostic]) {
        let (siteKey, siteKeyProblems) = siteKeyJobs()
        var jobs = listJobs() + entryJobs() + generatedJobs() + feedJobs() + commentFeedJobs() + authorFileJobs() + signatureJobs() + imageJobs + shareCardJobs()
            + siteKey
        let redirects = redirectRules()
        jobs += aliasJobs(redirects)
        let (files, fileProblems) = fileJobs(redirects: redirects)
        jobs += files
        let sitemapURLs = jobs.filter(\.inSitemap).map { job in
            let alternates = if case .page(let kind) = job.work { kind.translations(in: site) } else { [Translation]() }
            return SitemapURL(path: job.path.canonical, lastModified: job.lastModified, alternates: alternates)
        }
            .sorted { $0.path < $1.path }
        jobs.append(RenderJob(path: .root.appending(file: "sitemap.xml"), work: .page(.sitemap(sitemapURLs)), origin: generated("sitemap")))
        return (jobs, siteKeyProblems + fileProblems + OutputClaims.problems(in: manifestClaims() + jobs) + redirectTargetProblems(in: jobs))
    }

    /// The site key (`site_key:`), published beside the manifest as a minisign `.pub` file;
    /// an error at its line when it is not a minisign public key.
    private func siteKeyJobs() -> ([RenderJob], [Diagnostic]) {
        guard let setting = config.siteKey else { return ([], []) }
        let origin = SourceLocation(path: SiteConfig.fileName, line: setting.line)
        do {
            let key = try MinisignPublicKey(text: setting.value)
            return ([RenderJob(path: Self.sitePath(ManifestFiles(config).publicKey), work: .text(key.fileText), origin: origin)], [])
        } catch {
            return ([], [Diagnostic(.error, at: origin, "`site_key` is not a minisign public key: \(error); `cmblog keygen --site` writes it")])
        }
    }

    /// The manifest and its signature, which the build writes after every other file: they
    /// claim their URLs first, so a file of the site that would take their place is refused.
    private func manifestClaims() -> [RenderJob] {
        let files = ManifestFiles(config)
        return [files.manifest, files.signature].map { RenderJob(path: Self.sitePath($0), work: .text(""), origin: generated("manifest")) }
    }

    /// The site path of a file of `ManifestFiles`, which derive from the valid `manifest:` path.
    static func sitePath(_ file: String) -> SitePath {
        try! SitePath(file: "/" + file)
    }

    private var config: SiteConfig { site.config }

    private func generated(_ what: String) -> SourceLocation { SourceLocation(path: "(generated \(what))") }

    private func paginated(_ items: [Int], at base: SitePath, what: String, _ kind: (ListPage) -> PageKind) -> [RenderJob] {
        Paginator.pages(of: items, perPage: config.paginate, at: base, pageFolder: config.paths.page).map { page in
            RenderJob(path: page.url, work: .page(kind(page)), origin: generated(what), inSitemap: true)
        }
    }

    /// The lists and indexes of every language, each under its prefix; a root that belongs to
    /// no language (the default one has a prefix) gets a redirect to the default home page.
    private func listJobs() -> [RenderJob] {
        var jobs = config.siteLanguages.flatMap(listJobs(in:))
        if config.prefix(of: config.language) != .root {
            jobs.append(RenderJob(path: .root, work: .page(.alias(target: config.prefix(of: config.language), language: config.language)),
                                  origin: SourceLocation(path: SiteConfig.fileName, line: config.languages.first?.line ?? 1)))
        }
        return jobs
    }

    private func listJobs(in language: String) -> [RenderJob] {
        let paths = config.paths, prefix = config.prefix(of: language)
        var jobs = paginated(site.homePostIndexes(in: language), at: prefix, what: "home page") { .home($0, language: language) }
        for term in site.categories + site.tags where term.language == language {
            jobs += paginated(term.postIndexes, at: term.url, what: "\(term.taxonomy.rawValue) page") { .term(term, $0) }
        }
        for year in site.years where year.language == language {
            jobs += paginated(year.postIndexes, at: year.url, what: "archive page") { .year(year, $0) }
        }
        for author in site.sortedAuthors {
            jobs += paginated(site.postIndexes(by: author.id, in: language), at: site.authorPath(author.id, in: language), what: "author page") {
                .author(author, $0, language: language)
            }
        }
        let indexes: [(String, PageKind)] = [
            (paths.categories, .termIndex(.category, language: language)), (paths.tags, .termIndex(.tag, language: language)),
            (paths.archives, .yearIndex(language: language)), (paths.authors, .authorIndex(language: language)),
        ]
        jobs += indexes.map { folder, kind in
            RenderJob(path: prefix.appending(folder: folder), work: .page(kind), origin: generated("index page"), inSitemap: true)
        }
        jobs += [RenderJob(path: prefix.appending(file: "404.html"), work: .page(.notFound(language: language)), origin: generated("404 page"))]
        return jobs
    }

    /// Where an entry's URL was decided: its `permalink:`, or its file.
    private func origin(_ entry: Entry) -> SourceLocation {
        entry.permalinkOverride != nil ? entry.location(of: "permalink") : SourceLocation(path: entry.sourcePath, line: 1, column: 1)
    }

    private func entryJobs() -> [RenderJob] {
        let posts = site.posts.indices.map { index in
            let entry = site.posts[index].entry
            return RenderJob(path: site.posts[index].url, work: .page(.post(index)), origin: origin(entry),
                             lastModified: entry.updated ?? entry.date, inSitemap: !site.posts[index].isPreviewOnly)
        }
        let pages = site.pages.indices.map { index in
            let entry = site.pages[index].entry
            return RenderJob(path: site.pages[index].url, work: .page(.page(index)), origin: origin(entry),
                             lastModified: entry.updated ?? entry.date, inSitemap: !site.pages[index].isPreviewOnly)
        }
        return posts + pages
    }

    private func generatedJobs() -> [RenderJob] {
        var jobs = [
            RenderJob(path: .root.appending(file: "robots.txt"), work: .page(.robots), origin: generated("robots.txt")),
        ]
        if config.share.contains(.mastodon) {
            jobs += config.siteLanguages.map { language in
                RenderJob(path: PageKind.mastodonSharePath(under: config.prefix(of: language)), work: .page(.mastodonShare(language: language)),
                          origin: generated("Mastodon share page"))
            }
        }
        if let did = config.atprotoDID {
            let path = SitePath.root.appending(folder: ".well-known").appending(file: "atproto-did")
            jobs.append(RenderJob(path: path, work: .text(did), origin: SourceLocation(path: SiteConfig.fileName)))
        }
        return jobs
    }

    /// A share card for each post and page without an `image:`, beside it.
    private func shareCardJobs() -> [RenderJob] {
        guard config.shareCards.enabled else { return [] }
        let posts = site.posts.indices.filter { site.posts[$0].entry.image == nil }.map { index in
            RenderJob(path: GeneratedCard.path(forPage: site.posts[index].url), work: .shareCard(.post(index)), origin: origin(site.posts[index].entry))
        }
        let pages = site.pages.indices.filter { site.pages[$0].entry.image == nil }.map { index in
            RenderJob(path: GeneratedCard.path(forPage: site.pages[index].url), work: .shareCard(.page(index)), origin: origin(site.pages[index].entry))
        }
        return posts + pages
    }

    /// Atom feeds of each conversation and of the site's recent comments.
    private func commentFeedJobs() -> [RenderJob] {
        commentFeeds.scopes.map { scope in
            let origin = switch scope {
            case .entry(let entry): origin(entry.entry)
            case .recent: generated("comment feed")
            }
            return RenderJob(path: commentFeeds.path(of: scope), work: .commentFeed(scope), origin: origin)
        }
    }

    /// Feeds for the site and for each author, category and tag, in the formats of each scope.
    private func feedJobs() -> [RenderJob] {
        let feeds = SiteFeeds(site: site)
        return feeds.scopes.flatMap { scope in
            feeds.formats(of: scope).map { format in
                RenderJob(path: feeds.path(of: scope, format: format), work: .feed(scope, format), origin: generated("\(format.rawValue) feed"))
            }
        }
    }

    /// Each author's public key (`minisign.pub`) and, for those without a photo, their initials.
    private func authorFileJobs() -> [RenderJob] {
        site.sortedAuthors.flatMap { author -> [RenderJob] in
            var jobs: [RenderJob] = []
            if let key = author.key.flatMap({ try? MinisignPublicKey(text: $0) }) {
                jobs.append(RenderJob(path: site.authorKeyPath(author.id), work: .text(key.fileText), origin: author.location(of: "key")))
            }
            if author.avatar == nil {
                let svg = InitialsAvatar.svg(name: author.name, color: config.accentColor)
                jobs.append(RenderJob(path: site.generatedAvatarPath(author.id), work: .text(svg), origin: SourceLocation(path: author.sourcePath)))
            }
            return jobs
        }
    }

    /// The signed source and signature of each verified entry, and the manifest listing them.
    private func signatureJobs() -> [RenderJob] {
        let signed = (site.posts + site.pages).compactMap { resolved in
            resolved.signerID.flatMap { signer in resolved.entry.signedSource.map { (resolved, signer, $0) } }
        }
        guard !signed.isEmpty else { return [] }
        var items: [SignatureManifest.Item] = []
        var jobs: [RenderJob] = []
        for (resolved, signer, source) in signed {
            let sourcePath = resolved.signedSourcePath
            let signaturePath = resolved.publishedSignaturePath
            jobs.append(RenderJob(path: sourcePath, work: .bytes(source.bytes), origin: SourceLocation(path: resolved.entry.sourcePath)))
            jobs.append(RenderJob(path: signaturePath, work: .text(source.signatureText), origin: SourceLocation(path: source.signaturePath)))
            items.append(.init(url: resolved.url.value, source: sourcePath.value, signature: signaturePath.value,
                               author: signer, key: site.authorKeyPath(signer).value))
        }
        let manifest = SignatureManifest(posts: items.sorted { $0.url < $1.url })
        jobs.append(RenderJob(path: .root.appending(file: SignatureManifest.path), work: .text(manifest.text()), origin: generated("signature list")))
        return jobs
    }

    /// A redirect for an old URL: its rule, where it was asked for and the language of its page.
    struct OldURLRedirect {
        let rule: RedirectRules.Rule
        let origin: SourceLocation
        let language: String
    }

    /// The `aliases:` of every entry, then the lines of `redirects.yml`.
    private func redirectRules() -> [OldURLRedirect] {
        let aliases = (site.posts + site.pages).flatMap { resolved in
            let entry = resolved.entry
            let origin = entry.location(of: entry.keyLines["aliases"] != nil ? "aliases" : "redirect_from")
            return entry.aliases.map { OldURLRedirect(rule: RedirectRules.Rule(from: $0, to: resolved.url), origin: origin, language: site.language(of: resolved)) }
        }
        let listed = site.redirects.map { OldURLRedirect(rule: RedirectRules.Rule(from: $0.from, to: $0.to), origin: $0.location, language: config.language) }
        return aliases + listed
    }

    /// An HTML page at each old URL without a query (a static host cannot serve a query).
    private func aliasJobs(_ redirects: [OldURLRedirect]) -> [RenderJob] {
        redirects.filter { !$0.rule.from.value.contains("?") }.map { redirect in
            RenderJob(path: redirect.rule.from, work: .page(.alias(target: redirect.rule.to, language: redirect.language)), origin: redirect.origin)
        }
    }

    /// A warning for each line of `redirects.yml` that leads to no file of the site.
    private func redirectTargetProblems(in jobs: [RenderJob]) -> [Diagnostic] {
        let files = Set(jobs.map(\.path.outputFile))
        // A target's `#fragment` names a place in its page, not another file.
        func page(of target: SitePath) -> String {
            guard let hash = target.value.firstIndex(of: "#") else { return target.outputFile }
            return (try? SitePath(validating: String(target.value[..<hash])))?.outputFile ?? target.outputFile
        }
        return site.redirects.filter { !files.contains(page(of: $0.to)) }.map {
            Diagnostic(.warning, at: $0.location, "\($0.to.value) is not a page or file of this site: this redirect leads nowhere")
        }
    }

    /// Theme assets, static files, and the redirect files (after any `_redirects` or
    /// `.htaccess` the site keeps in `static/`, so its own rules come first), which also send
    /// the requests for missing pages under a language's prefix to its 404 page.
    private func fileJobs(redirects: [OldURLRedirect]) -> ([RenderJob], [Diagnostic]) {
        var jobs: [RenderJob] = []
        var diagnostics: [Diagnostic] = []
        let statics = Set(site.staticFiles)
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) where !statics.contains("assets/" + path) {
            jobs.append(RenderJob(path: .root.appending(folder: "assets").appending(file: path), work: .bytes(data), origin: generated("theme asset")))
        }
        let rules = redirects.map(\.rule)
        let notFound = (netlify: RedirectRules.netlifyNotFound(config), apache: RedirectRules.apacheNotFound(config))
        let redirectFiles = rules.isEmpty && notFound.netlify.isEmpty ? [:] : [
            "_redirects": [rules.isEmpty ? "" : RedirectRules.netlify(rules, config: config), notFound.netlify].filter { !$0.isEmpty }.joined(separator: "\n"),
            ".htaccess": [rules.isEmpty ? "" : RedirectRules.apache(rules, config: config), notFound.apache].filter { !$0.isEmpty }.joined(separator: "\n"),
        ]
        let staticFolder = sourceRoot.appending(path: ContentLoader.Folder.statics)
        for file in site.staticFiles where redirectFiles[file] == nil {
            do {
                let path = try SitePath(file: file)
                jobs.append(RenderJob(path: path, work: .copy(staticFolder.appending(path: file)), origin: SourceLocation(path: "static/\(file)")))
            } catch {
                diagnostics.append(.error("this file name cannot be published at a URL: \(error); rename the file", path: "static/\(file)"))
            }
        }
        for (name, rules) in redirectFiles.sorted(by: { $0.key < $1.key }) {
            var text = rules
            if statics.contains(name) {
                do {
                    let own = try SourceText.decode(Data(contentsOf: staticFolder.appending(path: name)), path: "static/\(name)")
                    text = own + (own.hasSuffix("\n") ? "\n" : "\n\n") + rules
                } catch let error as DiagnosticError {
                    diagnostics += error.diagnostics
                } catch {
                    diagnostics.append(.error("cannot read it to add the redirects of `aliases:` and redirects.yml after its own rules: \(error)", path: "static/\(name)"))
                }
            }
            jobs.append(RenderJob(path: .root.appending(file: name), work: .text(text), origin: generated(name)))
        }
        return (jobs, diagnostics)
    }
}
