import Yams

/// The YAML front matter of a canonical file: the interview's metadata and speakers.
///
/// Parsing goes through Yams' node API so that every value is read as the text it was written
/// as (a date stays `2017-10-05`, a title `yes` stays a string) and errors carry line numbers.
enum FrontMatter {
    static let delimiter = "---"

    /// Reads the metadata from the YAML text between the delimiters; `firstLine` is the file line
    /// the YAML starts on, so errors point into the file.
    static func read(_ yaml: String, firstLine: Int, file: String?) throws -> Interview {
        func fail(_ line: Int, _ message: String) -> FormatError {
            FormatError(file: file, line: line, message)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw fail(firstLine, "expected front matter with `id`, `title` and `speakers`, found nothing")
            }
            root = node
        } catch let error as YamlError {
            throw fail(firstLine + yamlLine(error) - 1, "expected valid YAML front matter: \(yamlProblem(error))")
        }
        func lineOf(_ node: Node?) -> Int { firstLine + (node?.mark?.line ?? 1) - 1 }
        guard let mapping = root.mapping else {
            throw fail(lineOf(root), "expected front matter to be a mapping of `key: value` lines")
        }
        let known: Set = ["id", "title", "date", "source", "media", "tags", "speakers"]
        for key in mapping.keys {
            guard let name = key.string, known.contains(name) else {
                throw fail(lineOf(key), "unknown front matter key `\(key.string ?? "?")`; expected one of \(known.sorted().joined(separator: ", "))")
            }
        }
        func string(_ key: String, required: Bool) throws -> String? {
            guard let node = mapping[key] else {
                if required { throw fail(firstLine, "expected `\(key):` in the front matter") }
                return nil
            }
            guard let value = node.scalar?.string else {
                throw fail(lineOf(node), "expected `\(key)` to be a single line of text")
            }
            return value
        }
        let id = try string("id", required: true)!
        guard Slug.isValid(id) else {
            throw fail(lineOf(mapping["id"]), "expected `id` to be a slug of lowercase letters, digits and single hyphens, found `\(id)`")
        }
        let title = try string("title", required: true)!
        let date = try string("date", required: false)
        if let date, !isValidDate(date) {
            throw fail(lineOf(mapping["date"]), "expected `date` as YYYY, YYYY-MM or YYYY-MM-DD, found `\(date)`")
        }
        let source = try string("source", required: false)
        let media = try string("media", required: false)
        var tags: [String] = []
        if let node = mapping["tags"] {
            guard let sequence = node.sequence else { throw fail(lineOf(node), "expected `tags` to be a list, like [a, b]") }
            tags = try sequence.map { item in
                guard let tag = item.scalar?.string else { throw fail(lineOf(item), "expected each tag to be text") }
                return tag
            }
        }
        var speakers: [Speaker] = []
        // Sets, not searches of `speakers`: a front matter with many speakers stays linear.
        var speakerIDs = Set<String>(), speakerNames = Set<String>()
        if let node = mapping["speakers"] {
            guard let sequence = node.sequence else {
                throw fail(lineOf(node), "expected `speakers` to be a list of {id, name, role}")
            }
            for item in sequence {
                guard let entry = item.mapping,
                      let speakerID = entry["id"]?.scalar?.string,
                      let name = entry["name"]?.scalar?.string,
                      let roleText = entry["role"]?.scalar?.string
                else { throw fail(lineOf(item), "expected a speaker with `id`, `name` and `role`") }
                guard let role = Speaker.Role(rawValue: roleText) else {
                    throw fail(lineOf(entry["role"]), "expected role to be one of \(Speaker.Role.allCases.map(\.rawValue).joined(separator: ", ")), found `\(roleText)`")
                }
                guard Slug.isValid(speakerID) else {
                    throw fail(lineOf(entry["id"]), "expected speaker id to be a slug, found `\(speakerID)`")
                }
                if !speakerIDs.insert(speakerID).inserted {
                    throw fail(lineOf(entry["id"]), "speaker id `\(speakerID)` is used twice")
                }
                if !speakerNames.insert(name).inserted {
                    throw fail(lineOf(entry["name"]), "speaker name `\(name)` is used twice; names label answers, so they must differ")
                }
                speakers.append(Speaker(id: speakerID, name: name, role: role))
            }
        }
        return Interview(id: id, title: title, date: date, source: source, media: media, tags: tags, speakers: speakers)
    }

    /// The YAML text for an interview's metadata, without delimiters, ending in a newline.
    static func write(_ interview: Interview) -> String {
        func scalar(_ text: String) -> Node { Node(text) }
        var pairs: [(Node, Node)] = [
            (scalar("id"), scalar(interview.id)),
            (scalar("title"), scalar(interview.title)),
        ]
        if let date = interview.date { pairs.append((scalar("date"), scalar(date))) }
        if let source = interview.source { pairs.append((scalar("source"), scalar(source))) }
        if let media = interview.media { pairs.append((scalar("media"), scalar(media))) }
        if !interview.tags.isEmpty {
            pairs.append((scalar("tags"), Node.sequence(Node.Sequence(interview.tags.map(scalar), .implicit, .flow))))
        }
        let speakers = interview.speakers.map { speaker in
            Node.mapping(Node.Mapping([
                (scalar("id"), scalar(speaker.id)),
                (scalar("name"), scalar(speaker.name)),
                (scalar("role"), scalar(speaker.role.rawValue)),
            ], .implicit, .block))
        }
        pairs.append((scalar("speakers"), Node.sequence(Node.Sequence(speakers, .implicit, .block))))
        let root = Node.mapping(Node.Mapping(pairs, .implicit, .block))
        // Serialising a tree of strings cannot fail; a failure here is a bug in Yams.
        return try! Yams.serialize(node: root, width: -1, allowUnicode: true)
    }

    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        let numbers = parts.map { Int($0) }
        guard numbers.allSatisfy({ $0 != nil }), parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return false }
        if parts.count >= 2, !(1...12).contains(numbers[1]!) { return false }
        if parts.count == 3, !(1...31).contains(numbers[2]!) { return false }
        return true
    }

    /// The line to report: where the problem was found, except for a construct left open (a
    /// quote or a bracket, found out only where the YAML ends or the next key starts): then where
    /// that construct opened, which is the line a person has to fix.
    private static func yamlLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if let context, isUnclosed(context, problem) { return context.mark.line }
            return mark.line
        default: return 1
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            if let context, isUnclosed(context, problem) {
                // "while scanning a quoted scalar" → "a quoted scalar opened here is never closed".
                let construct = context.text.replacingOccurrences(of: "while scanning ", with: "")
                    .replacingOccurrences(of: "while parsing ", with: "")
                return "\(construct) opened on this line is never closed (\(problem))"
            }
            return problem
        case .reader(let problem, _, _, _): return problem
        default: return "\(error)"
        }
    }

    /// Whether libyaml's error is about a construct that was never closed: it ran into the end,
    /// or it was scanning a quoted scalar or parsing a flow collection (`[…]`, `{…}`).
    private static func isUnclosed(_ context: YamlError.Context, _ problem: String) -> Bool {
        problem.contains("end of stream") || context.text.contains("quoted scalar") || context.text.contains("flow ")
    }
}
