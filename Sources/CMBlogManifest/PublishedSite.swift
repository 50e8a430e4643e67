import CMBlogCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A built site as a reader finds it: a folder, or a deployed site read over HTTP(S). The edge
/// that makes both the same for `cmblog verify`.
public struct PublishedSite: Sendable {
    /// Where the files come from.
    public enum Location: Sendable, Equatable {
        case folder(URL)
        case web(URL)
    }

    public let location: Location
    /// How long one HTTP request may take.
    let timeout: TimeInterval

    /// - Parameter address: A folder, or an `http://` or `https://` address.
    /// - Throws: A `ManifestError` when it is neither an address nor an existing folder.
    public init(_ address: String, timeout: TimeInterval = 30) throws(ManifestError) {
        self.timeout = timeout
        if address.hasPrefix("https://") || address.hasPrefix("http://") {
            guard let base = URL(string: address.hasSuffix("/") ? address : address + "/"), base.host() != nil else {
                throw ManifestError("not an address: \(address)")
            }
            location = .web(base)
            return
        }
        let folder = URL(fileURLWithPath: address).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ManifestError("\(address) is neither a folder nor an http(s) address")
        }
        location = .folder(folder)
    }

    /// How a file is named in messages: its path in the folder, or its address.
    public func name(of path: String) -> String {
        switch location {
        case .folder(let folder): folder.appending(path: path).path
        case .web(let base): base.appending(path: path).absoluteString
        }
    }

    /// The bytes of the file at `path` (relative, as a manifest lists it); nil when the site
    /// has no such file (no file in the folder, HTTP 404 or 410).
    /// - Throws: A `ManifestError` when the file exists but cannot be read, or the server
    ///   answers anything but 200 or "not found".
    public func contents(of path: String) async throws(ManifestError) -> Data? {
        guard PublicationManifest.isSafe(path) else { throw ManifestError("\(path) is not a path inside the site") }
        switch location {
        case .folder(let folder):
            let file = folder.appending(path: path)
            guard FileManager.default.fileExists(atPath: file.path) else { return nil }
            do {
                return try Data(contentsOf: file)
            } catch {
                throw ManifestError("cannot read \(file.path): \(error.localizedDescription)")
            }
        case .web(let base):
            let url = base.appending(path: path)
            let request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: timeout)
            let data: Data, response: URLResponse
            do {
                (data, response) = try await URLSession.shared.data(for: request)
            } catch {
                throw ManifestError("cannot fetch \(url.absoluteString): \(error.localizedDescription)")
            }
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            if status == 404 || status == 410 { return nil }
            guard status == 200 else { throw ManifestError("\(url.absoluteString) answered HTTP \(status)") }
            return data
        }
    }

    /// Every file of a folder (hidden ones included), relative to it; nil for a site read over
    /// HTTP, whose files cannot be listed.
    public func listing() -> [String]? {
        guard case .folder(let folder) = location else { return nil }
        return DirectoryListing.files(in: folder.path, prefix: "", hidden: true)
    }
}
