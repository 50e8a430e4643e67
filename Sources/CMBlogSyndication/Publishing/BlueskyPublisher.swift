import Foundation

/// Posts to Bluesky through its PDS: logs in once with an app password
/// (`com.atproto.server.createSession`), then creates each post
/// (`com.atproto.repo.createRecord`) with link and hashtag facets and a link card, whose
/// thumbnail is uploaded first when the post has an image of its own site.
actor BlueskyPublisher: SocialPublisher {
    let server: URL
    let handle: String
    let password: String
    let client: any HTTPClient
    /// Reads an image of the repository, for link card thumbnails.
    let readImage: @Sendable (String) -> Data?
    let now: @Sendable () -> Date
    private var session: Session?

    struct Session {
        let accessJwt: String
        let did: String
        let handle: String
    }

    init(server: URL, handle: String, password: String, client: any HTTPClient,
         readImage: @escaping @Sendable (String) -> Data?, now: @escaping @Sendable () -> Date) {
        self.server = server
        self.handle = handle
        self.password = password
        self.client = client
        self.readImage = readImage
        self.now = now
    }

    func publish(_ copy: SocialCopy, of post: SyndicationPost) async throws -> String {
        let session = try await login()
        var external: [String: Any] = ["uri": post.url, "title": post.title, "description": post.summary]
        if let thumb = try await uploadThumbnail(post, session: session) { external["thumb"] = thumb }
        let record: [String: Any] = [
            "$type": "app.bsky.feed.post",
            "text": copy.text,
            "createdAt": Self.timestamp(now()),
            "langs": [MastodonPublisher.languageCode(post.language)],
            "facets": Self.facets(of: copy),
            "embed": ["$type": "app.bsky.embed.external", "external": external],
        ]
        let request = try HTTPRequest.json(
            xrpc("com.atproto.repo.createRecord"), ["repo": session.did, "collection": "app.bsky.feed.post", "record": record],
            headers: ["Authorization": "Bearer \(session.accessJwt)"])
        let response = try await client.send(request)
        guard (200..<300).contains(response.status) else { throw PublishingError("Bluesky refused the post", response) }
        guard let uri = response.object?["uri"] as? String, let key = uri.split(separator: "/").last, uri.hasPrefix("at://") else {
            throw PublishingError("Bluesky accepted the post but sent no at:// URI for it")
        }
        return "https://bsky.app/profile/\(session.handle)/post/\(key)"
    }

    private func login() async throws -> Session {
        if let session { return session }
        let request = try HTTPRequest.json(xrpc("com.atproto.server.createSession"), ["identifier": handle, "password": password])
        let response = try await client.send(request)
        guard (200..<300).contains(response.status) else { throw PublishingError("Bluesky refused to log in as \(handle)", response) }
        guard let object = response.object, let jwt = object["accessJwt"] as? String, let did = object["did"] as? String else {
            throw PublishingError("Bluesky's login answer has no accessJwt and did")
        }
        let session = Session(accessJwt: jwt, did: did, handle: object["handle"] as? String ?? handle)
        self.session = session
        return session
    }

    /// Uploads the post's image (PNG or JPEG under Bluesky's 1 MB) and returns its blob.
    private func uploadThumbnail(_ post: SyndicationPost, session: Session) async throws -> Any? {
        guard let path = post.imagePath, let data = readImage(path), data.count <= 1_000_000 else { return nil }
        let type = path.lowercased().hasSuffix(".png") ? "image/png" : "image/jpeg"
        guard type == "image/png" || [".jpg", ".jpeg"].contains(where: path.lowercased().hasSuffix) else { return nil }
        let request = HTTPRequest(url: xrpc("com.atproto.repo.uploadBlob"),
                                  headers: ["Authorization": "Bearer \(session.accessJwt)", "Content-Type": type], body: data)
        let response = try await client.send(request)
        guard (200..<300).contains(response.status) else { throw PublishingError("Bluesky refused the card's image", response) }
        return response.object?["blob"]
    }

    private func xrpc(_ method: String) -> URL { server.appending(path: "xrpc/\(method)") }

    /// Link facets for the URL and tag facets for the hashtags, by UTF-8 byte offsets.
    static func facets(of copy: SocialCopy) -> [[String: Any]] {
        let bytes = Array(copy.text.utf8)
        func ranges(of token: String) -> [Range<Int>] {
            let needle = Array(token.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
            return (0...(bytes.count - needle.count)).filter { start in
                bytes[start..<start + needle.count].elementsEqual(needle)
                    && (start + needle.count == bytes.count || isBoundary(bytes[start + needle.count]))
                    && (start == 0 || isBoundary(bytes[start - 1]))
            }.map { $0..<$0 + needle.count }
        }
        func facet(_ range: Range<Int>, _ feature: [String: Any]) -> [String: Any] {
            ["index": ["byteStart": range.lowerBound, "byteEnd": range.upperBound], "features": [feature]]
        }
        let links = ranges(of: copy.url).map { facet($0, ["$type": "app.bsky.richtext.facet#link", "uri": copy.url]) }
        let tags = copy.hashtags.flatMap { tag in
            ranges(of: tag).map { facet($0, ["$type": "app.bsky.richtext.facet#tag", "tag": String(tag.dropFirst())]) }
        }
        return links + tags
    }

    private static func isBoundary(_ byte: UInt8) -> Bool {
        [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t")].contains(byte)
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!))
    }
}
