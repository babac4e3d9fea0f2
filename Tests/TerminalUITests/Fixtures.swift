import TerminalUI

/// Shared view models for widget tests.
enum Fixtures {
    static let rows: [ListRow] = [
        ListRow("Alpha interview", detail: "2024-01-02", mark: "★"),
        ListRow("日本語のタイトル", detail: "12"),
        ListRow("Family 👨‍👩‍👧 café", detail: "3"),
        ListRow("A rather long title that will certainly not fit in a narrow list", detail: "2023-12-31"),
        ListRow("Escape \u{1B}[2J attempt", detail: "0"),
    ]

    static let document = TextDocument(blocks: [
        TextBlock(id: "h", kind: .heading, text: "On making things"),
        TextBlock(
            id: "q1", kind: .speech(speaker: "Interviewer"), text: "What did you build first?", highlights: [13..<18]),
        TextBlock(
            id: "a1", kind: .speech(speaker: "Guest"),
            text: "A small boat. Then a bigger boat, and later a house by the water.",
            highlights: [8..<12, 28..<32]),
        TextBlock(id: "p", kind: .paragraph, text: "日本語 and e\u{301}mojis 👨‍👩‍👧 end."),
    ])
}
