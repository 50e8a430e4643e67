import CMBlogCore
import Foundation

/// The share cards: each page's `og:image` is a file of the site, a PNG or JPEG that networks
/// show large (at least 1200 × 630, or the 1.91:1 shape they crop to), under 5 MB.
enum ShareCardChecks {
    static let maximumBytes = 5 * 1024 * 1024
    static let minimumSize = ImageSize(width: 1200, height: 630)

    static func findings(in scanned: ScannedSite, width: Int) async -> [Finding] {
        // One finding per image, at the first page that shows it.
        var firstUse: [String: (file: String, image: HTMLPage.Reference)] = [:]
        for file in scanned.pages.keys.sorted() {
            guard let image = scanned.pages[file]!.ogImage,
                  case .site(let path, _) = LinkTarget.resolve(image.url, from: file, config: scanned.site.config), firstUse[path] == nil
            else { continue }
            firstUse[path] = (file, image)
        }
        return await firstUse.sorted { $0.key < $1.key }.concurrentMap(width: width) { path, use -> Finding? in
            problem(with: path, url: use.image.url, in: scanned.site).map {
                scanned.finding("share.image", .error, file: use.file, offset: use.image.offset, needle: nil, $0)
            }
        }.compactMap { $0 }
    }

    static func problem(with path: String, url: String, in site: CheckedSite) -> String? {
        guard let file = LinkTarget.file(for: path, in: site.fileSet), let (bytes, size) = site.head(of: file, count: 1 << 16) else {
            return "the share image \(url) is not in the site: networks show no picture"
        }
        let isPNG = bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), isJPEG = bytes.starts(with: [0xFF, 0xD8, 0xFF])
        guard isPNG || isJPEG else { return "the share image \(url) is neither PNG nor JPEG: not every network shows it" }
        if size >= maximumBytes { return "the share image \(url) weighs \(size / 1024) kB: networks refuse images of 5 MB and more" }
        guard let size = ImageSize(of: Data(bytes)) else { return "the share image \(url) cannot be read" }
        let ratio = Double(size.width) / Double(size.height)
        let large = size.width >= minimumSize.width && size.height >= minimumSize.height
        let cardShape = abs(ratio - 1.91) < 0.03 && size.width >= 600
        if !large && !cardShape {
            return "the share image \(url) is \(size.width) × \(size.height): networks show it small; give one of at least 1200 × 630 (or 1.91:1)"
        }
        return nil
    }
}
