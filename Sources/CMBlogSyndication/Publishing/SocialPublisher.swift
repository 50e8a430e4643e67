/// Posts a copy to one network and says where it went.
protocol SocialPublisher: Sendable {
    /// Posts `copy` of `post`.
    /// - Returns: The public URL of the new post on the network.
    /// - Throws: A `PublishingError` saying what the network answered.
    func publish(_ copy: SocialCopy, of post: SyndicationPost) async throws -> String
}
