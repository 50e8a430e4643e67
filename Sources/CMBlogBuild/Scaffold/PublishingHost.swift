import CMBlogCore

/// Where a new site is published, and the CI files `cmblog new site --host` writes for it.
///
/// Every host gets `scripts/install-cmblog.sh` (builds cmblog once per version, for CI to
/// cache) and `scripts/publish.sh` (build, then rsync, for any host); each also gets the CI
/// file that builds on every push, on a schedule (for posts dated in the future) and, for
/// pull requests, a preview with drafts and future posts.
public enum PublishingHost: String, Sendable, CaseIterable {
    /// GitHub Pages, from GitHub Actions; previews are a downloadable artifact.
    case github
    /// GitLab Pages, from GitLab CI; previews are a browsable artifact of the merge request.
    case gitlab
    /// Netlify, deployed from GitHub Actions; previews are deploy previews.
    case netlify
    /// Cloudflare Pages, deployed from GitHub Actions; previews are branch deployments.
    case cloudflare

    /// The cmblog a site's CI builds with: a tag (or branch) of a git repository.
    public struct Release: Sendable, Equatable {
        /// The tag or branch to build (`CMBLOG_VERSION`).
        public var version: String
        /// The git URL of cmblog's source (`CMBLOG_SOURCE`); empty until the site's owner sets it.
        public var source: String

        public init(version: String = CMBlogVersion.current, source: String = "") {
            self.version = version
            self.source = source
        }
    }

    /// The CI and script files for this host.
    public func files(release: Release, siteName: String) -> [Scaffold.File] {
        var files = [
            Scaffold.File(path: PublishScripts.installPath, text: PublishScripts.install, isExecutable: true),
            Scaffold.File(path: PublishScripts.publishPath, text: PublishScripts.publish, isExecutable: true),
        ]
        switch self {
        case .github, .netlify, .cloudflare:
            files.append(.init(path: GitHubWorkflow.path, text: GitHubWorkflow(host: self, release: release).text))
        case .gitlab:
            files.append(.init(path: GitLabPipeline.path, text: GitLabPipeline(release: release).text))
        }
        switch self {
        case .netlify: files.append(.init(path: "netlify.toml", text: Self.netlifySettings))
        case .cloudflare: files.append(.init(path: "wrangler.toml", text: Self.cloudflareSettings(project: siteName)))
        case .github, .gitlab: break
        }
        return files
    }

    /// `netlify.toml`: the folder to serve. CI builds and deploys; Netlify itself builds nothing.
    static let netlifySettings = """
        # Netlify serves the folder that .github/workflows/publish.yml builds and deploys with
        # `netlify deploy`. In the Netlify site's settings, turn builds off ("Stop builds"): its
        # build image has no Swift, and CI already built the site.
        [build]
          publish = "public"

        """

    /// `wrangler.toml`: the Cloudflare Pages project and the folder it serves.
    static func cloudflareSettings(project: String) -> String {
        """
        # The Cloudflare Pages project .github/workflows/publish.yml deploys to with
        # `wrangler pages deploy`. Create it once (`npx wrangler pages project create \(project)`,
        # production branch `main`); other branches become preview deployments.
        name = "\(project)"
        pages_build_output_dir = "public"

        """
    }
}
