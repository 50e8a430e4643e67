import ArgumentParser
import CMBlogCore
import CMBlogSyndication
import Foundation

/// `cmblog syndicate`: prints the social copies of recent posts, and with `--publish` posts them.
struct SyndicateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syndicate",
        abstract: "Write the social copies of new posts; with --publish, post them and record where they went.",
        discussion: """
            Networks and their accounts are set under `syndication:` in cmblog.yml. Without --publish nothing is sent: \
            each copy is printed with its length. With --publish, copies go to Mastodon (token in MASTODON_TOKEN) and \
            Bluesky (app password in BLUESKY_APP_PASSWORD), and their URLs are added to each post's `syndication:` list. \
            LinkedIn and X copies are printed for posting by hand.
            """
    )

    @OptionGroup var repository: SourceOption

    @Option(name: .long, help: ArgumentHelp("Syndicate this post (by slug), whatever its date; repeatable.", valueName: "slug"))
    var post: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only this network (mastodon, bluesky, linkedin, x); repeatable.", valueName: "network"))
    var network: [String] = []

    @Flag(help: "Post the copies. Without it, the copies are only printed.")
    var publish = false

    @Flag(name: .customLong("dry-run"), help: "Only print the copies (the default).")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if publish && dryRun { throw ValidationError("--publish and --dry-run cannot be used together") }
        for name in network where SocialNetwork(rawValue: name) == nil {
            throw ValidationError("unknown network '\(name)'; known: \(SocialNetwork.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let syndicator = Syndicator(source: repository.url)
        let (plan, config) = try await syndicator.plan(slugs: post, networks: network.compactMap(SocialNetwork.init(rawValue:)))
        for note in plan.notes where global.verbose { Terminal.line(note) }
        if plan.items.isEmpty {
            let older = plan.olderPosts > 0 ? " (\(DiagnosticPrinter.plural(plan.olderPosts, "older post")) left out: give --post SLUG, or set `since:` under `syndication:`)" : ""
            Terminal.line("Nothing to syndicate\(older).")
            return
        }
        for item in plan.items { print(item) }
        guard publish else {
            Terminal.line("Dry run: nothing was posted. Add --publish to post to Mastodon and Bluesky.")
            return
        }
        let outcomes = try await syndicator.publish(plan, config: config, environment: ProcessInfo.processInfo.environment) { outcome in
            Self.print(outcome)
        }
        let handwritten = plan.items.flatMap(\.copies).filter { !SyndicationPlan.publishable.contains($0.network) }
        if !handwritten.isEmpty {
            let names = Set(handwritten.map(\.network.label)).sorted().joined(separator: " and ")
            Terminal.line("\(names) copies are printed above for posting by hand; add their URLs to `syndication:`.")
        }
        if !outcomes.allSatisfy(\.succeeded) {
            throw ExitCode.failure
        }
    }

    private func print(_ item: SyndicationPlan.Item) {
        Terminal.line("\(item.post.sourcePath) → \(item.post.url)")
        for copy in item.copies {
            var length = "\(copy.length.count)/\(copy.limit)"
            if copy.network == .bluesky { length += ", \(copy.length.bytes)/\(TextLength.blueskyByteLimit) bytes" }
            let warning = copy.fits ? "" : " — too long even shortened"
            Terminal.line("  \(copy.network.label) (\(length))\(warning)")
            for line in copy.text.split(separator: "\n", omittingEmptySubsequences: false) { Terminal.line("    │ \(line)") }
        }
        Terminal.line("")
    }

    private static func print(_ outcome: SyndicationOutcome) {
        for (network, url) in outcome.published { Terminal.line("Posted \(outcome.post.sourcePath) to \(network.label): \(url)") }
        for (network, message) in outcome.failures {
            Terminal.error(Terminal.styled("error", color: 31) + ": \(Terminal.visible("\(outcome.post.sourcePath): \(network.label) failed: \(message)"))\n")
        }
        switch outcome.written {
        case .success: Terminal.line("Recorded in \(outcome.post.sourcePath) under `syndication:`.")
        case .failure(let error):
            let urls = outcome.published.map(\.url).joined(separator: ", ")
            Terminal.error(Terminal.styled("error", color: 31) + ": \(error); add these URLs to its `syndication:` by hand so they are not posted again: \(urls)\n")
        case nil: break
        }
    }
}
