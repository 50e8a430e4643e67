import CMBlogCore
import Foundation

/// Where an imported post or page goes: its slug, date, parent folder (for a child page) and URL.
struct EntryPlacement {
    let slug: String
    let date: Date?
    /// `parent/` for a child page, empty otherwise.
    let folder: String
    let path: SitePath
}
