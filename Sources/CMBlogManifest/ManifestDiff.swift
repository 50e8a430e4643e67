/// What a deploy must do to turn the site an old manifest describes into the site a new one
/// describes: the files to upload and the files to delete.
public struct ManifestDiff: Sendable, Equatable {
    /// Files of the new site that the old one lacks, sorted.
    public let added: [String]
    /// Files of both whose bytes differ, sorted: to upload, and to purge from a CDN.
    public let changed: [String]
    /// Files of the old site that the new one lacks, sorted: to delete.
    public let deleted: [String]
    /// The new site's manifest files (manifest and signature) that must follow every upload,
    /// so the published manifest never names a file not yet there.
    public let manifestFiles: [String]

    /// - Parameters:
    ///   - old: The manifest of the deployed site.
    ///   - new: The manifest of the site about to be deployed.
    ///   - newManifestFiles: The new manifest and, when there is one, its signature.
    ///   - manifestChanged: Whether the new manifest's bytes differ from the old one's.
    public init(old: PublicationManifest, new: PublicationManifest, newManifestFiles: [String], manifestChanged: Bool) {
        let before = old.filesByPath
        var added: [String] = [], changed: [String] = []
        for file in new.files {
            guard let previous = before[file.path] else {
                added.append(file.path)
                continue
            }
            if previous.sha256 != file.sha256 || previous.size != file.size { changed.append(file.path) }
        }
        let now = Set(new.files.map(\.path)).union(newManifestFiles)
        self.added = added
        self.changed = changed
        self.deleted = old.files.map(\.path).filter { !now.contains($0) }
        self.manifestFiles = manifestChanged ? newManifestFiles : []
    }

    /// Every file to upload, in the order to upload them: the site's files, then its manifest.
    public var uploads: [String] { (added + changed).sorted() + manifestFiles }

    /// Whether the deployed site is already the new one.
    public var isEmpty: Bool { uploads.isEmpty && deleted.isEmpty }
}
