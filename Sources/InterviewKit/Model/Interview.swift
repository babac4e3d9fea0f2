/// One interview: who spoke, what was asked and answered, and the text around it.
///
/// The model is a plain value. It is read from and written to the canonical Markdown file by
/// `InterviewFormat`, produced from raw text by `Importer`, and indexed by `SearchIndex`.
public struct Interview: Hashable, Sendable, Codable {
    /// A stable slug (`[a-z0-9-]+`), used as the file name and in bookmarks and search hits.
    public var id: String
    public var title: String
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source was.
    public var date: String?
    /// The publication or URL the interview came from.
    public var source: String?
    /// The recording (audio or video URL) that turn times refer to.
    public var media: String?
    public var tags: [String]
    public var speakers: [Speaker]
    /// Text that is not question and answer (introduction, talk, comments), each placed between
    /// exchanges by its `position`.
    public var sections: [Section]
    public var exchanges: [Exchange]

    public init(
        id: String, title: String, date: String? = nil, source: String? = nil, media: String? = nil, tags: [String] = [],
        speakers: [Speaker] = [], sections: [Section] = [], exchanges: [Exchange] = []
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.media = media
        self.tags = tags
        self.speakers = speakers
        self.sections = sections
        self.exchanges = exchanges
    }

    public func speaker(id: String) -> Speaker? {
        speakers.first { $0.id == id }
    }

    /// The display name for a speaker id, falling back to the id itself.
    public func name(of speakerID: String) -> String {
        speaker(id: speakerID)?.name ?? speakerID
    }

    /// The people being interviewed, in the order they were introduced.
    public var interviewees: [Speaker] {
        speakers.filter { $0.role.answers }
    }

    /// Sections and exchanges in reading order.
    public var blocks: [Block] {
        var result: [Block] = []
        var pending = sections.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }[...]
        for index in 0...exchanges.count {
            while let next = pending.first, next.element.position <= index {
                result.append(.section(next.offset))
                pending = pending.dropFirst()
            }
            if index < exchanges.count { result.append(.exchange(index)) }
        }
        result.append(contentsOf: pending.map { .section($0.offset) })
        return result
    }

    /// A section or an exchange, by index, in reading order.
    public enum Block: Hashable, Sendable {
        case section(Int)
        case exchange(Int)
    }
}

public struct Speaker: Hashable, Sendable, Codable {
    /// A slug unique within the interview; questions and answers refer to speakers by it.
    public var id: String
    public var name: String
    public var role: Role

    public init(id: String, name: String, role: Role) {
        self.id = id
        self.name = name
        self.role = role
    }

    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        case interviewer, interviewee, host, guest, audience, unknown

        /// Whether this role asks the questions (and so is the default asker).
        public var asks: Bool { self == .interviewer || self == .host }
        /// Whether this role gives the answers (and so is the default answerer).
        public var answers: Bool { self == .interviewee || self == .guest }
    }
}

/// One question and the answers to it.
public struct Exchange: Hashable, Sendable, Codable {
    public var question: Question
    public var answers: [Answer]

    public init(question: Question, answers: [Answer]) {
        self.question = question
        self.answers = answers
    }
}

public struct Question: Hashable, Sendable, Codable {
    /// The asker's speaker id.
    public var speaker: String
    /// The question as written; paragraphs are separated by a blank line.
    public var text: String
    /// When the question starts in the recording, if the source said.
    public var time: Timecode?

    public init(speaker: String, text: String, time: Timecode? = nil) {
        self.speaker = speaker
        self.text = text
        self.time = time
    }

    public var paragraphs: [String] { text.paragraphs }
}

public struct Answer: Hashable, Sendable, Codable {
    /// The answerer's speaker id.
    public var speaker: String
    /// Paragraphs as written: a paragraph may span several lines (list items, code lines).
    public var paragraphs: [String]
    /// When the answer starts in the recording, if the source said.
    public var time: Timecode?

    public init(speaker: String, paragraphs: [String], time: Timecode? = nil) {
        self.speaker = speaker
        self.paragraphs = paragraphs
        self.time = time
    }
}

/// Text that is not question and answer: an introduction, a talk before audience questions,
/// comments below a post, closing remarks.
public struct Section: Hashable, Sendable, Codable {
    /// The heading the section is shown under ("Introduction", "Comments"…).
    public var title: String
    public var paragraphs: [String]
    /// How many exchanges come before this section in reading order.
    public var position: Int

    public init(title: String, paragraphs: [String], position: Int) {
        self.title = title
        self.paragraphs = paragraphs
        self.position = position
    }

    public init(kind: Kind, paragraphs: [String], position: Int) {
        self.init(title: kind.title, paragraphs: paragraphs, position: position)
    }

    /// What kind of text the section holds, known from its title.
    public var kind: Kind { Kind(title: title) }

    private enum CodingKeys: String, CodingKey { case kind, title, position, paragraphs }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        paragraphs = try container.decode([String].self, forKey: .paragraphs)
        position = try container.decode(Int.self, forKey: .position)
    }

    /// Encodes `kind` too, so JSON readers need not know the title table.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(position, forKey: .position)
        try container.encode(paragraphs, forKey: .paragraphs)
    }

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case intro, talk, comments, closing, notes, other

        public var title: String {
            switch self {
            case .intro: "Introduction"
            case .talk: "Talk"
            case .comments: "Comments"
            case .closing: "Closing remarks"
            case .notes: "Notes"
            case .other: "Other"
            }
        }

        public init(title: String) {
            let key = title.lowercased()
            self = Kind.allCases.first { $0 != .other && $0.title.lowercased() == key } ?? .other
        }
    }
}

extension String {
    /// The blank-line separated paragraphs of a text.
    var paragraphs: [String] {
        pieces(betweenLineFeeds: 2).filter { !$0.isEmpty }.map(String.init)
    }
}
