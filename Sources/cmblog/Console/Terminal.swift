import Foundation

/// The standard streams, and whether they are terminals (for colours and progress bars).
enum Terminal {
    static let errorIsTTY = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    static let outputIsTTY = isatty(STDOUT_FILENO) == 1

    /// Writes to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes a line to standard output, its control characters made visible (see `visible`).
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((visible(text) + "\n").utf8))
    }

    /// `text` with every control character but tab and line feed written as `\u{…}`, and the
    /// bidirectional controls too: text from posts, comments, imports or servers can neither
    /// drive the terminal (escape sequences, carriage returns) nor reorder what it shows.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) { shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" }
            else { shown.unicodeScalars.append(scalar) }
        }
        return shown
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` in bold `color` (ANSI code) when standard error is a terminal.
    static func styled(_ text: String, color: Int) -> String {
        errorIsTTY ? "\u{1B}[1;\(color)m\(text)\u{1B}[0m" : text
    }
}
