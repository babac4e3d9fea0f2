import Foundation
import Yams

/// What a file says about itself before its text: YAML front matter, or `Key: value` lines at
/// the top (Title, Date, Host, Guests…).
struct SourceMetadata: Sendable {
    var title: String?
    var date: String?
    var source: String?
    /// The recording the transcript belongs to (`media:`, `audio:`, `video:`).
    var media: String?
    var tags: [String] = []
    /// People named by the metadata, with the role it gives them, in order.
    var people: [(name: String, role: Speaker.Role)] = []
    /// The metadata lines, consumed rather than imported as text.
    var lines: [String] = []
    /// Index of the first line after the metadata.
    var bodyStart = 0
    var warnings: [String] = []

    static let roleKeys: [String: Speaker.Role] = [
        "host": .host, "hosts": .host, "moderator": .host, "interviewer": .interviewer, "interviewers": .interviewer,
        "guest": .guest, "guests": .guest, "panelists": .guest, "interviewee": .interviewee, "interviewees": .interviewee,
        "speaker": .guest, "speakers": .guest, "author": .guest, "authors": .guest, "audience": .audience,
    ]

    /// Reads front matter (`---` … `---` at the very top) or a block of `Key: value` lines.
    static func read(_ lines: [String]) -> SourceMetadata {
        var metadata = SourceMetadata()
        guard let firstIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return metadata }
        if lines[firstIndex] == "---" {
            let limit = min(lines.count, firstIndex + 400)
            if let close = (firstIndex + 1..<limit).first(where: { lines[$0] == "---" || lines[$0] == "..." }) {
                let yaml = lines[(firstIndex + 1)..<close].joined(separator: "\n")
                if metadata.readYAML(yaml) {
                    metadata.lines = Array(lines[firstIndex...close])
                    metadata.bodyStart = close + 1
                    return metadata
                }
                metadata.warnings.append("the front matter is not valid YAML; imported it as text")
            }
            return metadata
        }
        metadata.readKeyLines(lines, from: firstIndex)
        return metadata
    }

    private mutating func readYAML(_ yaml: String) -> Bool {
        guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return false }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string?.lowercased() else { continue }
            apply(key: key, node: value)
        }
        return true
    }

    private mutating func apply(key: String, node: Node) {
        // YAML aliases let a few lines name one node billions of times (a "billion laughs"); real
        // metadata lists a handful of people, so the walk stops after this many nodes.
        var budget = 1_000
        func strings(_ node: Node) -> [String] {
            guard budget > 0 else { return [] }
            budget -= 1
            if let sequence = node.sequence { return sequence.flatMap(strings) }
            if let scalar = node.scalar?.string { return splitNames(scalar) }
            if let mapping = node.mapping, let name = mapping["name"]?.string { return [name] }
            return []
        }
        switch key {
        case "title", "name", "episode_title": if title == nil { title = node.string.map(DecodingTrim.trim) }
        case "date", "published", "recorded", "pubdate", "release_date", "published_at":
            if date == nil, let text = node.string { date = DateText.parse(text) }
        case "source", "url", "link", "canonical_url": if source == nil { source = node.string }
        case "media", "audio", "video", "enclosure", "media_url", "audio_url", "video_url": if media == nil { media = node.string }
        case "tags", "keywords", "categories":
            if let sequence = node.sequence { tags += sequence.compactMap(\.string) }
            else if let text = node.string { tags += text.split(separator: ",").map { DecodingTrim.trim($0) } }
        default:
            guard let role = SourceMetadata.roleKeys[key] else { return }
            if let sequence = node.sequence, key == "speakers" || key == "people" {
                for item in sequence where budget > 0 {
                    budget -= 1
                    if let entry = item.mapping, let name = entry["name"]?.string {
                        let roleName = entry["role"]?.string?.lowercased() ?? ""
                        addPerson(name, SourceMetadata.roleKeys[roleName] ?? Speaker.Role(rawValue: roleName) ?? .guest)
                    } else {
                        for name in strings(item) { addPerson(name, role) }
                    }
                }
            } else {
                for name in strings(node) { addPerson(name, role) }
            }
        }
    }

    mutating func addPerson(_ name: String, _ role: Speaker.Role) {
        let clean = DecodingTrim.trim(name)
        guard !clean.isEmpty, !people.contains(where: { $0.name == clean }) else { return }
        people.append((clean, role))
    }

    /// `Key: value` lines at the top of a plain file, before the first blank line.
    private mutating func readKeyLines(_ lines: [String], from start: Int) {
        var index = start
        var used: [String] = []
        var found = SourceMetadata()
        while index < lines.count, !lines[index].isEmpty {
            let line = lines[index]
            guard let colon = line.firstIndex(of: ":") else { break }
            let key = DecodingTrim.trim(line[..<colon]).lowercased()
            let value = DecodingTrim.trim(line[line.index(after: colon)...])
            let known = ["title", "date", "source", "url", "tags", "published", "recorded"].contains(key) || SourceMetadata.roleKeys[key] != nil
            guard known, !value.isEmpty else { break }
            if SourceMetadata.roleKeys[key] != nil {
                for name in splitNames(value) { found.addPerson(name, SourceMetadata.roleKeys[key]!) }
            } else {
                found.apply(key: key, node: Node(value))
            }
            used.append(line)
            index += 1
        }
        guard used.count >= 2 || (used.count == 1 && found.title != nil && index < lines.count && lines[index].isEmpty) else { return }
        found.lines = used
        found.bodyStart = index
        self = found
    }
}

/// Splits "A, B and C" or "A / B & C" into names.
func splitNames(_ text: String) -> [String] {
    var parts = [text]
    for separator in [",", ";", "/", " & ", " and ", "、"] {
        parts = parts.flatMap { $0.components(separatedBy: separator) }
    }
    return parts.map { DecodingTrim.trim($0) }.filter { !$0.isEmpty }
}
