import CMBlogBuild
import Foundation
import Hummingbird

/// Answers every request from the build in memory, as a static host would: pretty URLs,
/// `index.html`, a redirect from `/folder` to `/folder/`, and the site's `404.html` with status 404.
/// Requests naming another host than the preview's are refused (see `HostCheck`).
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let store: PreviewStore
    let hosts: HostCheck

    func respond(to request: Request, context: Context) async throws -> Response {
        guard hosts.allows(request.head.authority) else {
            return Response(
                status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "cmblog serve answers only requests for this computer (localhost, 127.0.0.1, [::1]) or its --bind address.\n")))
        }
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let rawPath = request.uri.path
        if rawPath == LiveReload.eventsPath { return await events() }
        guard let key = RequestPath.key(of: rawPath) else { return Response(status: .badRequest) }
        let name = key.isEmpty || key.hasSuffix("/") ? key + "index.html" : key
        if let contents = await store.file(name) { return try await serve(contents, name: name, status: .ok) }
        if await store.file(key + "/index.html") != nil {
            return Response(status: .movedPermanently, headers: [.location: rawPath + "/"])
        }
        if let notFound = await store.file("404.html") { return try await serve(notFound, name: "404.html", status: .notFound) }
        // No build succeeded yet: a page that shows the errors, and reloads when they are fixed.
        let errors = await store.currentErrors
        guard !errors.isEmpty else { return Response(status: .notFound) }
        return try await serve(.bytes(Data("<!doctype html><title>cmblog: the build failed</title><body></body>".utf8)), name: "index.html", status: .internalServerError)
    }

    private func serve(_ contents: OutputFile.Contents, name: String, status: HTTPResponse.Status) async throws -> Response {
        var data: Data
        switch contents {
        case .bytes(let bytes): data = bytes
        case .copy(let url): data = try Data(contentsOf: url)
        }
        let type = ContentType.of(name)
        if type.hasPrefix("text/html") {
            data = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), errors: await store.currentErrors).utf8)
        }
        return Response(
            status: status, headers: [.contentType: type, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A server-sent events stream: `event: reload` with `data: page` or `data: css`.
    private func events() async -> Response {
        let stream = await store.listen()
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: ": cmblog preview\n\n"))
                for await event in stream {
                    try await writer.write(ByteBuffer(string: "event: reload\ndata: \(event.rawValue)\n\n"))
                }
                try await writer.finish(nil)
            })
    }
}
