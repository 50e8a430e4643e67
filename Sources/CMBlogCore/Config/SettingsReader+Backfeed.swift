import Foundation

/// Reading `backfeed:`.
extension SettingsReader {
    /// The `backfeed:` mapping: `moderation`, `bluesky: {appview}`, `webmention: {endpoint, token_env}`, `blocklist`.
    mutating func backfeed(_ value: YAMLValue) -> BackfeedSettings {
        var settings = BackfeedSettings()
        guard let entries = value.entries else {
            fail(value, "`backfeed` must be a mapping, such as `backfeed: {moderation: review}`")
            return settings
        }
        for entry in entries {
            switch entry.key {
            case "moderation":
                guard let mode = entry.value.string.flatMap(BackfeedSettings.Moderation.init(rawValue:)) else {
                    fail(entry.value, "`moderation` must be `review` (new replies wait for approval) or `none` (shown on arrival)")
                    continue
                }
                settings.moderation = mode
            case "bluesky":
                for setting in entry.value.entries ?? [] {
                    guard setting.key == "appview" else {
                        fail(setting.value, "unknown setting `\(setting.key)` of `backfeed: bluesky`; known: appview")
                        continue
                    }
                    if let url = address(setting.value) { settings.blueskyAppView = url }
                }
            case "webmention":
                guard let settingsOfEndpoint = entry.value.entries else {
                    fail(entry.value, "`webmention` must be a mapping such as `{endpoint: https://webmention.io}`")
                    continue
                }
                settings.webmentionEndpoint = URL(string: "https://webmention.io")
                for setting in settingsOfEndpoint {
                    switch setting.key {
                    case "endpoint": settings.webmentionEndpoint = address(setting.value)
                    case "token_env": if let name = string(setting.key, setting.value) { settings.webmentionTokenVariable = name }
                    default: fail(setting.value, "unknown setting `\(setting.key)` of `backfeed: webmention`; known: endpoint, token_env")
                    }
                }
            case "blocklist":
                guard let names = entry.value.strings else {
                    fail(entry.value, "`blocklist` must be a list of accounts (@user@server, handle.bsky.social, did:plc:…) and domains")
                    continue
                }
                settings.blocklist = names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            default:
                fail(entry.value, "unknown setting `\(entry.key)` of `backfeed`; known: moderation, bluesky, webmention, blocklist")
            }
        }
        return settings
    }

    /// An http(s) address, or nil with an error naming the line.
    private mutating func address(_ value: YAMLValue) -> URL? {
        guard let text = value.string, let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host() != nil else {
            fail(value, "expected an address such as https://public.api.bsky.app")
            return nil
        }
        return url
    }
}
