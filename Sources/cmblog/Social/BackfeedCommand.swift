import ArgumentParser
import CMBlogBackfeed
import CMBlogComments
import CMBlogContent
import CMBlogCore
import Foundation

/// `cmblog backfeed`: brings the public replies to the posts' social copies, and their
/// webmentions, into `comments/`, pending review.
struct BackfeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backfeed",
        abstract: "Bring public replies from Mastodon, Bluesky and webmentions into comments/, pending review.",
        discussion: """
            Reads the replies under every URL of each post's `syndication:` list (Mastodon, Bluesky) and, when \
            `backfeed: webmention:` is set, the post's webmentions. New replies are added to comments/<slug>.yml with \
            `status: pending`: they show on the site once a person sets them `approved` (or `backfeed: {moderation: none}` \
            approves them on arrival). Replies deleted on their network are marked `removed-at-source`; replies a moderator \
            deleted are never brought back.
            """
    )

    @OptionGroup var repository: SourceOption

    @Option(name: .long, help: ArgumentHelp("Only this post (by slug); repeatable.", valueName: "slug"))
    var post: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only posts dated on or after this day (2026-01-31).", valueName: "date"))
    var since: String?

    @Flag(name: .customLong("dry-run"), help: "Read the networks and say what would change, writing nothing.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let since, ContentDate.parse(since, timeZone: TimeZone(identifier: "UTC")!) == nil {
            throw ValidationError("--since \(since): not a date; write 2026-01-31")
        }
    }

    func run() async throws {
        let backfeeder = Backfeeder(source: repository.url, environment: ProcessInfo.processInfo.environment)
        let global = global, dryRun = dryRun
        let outcomes = try await backfeeder.run(slugs: post, since: since, dryRun: dryRun) { outcome in
            Self.print(outcome, options: global, dryRun: dryRun)
        }
        let added = outcomes.reduce(0) { $0 + $1.added.count }
        let pending = outcomes.reduce(0) { $0 + $1.added.filter { $0.status == .pending }.count }
        let files = outcomes.filter(\.changed).count
        if !global.quiet {
            let verb = dryRun ? "would be added" : "added"
            Terminal.line("\(added) \(added == 1 ? "reply" : "replies") \(verb) (\(pending) pending review) in \(DiagnosticPrinter.plural(files, "thread file")), \(DiagnosticPrinter.plural(outcomes.count, "post")) read.")
            if dryRun { Terminal.line("Dry run: no file was written.") }
        }
        if !outcomes.allSatisfy(\.succeeded) { throw ExitCode.failure }
    }

    /// What happened to one post: errors always, changes unless `--quiet`, what was left out with `--verbose`.
    private static func print(_ outcome: BackfeedOutcome, options: GlobalOptions, dryRun: Bool) {
        for failure in outcome.failures {
            Terminal.error(Terminal.styled("error", color: 31) + ": \(Terminal.visible("\(outcome.postPath): \(failure)")); what was read is kept\n")
        }
        guard !options.quiet else { return }
        let file = outcome.threadPath
        if !outcome.added.isEmpty {
            Terminal.line("\(file): \(dryRun ? "would add" : "added") \(outcome.added.map(\.id).joined(separator: ", "))")
        }
        if !outcome.removed.isEmpty { Terminal.line("\(file): removed at the source: \(outcome.removed.joined(separator: ", "))") }
        if !outcome.rejected.isEmpty { Terminal.line("\(file): deleted by a moderator, never brought back: \(outcome.rejected.joined(separator: ", "))") }
        if options.verbose {
            for note in outcome.skipped { Terminal.line("\(outcome.postPath): left out: \(note)") }
        }
    }
}
