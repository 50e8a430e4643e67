import Foundation
import Glibc

/// A small HTTP/1.1 server on 127.0.0.1 that records every request and answers from a handler:
/// the stand-in for Mastodon, Bluesky and WebSub hubs in tests, so no test reaches the internet.
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// A request as the server read it.
    public struct Request: Sendable {
        public let method: String
        public let path: String
        /// Header names in lower case.
        public let headers: [String: String]
        public let body: Data

        /// The body as a JSON object.
        public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
    }

    /// An answer: a status and a body (sent as JSON).
    public typealias Handler = @Sendable (Request) -> (status: Int, body: String)
    /// An answer of any bytes: a status and a body (a site's files).
    public typealias BytesHandler = @Sendable (Request) -> (status: Int, body: Data)

    /// An answer with headers of its own (`Retry-After`, …), beside the JSON content type.
    public struct Answer: Sendable {
        public let status: Int
        public let body: Data
        public let headers: [String: String]

        public init(status: Int, body: String, headers: [String: String] = [:]) {
            self.init(status: status, bytes: Data(body.utf8), headers: headers)
        }

        public init(status: Int, bytes: Data, headers: [String: String] = [:]) {
            self.status = status
            self.body = bytes
            self.headers = headers
        }
    }

    public let port: UInt16
    private let socket: Int32
    private let handler: @Sendable (Request) -> Answer
    private let lock = NSLock()
    private var recorded: [Request] = []
    private var stopped = false

    /// Starts listening on a free port of 127.0.0.1.
    public convenience init(handler: @escaping Handler) throws {
        try self.init(answering: { request in
            let (status, body) = handler(request)
            return Answer(status: status, body: body)
        })
    }

    /// Starts listening on a free port of 127.0.0.1, answering with bytes.
    public convenience init(bytes handler: @escaping BytesHandler) throws {
        try self.init(answering: { request in
            let (status, body) = handler(request)
            return Answer(status: status, bytes: body)
        })
    }

    /// Starts listening on a free port of 127.0.0.1, answering with headers when asked.
    public init(answering handler: @escaping @Sendable (Request) -> Answer) throws {
        self.handler = handler
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        socket = descriptor
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// The server's base URL, `http://127.0.0.1:PORT`.
    public var url: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Every request received so far, in order.
    public var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Stops accepting connections.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            serve(client)
            close(client)
        }
    }

    private func serve(_ client: Int32) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { return }
            data.append(contentsOf: buffer[0..<count])
            headerEnd = data.range(of: Data("\r\n\r\n".utf8))
        }
        guard let headerEnd else { return }
        let head = String(decoding: data[..<headerEnd.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = head[0].split(separator: " ")
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if headers["expect"]?.lowercased() == "100-continue" { _ = write(client, "HTTP/1.1 100 Continue\r\n\r\n", 25) }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        var body = Data(data[headerEnd.upperBound...])
        while body.count < length {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { break }
            body.append(contentsOf: buffer[0..<count])
        }
        let request = Request(method: String(requestLine.first ?? ""), path: requestLine.count > 1 ? String(requestLine[1]) : "/",
                              headers: headers, body: body)
        lock.lock()
        recorded.append(request)
        lock.unlock()
        let answer = handler(request)
        let bytes = Array(answer.body)
        let extra = answer.headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\r\n" }.joined()
        let response = "HTTP/1.1 \(answer.status) Answer\r\nContent-Type: application/json\r\n\(extra)Content-Length: \(bytes.count)\r\nConnection: close\r\n\r\n"
        let all = Array(response.utf8) + bytes
        var sent = 0
        while sent < all.count {
            let count = all[sent...].withUnsafeBufferPointer { write(client, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            sent += count
        }
    }
}
