import Foundation

/// One file of the built site.
public struct OutputFile: Sendable {
    /// Its contents: bytes made by the build, or a file of the repository copied as it is.
    public enum Contents: Sendable {
        case bytes(Data)
        case copy(of: URL)
    }

    /// The path relative to the output folder (`2012/03/slug/index.html`).
    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
