import CMBlogBuild
import CMBlogCore
import CMBlogTestSupport
import Foundation
import Testing

/// The CI files and scripts `cmblog new site --host` writes: valid YAML with the jobs and
/// steps that install a cached cmblog, keep the build cache, build, check, deploy and preview.
@Suite("Publishing files")
struct PublishingFilesTests {
    static let release = PublishingHost.Release(version: "1.2.0", source: "https://git.example.com/cmblog.git")

    func files(_ host: PublishingHost) -> [String: String] {
        let made = NewSite.make(title: "Atelier", language: "en", timeZone: TimeZone(identifier: "Europe/Paris")!, now: fixedNow,
                                host: host, release: Self.release)
        return Dictionary(uniqueKeysWithValues: made.map { ($0.path, $0.text) })
    }

    func yaml(_ text: String?, _ path: String) throws -> YAMLValue {
        try YAMLValue.parse(try #require(text, "missing \(path)"), path: path)
    }

    /// The steps of a GitHub job, as `uses` or `run` texts.
    func steps(_ job: YAMLValue?) throws -> [YAMLValue] { try #require(job?["steps"]?.sequence) }

    @Test("every host gets the install and publish scripts, and its own CI files", arguments: PublishingHost.allCases)
    func filesOfEachHost(host: PublishingHost) {
        let paths = Set(files(host).keys)
        #expect(paths.isSuperset(of: ["scripts/install-cmblog.sh", "scripts/publish.sh", ".gitignore"]))
        let expected: Set<String> = switch host {
        case .github: [".github/workflows/publish.yml"]
        case .gitlab: [".gitlab-ci.yml"]
        case .netlify: [".github/workflows/publish.yml", "netlify.toml"]
        case .cloudflare: [".github/workflows/publish.yml", "wrangler.toml"]
        }
        let ci: Set<String> = [".github/workflows/publish.yml", ".gitlab-ci.yml", "netlify.toml", "wrangler.toml"]
        #expect(paths.intersection(ci) == expected)
        #expect(files(host)[".gitignore"]!.contains("/.cmblog/cache/\n"))
        #expect(!files(host)[".gitignore"]!.contains("/.cmblog/\n"), "the social job commits .cmblog/websub.json")
    }

    @Test("the GitHub workflow runs on push, pull requests, a schedule and by hand, with the cmblog named once",
          arguments: [PublishingHost.github, .netlify, .cloudflare])
    func gitHubTriggers(host: PublishingHost) throws {
        let workflow = try yaml(files(host)[".github/workflows/publish.yml"], "publish.yml")
        let on = try #require(workflow["on"])
        #expect(on["push"]?["branches"]?.strings == ["main"])
        #expect(on["pull_request"] != nil && on["workflow_dispatch"] != nil)
        #expect(on["schedule"]?.sequence?.first?["cron"]?.string == "7 * * * *")
        #expect(workflow["env"]?["CMBLOG_VERSION"]?.string == "1.2.0")
        #expect(workflow["env"]?["CMBLOG_SOURCE"]?.string == "https://git.example.com/cmblog.git")
        let text = try #require(files(host)[".github/workflows/publish.yml"])
        #expect(text.components(separatedBy: "git.example.com").count == 2, "the source is named once")
    }

    @Test("the build job restores cmblog by version, builds it only on a miss, keeps the build cache, builds and checks",
          arguments: [PublishingHost.github, .netlify, .cloudflare])
    func gitHubBuild(host: PublishingHost) throws {
        let workflow = try yaml(files(host)[".github/workflows/publish.yml"], "publish.yml")
        let steps = try steps(workflow["jobs"]?["build"])
        let caches = steps.filter { $0["uses"]?.string == "actions/cache@v4" }
        #expect(caches.count == 2)
        let tool = try #require(caches.first { $0["id"]?.string == "cmblog" })
        #expect(tool["with"]?["key"]?.string?.contains("${{ env.CMBLOG_VERSION }}") == true)
        #expect(tool["with"]?["key"]?.string?.contains("${{ runner.arch }}") == true)
        let install = try #require(steps.first { $0["run"]?.string?.contains("install-cmblog.sh") == true })
        #expect(install["if"]?.string == "steps.cmblog.outputs.cache-hit != 'true'")
        #expect(caches.contains { $0["with"]?["path"]?.string?.contains(".cmblog/cache") == true })
        let run = steps.compactMap { $0["run"]?.string }.joined(separator: "\n")
        #expect(run.contains("cmblog build --drafts --future --output public"))
        #expect(run.contains("cmblog build --output public"))
        #expect(run.contains(#"if cmblog check --help 2>/dev/null | grep "cmblog check" >/dev/null; then cmblog check --output public --format github; fi"#))
        let build = try #require(steps.firstIndex { $0["name"]?.string == "Build the site" })
        #expect(steps.firstIndex { $0["name"]?.string == "Check the site" } == build + 1, "the check runs right after the build")
    }

    @Test("the backfeed job runs hourly and by hand, with cmblog, and proposes the new replies in one pull request at a time",
          arguments: [PublishingHost.github, .netlify, .cloudflare])
    func gitHubBackfeed(host: PublishingHost) throws {
        let job = try #require(try yaml(files(host)[".github/workflows/publish.yml"], "publish.yml")["jobs"]?["backfeed"])
        #expect(job["if"]?.string == "github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'")
        #expect(job["permissions"]?["contents"]?.string == "write" && job["permissions"]?["pull-requests"]?.string == "write")
        let steps = try steps(job)
        #expect(steps.contains { $0["run"]?.string?.contains("install-cmblog.sh") == true })
        let backfeed = try #require(steps.first { $0["run"]?.string == "cmblog backfeed" })
        #expect(backfeed["continue-on-error"]?.bool == true)
        #expect(backfeed["env"]?["MASTODON_TOKEN"]?.string == "${{ secrets.MASTODON_TOKEN }}")
        let proposal = try #require(steps.first { $0["uses"]?.string == "peter-evans/create-pull-request@v7" })
        #expect(proposal["with"]?["add-paths"]?.string == "comments/")
        #expect(proposal["with"]?["branch"]?.string == "cmblog/backfeed")
        let review = try #require(steps.first { $0["id"]?.string == "review" })
        #expect(review["run"]?.string?.contains("gh pr list --head cmblog/backfeed --state open") == true)
        #expect([backfeed, proposal].allSatisfy { $0["if"]?.string == "steps.review.outputs.open == '0'" })
    }

    @Test("GitHub Pages: a deploy job for main, the preview as an artifact")
    func gitHubPages() throws {
        let jobs = try #require(try yaml(files(.github)[".github/workflows/publish.yml"], "publish.yml")["jobs"])
        let deploy = try #require(jobs["deploy"])
        #expect(deploy["needs"]?.string == "build")
        #expect(deploy["if"]?.string == "github.event_name != 'pull_request'")
        #expect(try steps(deploy).contains { $0["uses"]?.string == "actions/deploy-pages@v4" })
        let uses = try steps(jobs["build"]).compactMap { $0["uses"]?.string }
        #expect(uses.contains("actions/upload-pages-artifact@v5") && uses.contains("actions/upload-artifact@v4"))
    }

    @Test("Netlify and Cloudflare deploy production from main and a preview from a pull request")
    func otherHosts() throws {
        let netlify = try steps(yaml(files(.netlify)[".github/workflows/publish.yml"], "publish.yml")["jobs"]?["build"])
        let deploy = try #require(netlify.last?["run"]?.string)
        #expect(deploy.contains("netlify-cli deploy --dir public --prod") && deploy.contains("--alias \"$ALIAS\""))
        #expect(files(.netlify)["netlify.toml"]!.contains("publish = \"public\""))
        let cloudflare = try steps(yaml(files(.cloudflare)[".github/workflows/publish.yml"], "publish.yml")["jobs"]?["build"])
        #expect(cloudflare.last?["uses"]?.string == "cloudflare/wrangler-action@v3")
        #expect(cloudflare.last?["with"]?["command"]?.string == "pages deploy public --branch=${{ github.head_ref || github.ref_name }}")
        #expect(files(.cloudflare)["wrangler.toml"]!.contains("name = \"atelier\""))
    }

    @Test("GitLab: Pages from the default branch, a preview for merge requests, cmblog and the build cache cached")
    func gitLab() throws {
        let pipeline = try yaml(files(.gitlab)[".gitlab-ci.yml"], ".gitlab-ci.yml")
        #expect(pipeline["variables"]?["CMBLOG_VERSION"]?.string == "1.2.0")
        let caches = try #require(pipeline["default"]?["cache"]?.sequence)
        #expect(caches.map { $0["key"]?.string } == ["cmblog-$CMBLOG_VERSION", "site-$CMBLOG_VERSION"])
        #expect(caches.flatMap { $0["paths"]?.strings ?? [] } == [".cmblog/tools/", ".cmblog/cache/", "public/"])
        #expect(pipeline["default"]?["before_script"]?.strings?.first == "bash scripts/install-cmblog.sh")
        let pages = try #require(pipeline["pages"])
        #expect(pages["script"]?.strings?.first == "cmblog build --output public")
        #expect(pages["artifacts"]?["paths"]?.strings == ["public"])
        #expect(pages["rules"]?.sequence?.first?["if"]?.string == "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")
        let preview = try #require(pipeline["preview"])
        #expect(preview["script"]?.strings?.first == "cmblog build --drafts --future --output public")
        #expect(preview["rules"]?.sequence?.first?["if"]?.string == "$CI_PIPELINE_SOURCE == \"merge_request_event\"")
    }

    @Test("a title, source or version with quotes and backslashes is written as a YAML string that reads back as given")
    func escapedValues() throws {
        let odd = PublishingHost.Release(version: #"v1"x\"#, source: #"https://x" ; rm -rf / #"#)
        let made = NewSite.make(title: #"C:\blog "carnet""#, language: "fr", timeZone: TimeZone(identifier: "UTC")!, now: fixedNow, release: odd)
        func parsed(_ path: String) throws -> YAMLValue {
            try YAMLValue.parse(try #require(made.first { $0.path == path }?.text), path: path)
        }
        #expect(try parsed("cmblog.yml")["title"]?.string == #"C:\blog "carnet""#)
        #expect(try parsed(".github/workflows/publish.yml")["env"]?["CMBLOG_SOURCE"]?.string == odd.source)
        #expect(try parsed(".github/workflows/publish.yml")["env"]?["CMBLOG_VERSION"]?.string == odd.version)
    }

    @Test("without a source, the CI file says it is required, and the install script stops with that message")
    func missingSource() throws {
        let made = NewSite.make(title: "A", language: "en", timeZone: TimeZone(identifier: "UTC")!, now: fixedNow)
        let workflow = try #require(made.first { $0.path == ".github/workflows/publish.yml" }?.text)
        #expect(try YAMLValue.parse(workflow, path: "publish.yml")["env"]?["CMBLOG_SOURCE"]?.string == "")
        #expect(workflow.contains("CMBLOG_SOURCE: \"\"  # required: the git URL of cmblog's source"))
        #expect(workflow.contains("CMBLOG_VERSION: \"\(CMBlogVersion.current)\""))
        let site = try writeScripts()
        let result = try Subprocess.run(bash, ["scripts/install-cmblog.sh"], in: site, environment: ["CMBLOG_VERSION": "1.2.0", "CMBLOG_SOURCE": ""])
        #expect(result.status != 0)
        #expect(result.error.contains("set CMBLOG_SOURCE (the git URL of cmblog) at the top of your CI file"))
    }

    let bash = URL(fileURLWithPath: "/bin/bash")

    /// A folder holding the two scripts, as `cmblog new site` writes them.
    func writeScripts() throws -> URL {
        let folder = try temporaryFolder()
        try Scaffold.write(files(.github).filter { $0.key.hasPrefix("scripts/") }.map { Scaffold.File(path: $0.key, text: $0.value) }, into: folder)
        return folder
    }

    @Test("the scripts are valid bash", arguments: ["scripts/install-cmblog.sh", "scripts/publish.sh"])
    func bashSyntax(path: String) throws {
        let site = try writeScripts()
        let result = try Subprocess.run(bash, ["-n", path], in: site)
        #expect(result.status == 0, "\(result.error)")
    }

    /// An executable `cmblog` in `folder` that runs `script`.
    func fakeCmblog(in folder: URL, script: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appending(path: "cmblog")
        try Data("#!/bin/sh\n\(script)\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    }

    @Test("the install script keeps a working copy of the version instead of building it again")
    func installCached() throws {
        let site = try writeScripts()
        try fakeCmblog(in: site.appending(path: ".cmblog/tools/1.2.0/bin"), script: "echo 1.2.0")
        let result = try Subprocess.run(bash, ["scripts/install-cmblog.sh"], in: site,
                                        environment: ["CMBLOG_VERSION": "1.2.0", "CMBLOG_SOURCE": "/nowhere"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "cmblog 1.2.0 is installed: .cmblog/tools/1.2.0/bin/cmblog\n")
    }

    @Test("the publish script builds a preview with drafts and future posts, and checks the site")
    func publishPreview() throws {
        let site = try writeScripts()
        let bin = site.appending(path: "fake-bin")
        try fakeCmblog(in: bin, script: "echo \"cmblog $*\" >> \"$CALLS\"; if [ \"$1 $2\" = \"check --help\" ]; then echo \"USAGE: cmblog check [--source <source>]\"; fi")
        let calls = site.appending(path: "calls.txt")
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try Subprocess.run(bash, ["scripts/publish.sh", "--preview"], in: site, environment: ["PATH": path, "CALLS": calls.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(try String(contentsOf: calls, encoding: .utf8) == "cmblog build --output public --drafts --future\ncmblog check --help\ncmblog check --output public\n")
        // A cmblog without `check` answers `check --help` with its general help, and exit status 0.
        try FileManager.default.removeItem(at: calls)
        try fakeCmblog(in: bin, script: "echo \"cmblog $*\" >> \"$CALLS\"; if [ \"$1\" = check ]; then if [ \"$2\" = --help ]; then echo \"USAGE: cmblog <subcommand>\"; exit 0; fi; exit 2; fi")
        let older = try Subprocess.run(bash, ["scripts/publish.sh", "--preview"], in: site, environment: ["PATH": path, "CALLS": calls.path])
        #expect(older.status == 0, "\(older.error)")
        #expect(try String(contentsOf: calls, encoding: .utf8) == "cmblog build --output public --drafts --future\ncmblog check --help\n")
        #expect(try Subprocess.run(bash, ["scripts/publish.sh", "--other"], in: site, environment: ["PATH": path, "CALLS": calls.path]).status == 2)
    }
}
