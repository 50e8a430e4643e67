/// The version of cmblog: what `cmblog --version` prints, what a new site's CI files build,
/// and part of the key of the build cache (a cache written by another version is not read).
public enum CMBlogVersion {
    public static let current = "0.1.0"
}
