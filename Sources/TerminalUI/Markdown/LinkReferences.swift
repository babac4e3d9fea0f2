/// The link reference definitions of a document (`[label]: https://… "title"`), by label.
///
/// Why a document-wide table: a reference link in one answer (`[the docs][1]`) is usually defined
/// at the bottom of the post, in another paragraph. The reader collects the definitions of the
/// whole interview once and renders every paragraph with them.
public struct LinkReferences: Hashable, Sendable {
    private var targets: [String: String] = [:]

    /// No definitions: reference links show their text only.
    public static let none = LinkReferences()

    public init() {}

    /// The definitions found on lines of their own in `texts`; the first definition of a label wins,
    /// as in CommonMark.
    public init(scanning texts: some Sequence<String>) {
        // Most texts have no `[` at all: one pass over the bytes rules them out.
        for text in texts where text.utf8.contains(UInt8(ascii: "[")) {
            for line in text.split(separator: "\n", omittingEmptySubsequences: true)
            where line.drop(while: { $0 == " " }).first == "[" {
                guard let definition = Self.definition(in: Array(line)) else { continue }
                if targets[definition.label] == nil { targets[definition.label] = definition.target }
            }
        }
    }

    /// The target defined for a label, matched as CommonMark does (case and inner spaces ignored).
    public subscript(label: String) -> String? {
        targets[Self.normalized(label)]
    }

    /// A line that is one whole definition: up to three spaces, `[label]:`, a destination, and
    /// an optional title. Lines like that are not shown, as in any Markdown renderer.
    static func definition(in line: [Character]) -> (label: String, target: String)? {
        var i = 0
        while i < line.count, i < 3, line[i] == " " { i += 1 }
        guard i < line.count, line[i] == "[", let label = LinkSyntax.label(in: line, openBracket: i, end: line.count),
              !label.text.allSatisfy(\.isWhitespace), label.next < line.count, line[label.next] == ":"
        else { return nil }
        i = label.next + 1
        while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
        // A bare destination may run to the end of the line; only `<…` without `>` is cut.
        guard i < line.count, let destination = LinkSyntax.destination(in: line, at: i, end: line.count),
              !destination.cut || line[i] != "<"
        else { return nil }
        i = destination.next
        let hadSpace = i < line.count && (line[i] == " " || line[i] == "\t")
        while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
        if i < line.count {
            guard hadSpace, let title = LinkSyntax.titleEnd(in: line, at: i, end: line.count), !title.cut else { return nil }
            i = title.next
            while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
            guard i == line.count else { return nil }
        }
        return (normalized(String(label.text)), destination.target)
    }

    /// CommonMark's label matching: case-folded, inner whitespace collapsed, ends trimmed.
    static func normalized(_ label: String) -> String {
        label.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
