import Foundation

/// Where authors' secret keys live by default: outside every repository, in the user's
/// configuration folder (`$XDG_CONFIG_HOME/cmblog/keys`, else `~/.config/cmblog/keys`).
public enum SecretKeyFolder {
    /// The folder, from the process environment and the home folder.
    public static func url(environment: [String: String], home: URL) -> URL {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? home.appending(path: ".config")
        return config.appending(path: "cmblog").appending(path: "keys")
    }

    /// The default secret key file of an author.
    public static func keyFile(for authorID: String, in folder: URL) -> URL {
        folder.appending(path: "\(authorID).key")
    }
}
