import Foundation

/// Posts statuses to a Mastodon server (`POST /api/v1/statuses`) with an access token.
struct MastodonPublisher: SocialPublisher {
    let server: URL
    let token: String
    let client: any HTTPClient

    func publish(_ copy: SocialCopy, of post: SyndicationPost) async throws -> String {
        // The same key for the same post: a retry within Mastodon's hour returns the first status
        // instead of posting a second one.
        let request = try HTTPRequest.json(
            server.appending(path: "api/v1/statuses"),
            ["status": copy.text, "visibility": "public", "language": Self.languageCode(post.language)],
            headers: ["Authorization": "Bearer \(token)", "Idempotency-Key": "cmblog \(post.url)"])
        let response = try await client.send(request)
        guard (200..<300).contains(response.status) else { throw PublishingError("Mastodon refused the status", response) }
        guard let url = response.object?["url"] as? String else {
            throw PublishingError("Mastodon accepted the status but sent no URL for it")
        }
        return url
    }

    /// The ISO 639 code Mastodon wants (`fr-CA` → `fr`).
    static func languageCode(_ language: String) -> String {
        String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }
}
