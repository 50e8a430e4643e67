import CMBlogCore
import Foundation

/// Where authors' secret keys live by default: outside every repository, in the user's
/// configuration folder (`$XDG_CONFIG_HOME/cmblog/keys`, else `~/.config/cmblog/keys`).
public enum SecretKeyFolder {
    /// The folder, from the process environment: `$XDG_CONFIG_HOME`, else `$HOME/.config`, and
    /// `userHome` (the user database's home folder) only when `$HOME` is not set, so a CI job
    /// or a test can move it as it moves every other tool's.
    public static func url(environment: [String: String], userHome: URL) -> URL {
        func folder(_ name: String) -> URL? { environment[name].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } }
        let config = folder("XDG_CONFIG_HOME") ?? (folder("HOME") ?? userHome).appending(path: ".config")
        return config.appending(path: "cmblog").appending(path: "keys")
    }

    /// The default secret key file of a site, named after its host (`site@blog.example.com.key`),
    /// so one person may keep the keys of several sites.
    public static func siteKeyFile(for config: SiteConfig, in folder: URL) -> URL {
        folder.appending(path: "site@\(config.baseURL.host() ?? "site").key")
    }

    /// The default secret key file of an author.
    public static func keyFile(for authorID: String, in folder: URL) -> URL {
        folder.appending(path: "\(authorID).key")
    }
}
