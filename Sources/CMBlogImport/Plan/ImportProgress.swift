/// How far an import has gone, for a progress bar.
public enum ImportProgress: Sendable {
    /// Reading the items of the source began; `total` of them will be converted.
    case started(total: Int)
    /// One more item converted.
    case advanced
}
