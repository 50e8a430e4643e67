import Foundation

/// The standard streams, and whether they are terminals (for colours and progress bars).
enum Terminal {
    static let errorIsTTY = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    static let outputIsTTY = isatty(STDOUT_FILENO) == 1

    /// Writes to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes a line to standard output.
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// `text` in bold `color` (ANSI code) when standard error is a terminal.
    static func styled(_ text: String, color: Int) -> String {
        errorIsTTY ? "\u{1B}[1;\(color)m\(text)\u{1B}[0m" : text
    }
}
