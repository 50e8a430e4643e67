import ArgumentParser
import CMBlogCore
import Foundation

/// `cmblog`: the command line. Parses arguments, calls the libraries, prints diagnostics.
///
/// Exit codes: 0 on success, 1 on content errors, 2 on usage errors.
@main
struct CMBlogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cmblog",
        abstract: "Static site generator for brand blogs: signed authors, comment archives, feeds.",
        version: CMBlogVersion.current,
        subcommands: [
            BuildCommand.self, NewCommand.self, ImportCommand.self, KeygenCommand.self, SignCommand.self, SignSiteCommand.self, VerifyCommand.self,
            DiffCommand.self, SyndicateCommand.self, BackfeedCommand.self, PingCommand.self, ServeCommand.self,
            CheckCommand.self,
        ]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as DiagnosticError {
            DiagnosticPrinter(options: GlobalOptions()).print(error.diagnostics)
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.error(Terminal.visible(fullMessage(for: error)) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
