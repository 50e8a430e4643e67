import CVips
import Foundation

/// The one way into libvips.
///
/// libvips is started once (`vips_init`), with its operation cache off so memory stays bounded
/// by the images being worked on. The library is thread-safe: the gate lets as many operations
/// run at once as the machine has cores, and each operation's result depends only on its input,
/// so the bytes made do not depend on how many run together.
enum VipsGate {
    private static let permits: DispatchSemaphore = {
        guard vips_init("cmblog") == 0 else { fatalError("libvips could not start: \(String(cString: vips_error_buffer()))") }
        vips_cache_set_max(0)
        return DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))
    }()

    /// Runs `body` with a permit to call libvips.
    static func run<Result>(_ body: () throws(ImageError) -> Result) throws(ImageError) -> Result {
        permits.wait()
        defer { permits.signal() }
        return try body()
    }

    /// The error libvips reported for the call that just failed, as one line.
    static func lastError(_ what: String) -> ImageError {
        let detail = String(cString: vips_error_buffer()).split(separator: "\n").first.map(String.init) ?? "unknown error"
        vips_error_clear()
        return ImageError(message: "\(what): \(detail)")
    }
}

/// Why an image could not be read or made.
public struct ImageError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(message: String) { self.message = message }

    public var description: String { message }
}
