/// Reading `images:` and `share_cards:`.
extension SettingsReader {
    /// `images: false`, or a mapping of `widths`, `formats`, `quality`, `sizes`, `max_pixels`,
    /// `strip` and `cache`.
    mutating func images(_ value: YAMLValue) -> ImageSettings {
        var settings = ImageSettings()
        if value.bool == false {
            settings.enabled = false
            return settings
        }
        guard let entries = value.entries else {
            fail(value, "`images` must be false or a mapping such as `{widths: [480, 960, 1600], formats: [webp, original], quality: 82}`")
            return settings
        }
        for entry in entries {
            switch entry.key {
            case "widths":
                let widths = entry.value.sequence?.compactMap(\.int) ?? []
                if widths.isEmpty || widths.contains(where: { $0 < 16 || $0 > 8192 }) || widths.count != entry.value.sequence?.count {
                    fail(entry.value, "`widths` must be a list of widths in pixels between 16 and 8192, such as [480, 960, 1600]")
                } else {
                    settings.widths = Array(Set(widths)).sorted()
                }
            case "formats":
                let names = entry.value.strings ?? []
                let formats = names.compactMap { ImageSettings.Format(rawValue: $0.lowercased()) }
                if formats.isEmpty || formats.count != names.count {
                    fail(entry.value, "`formats` must list webp, original or both")
                } else {
                    settings.formats = ImageSettings.Format.allCases.filter(formats.contains)
                }
            case "quality":
                if let quality = entry.value.int, (1...100).contains(quality) { settings.quality = quality }
                else { fail(entry.value, "`quality` must be a whole number from 1 to 100") }
            case "sizes": if let sizes = string(entry.key, entry.value) { settings.sizes = sizes }
            case "max_pixels": if let pixels = positiveInt(entry.value) { settings.maxPixels = pixels }
            case "strip":
                if let strip = entry.value.bool { settings.keepMetadata = !strip }
                else { fail(entry.value, "`strip` must be true or false") }
            case "cache":
                guard let folder = string(entry.key, entry.value) else { continue }
                let first = folder.split(separator: "/").first.map(String.init) ?? ""
                if folder.isEmpty || folder.hasPrefix("/") || folder.split(separator: "/").contains("..")
                    || ["content", "authors", "comments", "static", "templates", "i18n"].contains(first) {
                    fail(entry.value, "`cache` must be a folder of the repository that the build does not read, such as .cmblog/cache/images")
                } else {
                    settings.cacheFolder = folder
                }
            default:
                fail(entry.value, "unknown image setting `\(entry.key)`; known: widths, formats, quality, sizes, max_pixels, strip, cache")
            }
        }
        return settings
    }

    /// `share_cards: false`, or `share_cards: { template: name }`.
    mutating func shareCards(_ value: YAMLValue) -> ShareCardSettings {
        var settings = ShareCardSettings()
        if let enabled = value.bool {
            settings.enabled = enabled
            return settings
        }
        guard let entries = value.entries else {
            fail(value, "`share_cards` must be true, false or a mapping such as `{template: share-card.svg}`")
            return settings
        }
        for entry in entries {
            guard entry.key == "template" else {
                fail(entry.value, "unknown share card setting `\(entry.key)`; known: template")
                continue
            }
            if let name = string(entry.key, entry.value) {
                settings.template = name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
            }
        }
        return settings
    }
}
