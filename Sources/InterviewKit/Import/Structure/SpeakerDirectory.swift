/// Who each label in a document is: the name to show, and the role.
///
/// Transcripts label the same person in several ways: a full name first and a first name later
/// (`Dan Ott:` … `Dan:`), initials (`AL:` for Ada Lovelace), a bare `Q` for whoever asks. The
/// directory resolves each label to one speaker, using the names the metadata declares and the
/// longer labels of the same document.
struct SpeakerDirectory {
    struct Entry {
        var name: String
        var role: Speaker.Role?
    }

    private(set) var entries: [String: Entry] = [:]
    /// Speaker names in order of first appearance.
    private(set) var order: [String] = []

    init(labels: [String], people: [(name: String, role: Speaker.Role)], pressBriefing: Bool, title: String? = nil) {
        let fullNames = people.map(\.name) + labels.filter { $0.contains(" ") && SpeakerLabel.isPlainName($0) }
        for label in labels {
            var name = Self.resolve(label, among: fullNames)
            var role = people.first { $0.name == name || $0.name.hasSuffix(" " + name) || $0.name.hasPrefix(name + " ") }?.role
            if role == nil { role = Self.impliedRole(label, pressBriefing: pressBriefing) }
            name = Self.displayName(label, resolved: name, pressBriefing: pressBriefing)
            // An anonymous `A` in "Five questions for Jane Doe" is Jane Doe.
            if label == "A", let named = QANames.titleNameAfterPreposition(title) ?? QANames.titleName(title), !labels.contains(named) { name = named }
            entries[label] = Entry(name: name, role: role)
            if !order.contains(name) { order.append(name) }
        }
    }

    func name(of label: String) -> String { entries[label]?.name ?? label }

    /// The role every label of one speaker agrees on, if any does.
    func declaredRole(of name: String) -> Speaker.Role? {
        entries.values.first { $0.name == name && $0.role != nil }?.role
    }

    /// A short label resolved to the one full name it abbreviates: a first name, a surname, or
    /// initials. Ambiguous or unknown labels stay as written.
    static func resolve(_ label: String, among fullNames: [String]) -> String {
        guard !label.contains(" ") else { return label }
        let key = label.lowercased()
        var matches = Set<String>()
        for full in fullNames where full != label {
            let words = full.split(separator: " ").map { $0.lowercased() }
            if words.first == key || words.last == key || Initials.abbreviate(label, full) { matches.insert(full) }
        }
        return matches.count == 1 ? matches.first! : label
    }

    /// The role a label's own wording gives ("Q", "Interviewer", "Audience member").
    static func impliedRole(_ label: String, pressBriefing: Bool) -> Speaker.Role? {
        let key = label.lowercased()
        if key == "q" { return pressBriefing ? .audience : .interviewer }
        if ["interviewer", "question"].contains(key) { return .interviewer }
        if ["a", "interviewee", "answer"].contains(key) { return .interviewee }
        if ["host", "moderator", "co-host", "cohost"].contains(key) || key.hasPrefix("host ") { return .host }
        if ["guest"].contains(key) { return .guest }
        if ["reporter", "journalist", "press", "participant"].contains(key) || key.hasPrefix("audience") || key.hasPrefix("question from") || key.hasPrefix("attendee") || key.hasPrefix("reporter") { return .audience }
        return nil
    }

    /// `Q` and `A` are roles, not names: show them as such.
    static func displayName(_ label: String, resolved: String, pressBriefing: Bool) -> String {
        switch label.lowercased() {
        case "q": pressBriefing ? "Reporter" : "Interviewer"
        case "a": "Interviewee"
        default: resolved
        }
    }
}
