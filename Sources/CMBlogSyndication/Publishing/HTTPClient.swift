import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request, as a value the tests can read.
public struct HTTPRequest: Sendable {
    public var method = "POST"
    public var url: URL
    public var headers: [String: String] = [:]
    public var body = Data()

    public init(url: URL, headers: [String: String] = [:], body: Data = Data()) {
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// A GET of `url`.
    public static func get(_ url: URL, headers: [String: String] = [:]) -> HTTPRequest {
        var request = HTTPRequest(url: url, headers: headers)
        request.method = "GET"
        return request
    }

    /// A POST of a JSON object.
    static func json(_ url: URL, _ object: [String: Any], headers: [String: String] = [:]) throws -> HTTPRequest {
        let body = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return HTTPRequest(url: url, headers: headers.merging(["Content-Type": "application/json"]) { old, _ in old }, body: body)
    }
}

/// The answer to a request.
public struct HTTPResponse: Sendable {
    public let status: Int
    public let body: Data
    /// Header names in lower case.
    public let headers: [String: String]

    public init(status: Int, body: Data, headers: [String: String] = [:]) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    /// The body as a JSON object, or nil.
    public var object: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }

    /// What a server said with a failed status: the JSON `error_description`, `message` or
    /// `error` it sent, else the start of its body.
    public var failureReason: String {
        let object = object
        return (object?["error_description"] ?? object?["message"] ?? object?["error"]) as? String
            ?? String(decoding: body.prefix(200), as: UTF8.self)
    }
}

/// Sends requests: the network edge of syndication and pings, replaced by a loopback server in tests.
public protocol HTTPClient: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// Sends requests with `URLSession`, with a timeout so a silent server cannot hang a CI job.
public struct URLSessionHTTPClient: HTTPClient {
    let timeout: TimeInterval

    public init(timeout: TimeInterval = 30) {
        self.timeout = timeout
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        urlRequest.setValue("cmblog", forHTTPHeaderField: "User-Agent")
        let (data, response) = try await URLSession.shared.data(for: urlRequest)
        let http = response as? HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http?.allHeaderFields ?? [:] {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return HTTPResponse(status: http?.statusCode ?? 0, body: data, headers: headers)
    }
}

/// Why a network refused a request, in words a person can act on.
public struct PublishingError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }

    /// The error a server gave with a failed status, from the JSON `error`/`message` it sent.
    init(_ what: String, _ response: HTTPResponse) {
        let reason = response.failureReason
        self.init("\(what): HTTP \(response.status)\(reason.isEmpty ? "" : ", \(reason)")")
    }
}
