/// The `guid`s given so far in an import. Feed readers take two entries with one guid for one,
/// so an item whose guid is taken (exports copied between sites repeat them) gets it with its
/// WordPress id as a fragment, `…?p=12#post-40`, and a number after that if even that is taken.
struct GUIDRegistry {
    private var used: Set<String> = []

    /// `guid` when it is free, else a unique variant; either way it is taken.
    mutating func claim(_ guid: String, postID: String) -> String {
        let mark = "\(guid)#" + (postID.isEmpty ? "duplicate" : "post-\(postID)")
        var claimed = guid
        var suffix = 1
        while used.contains(claimed) {
            claimed = mark + (suffix > 1 ? "-\(suffix)" : "")
            suffix += 1
        }
        used.insert(claimed)
        return claimed
    }
}
