/// One search result: where it was found, and a snippet to show with its matches marked.
public struct SearchHit: Hashable, Sendable, Codable {
    public var interviewID: String
    public var interviewTitle: String
    public var location: TextLocation
    /// The question of the exchange the hit is in (empty for a section hit).
    public var question: String
    /// Display name of who said the matching text (the asker for a question hit).
    public var speaker: String
    /// About one line of text around the best match.
    public var snippet: String
    /// Every match in `snippet`, as ranges of Character (grapheme cluster) offsets.
    public var matches: [Range<Int>]
    /// Lower is better (bm25 as SQLite reports it, scaled by the passage's `Substance`).
    public var rank: Double

    public init(
        interviewID: String, interviewTitle: String, location: TextLocation, question: String,
        speaker: String, snippet: String, matches: [Range<Int>], rank: Double
    ) {
        self.interviewID = interviewID
        self.interviewTitle = interviewTitle
        self.location = location
        self.question = question
        self.speaker = speaker
        self.snippet = snippet
        self.matches = matches
        self.rank = rank
    }
}

/// A place inside one interview: a question, an answer, or a section paragraph.
public enum TextLocation: Hashable, Sendable, Codable {
    case question(exchange: Int)
    case answer(exchange: Int, answer: Int, paragraph: Int)
    case section(Int, paragraph: Int)

    /// The exchange the location belongs to, if any.
    public var exchange: Int? {
        switch self {
        case .question(let exchange), .answer(let exchange, _, _): exchange
        case .section: nil
        }
    }
}

/// What a list of interviews shows without loading each file.
public struct InterviewSummary: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var date: String?
    /// Names of the people interviewed.
    public var interviewees: [String]
    public var exchangeCount: Int
    /// The front matter's tags, so a list can be filtered on them without opening the file.
    public var tags: [String]

    public init(id: String, title: String, date: String?, interviewees: [String], exchangeCount: Int, tags: [String] = []) {
        self.id = id
        self.title = title
        self.date = date
        self.interviewees = interviewees
        self.exchangeCount = exchangeCount
        self.tags = tags
    }

    public init(_ interview: Interview) {
        self.init(
            id: interview.id, title: interview.title, date: interview.date,
            interviewees: interview.interviewees.map(\.name), exchangeCount: interview.exchanges.count,
            tags: interview.tags
        )
    }
}
