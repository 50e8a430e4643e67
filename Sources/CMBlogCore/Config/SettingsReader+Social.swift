import Foundation

/// Reading `share:` and `syndication:`.
extension SettingsReader {
    /// `share: [email, linkedin, bluesky, x, mastodon]`, or `share: false` for no share links.
    mutating func shareTargets(_ value: YAMLValue) -> [ShareTarget] {
        if value.bool == false { return [] }
        guard let names = value.strings else {
            fail(value, "`share` must be a list such as [email, linkedin, bluesky, x, mastodon], or false")
            return ShareTarget.allCases
        }
        return names.compactMap { name in
            guard let target = ShareTarget(rawValue: name.lowercased()) else {
                fail(value, "unknown share link `\(name)`; known: \(ShareTarget.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return target
        }
    }

    /// The `syndication:` mapping: one key per network, plus `template` and `since`.
    mutating func syndication(_ value: YAMLValue, timeZone: TimeZone) -> SyndicationSettings {
        var settings = SyndicationSettings()
        guard let entries = value.entries else {
            fail(value, "`syndication` must be a mapping of networks, such as `mastodon: {server: https://mastodon.social}`")
            return settings
        }
        for entry in entries {
            switch entry.key {
            case "template":
                if let languages = entry.value.entries {
                    for language in languages {
                        if let text = string("template", language.value) { settings.templatesByLanguage[language.key] = text }
                    }
                } else {
                    settings.template = string(entry.key, entry.value)
                }
            case "since":
                guard let text = entry.value.string, let day = Self.day(text, in: timeZone) else {
                    fail(entry.value, "`since` must be a day such as 2026-01-31")
                    continue
                }
                settings.since = day
            default:
                guard let network = SocialNetwork(rawValue: entry.key) else {
                    fail(entry.value, "unknown network `\(entry.key)`; known: \(SocialNetwork.allCases.map(\.rawValue).joined(separator: ", ")), template, since")
                    continue
                }
                if let account = account(network, entry.value) { settings.accounts.append(account) }
            }
        }
        return settings
    }

    private mutating func account(_ network: SocialNetwork, _ value: YAMLValue) -> SyndicationSettings.Account? {
        var account = SyndicationSettings.Account(network: network)
        guard let entries = value.isNull ? [] : value.entries else {
            fail(value, "`\(network.rawValue)` must be a mapping of its settings (server, handle, token_env, limit), or empty")
            return nil
        }
        for entry in entries {
            switch entry.key {
            case "server":
                guard let text = entry.value.string, let url = URL(string: text), ["http", "https"].contains(url.scheme ?? ""), url.host() != nil else {
                    fail(entry.value, "`server` must be an address such as https://mastodon.social")
                    continue
                }
                account.server = url
            case "handle": account.handle = string(entry.key, entry.value)
            case "token_env": if let name = string(entry.key, entry.value) { account.secretVariable = name }
            case "limit": if let limit = positiveInt(entry.value) { account.limit = limit }
            default: fail(entry.value, "unknown setting `\(entry.key)` of `\(network.rawValue)`; known: server, handle, token_env, limit")
            }
        }
        if network == .mastodon, account.server == nil {
            fail(value, "`mastodon` needs the `server` of the brand's account, such as https://mastodon.social")
        }
        if network == .bluesky, account.handle == nil {
            fail(value, "`bluesky` needs the `handle` that posts, such as brand.bsky.social")
        }
        return account
    }

    /// The start of a `YYYY-MM-DD` day in `timeZone`.
    private static func day(_ text: String, in timeZone: TimeZone) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}
