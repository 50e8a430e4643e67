/// Why a post that was not public on its old platform is imported unpublished: it was
/// protected by a password or private (readable only by its site's editors). Such a post
/// is kept in the repository, marked so that no build publishes it (not even with `--drafts`),
/// with a note saying why, and listed in the report; publishing it is left to a person who
/// decides to.
enum PrivatePost: Sendable {
    case passwordProtected
    case privateStatus

    /// How the report and the note name it.
    var reason: String {
        switch self {
        case .passwordProtected: "password-protected"
        case .privateStatus: "private"
        }
    }

    /// The comment explaining why the post is not published, as a front matter line.
    func note(on platform: String) -> String {
        "# \(reason.prefix(1).uppercased() + reason.dropFirst()) on \(platform): never published, not even with --drafts; publish it only on purpose.\n"
    }
}

extension ImportReport {
    /// Lists the post written at `path` as kept unpublished because of `reason`.
    mutating func keptUnpublished(_ path: String, because reason: PrivatePost) {
        privatePosts.append("`\(path)`: \(reason.reason)")
    }
}
