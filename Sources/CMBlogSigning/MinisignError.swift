/// Why a minisign key or signature was refused; the message says what to do.
public struct MinisignError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What went wrong, in words a person can act on.
    public let reason: String
    /// The line of the file at fault (1-based), when the error is about a file's text.
    public let line: Int?

    public init(_ reason: String, line: Int? = nil) {
        self.reason = reason
        self.line = line
    }

    public var description: String { reason }
}
