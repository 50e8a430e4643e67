import CMBlogCore
import CMBlogSyndication
import Foundation

/// Why a network's answer could not be used, in words a person can act on.
public struct BackfeedError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Reads JSON from the networks over the shared `HTTPClient`, turning refusals, rate limits
/// and malformed answers into `BackfeedError`s.
///
/// A server (host and port) that answers `429` is asked nothing more for the rest of the run: the posts it
/// serves are reported as not read, and the next run takes them up.
struct JSONFetcher: Sendable {
    let client: any HTTPClient
    let limits: RateLimits

    /// `path` under `base` with `query`, its values fully percent-encoded, in key order.
    static func url(_ base: URL, path: String, query: [String: String]) -> URL {
        let pairs = query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.queryValueEncoded)" }
        return URL(string: base.appending(path: path).absoluteString + "?" + pairs.joined(separator: "&"))!
    }

    /// The JSON object at `url`, for `what` ("the thread of …").
    func object(_ url: URL, headers: [String: String] = [:], what: String) async throws -> [String: Any] {
        let host = (url.host() ?? url.absoluteString) + (url.port.map { ":\($0)" } ?? "")
        if let wait = await limits.wait(for: host) {
            throw BackfeedError("\(what): not asked, \(host) limited the rate of requests\(wait)")
        }
        let response: HTTPResponse
        do {
            response = try await client.send(HTTPRequest.get(url, headers: headers.merging(["Accept": "application/json"]) { old, _ in old }))
        } catch {
            throw BackfeedError("\(what): \(host) did not answer (\(error.localizedDescription))")
        }
        if response.status == 429 {
            let wait = await limits.limit(host, retryAfter: response.headers["retry-after"])
            throw BackfeedError("\(what): \(host) limited the rate of requests (HTTP 429)\(wait)")
        }
        guard (200..<300).contains(response.status) else {
            let reason = response.failureReason
            throw BackfeedError("\(what): HTTP \(response.status)\(reason.isEmpty ? "" : ", \(reason)")")
        }
        guard let object = response.object else {
            throw BackfeedError("\(what): the answer is not a JSON object (\(String(decoding: response.body.prefix(60), as: UTF8.self)))")
        }
        return object
    }
}

/// The servers that answered `429` during a run, with when they asked to be asked again.
actor RateLimits {
    private var limited: [String: String] = [:]

    /// Notes that `host` refused for now; returns "; try again after N s" when it said.
    func limit(_ host: String, retryAfter: String?) -> String {
        let wait = retryAfter.map { "; try again after \(Int($0).map { "\($0) s" } ?? $0)" } ?? "; try again later"
        limited[host] = wait
        return wait
    }

    /// What `host` asked when it refused earlier in this run; nil when it did not.
    func wait(for host: String) -> String? { limited[host] }
}
