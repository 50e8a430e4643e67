import CMBlogCore
import CMBlogMarkdown

extension SiteConfig {
    /// The settings with the texts every page shows set as posts are: on a French site, the
    /// title and the description get French spacing (`lyonnaise : torréfaction` with a narrow
    /// no-break space), in the meta description, the header and the feeds alike.
    func typeset() -> SiteConfig {
        guard FrenchTypography.applies(toLanguage: language) else { return self }
        var config = self
        config.title = FrenchTypography.apply(to: title)
        config.description = FrenchTypography.apply(to: description)
        return config
    }
}
