/// A count with its noun in the right number, `1 result`, `2 results`: every count a person
/// reads goes through here, so none says `1 results`.
public enum Counted {
    /// `count` and `noun`, with `plural` (default: `noun` + "s") unless the count is exactly 1.
    public static func of(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
