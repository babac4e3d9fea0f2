import Foundation
@testable import InterviewKit

/// A small library on disk and a private cache folder, for search tests.
final class SearchFixture {
    let library: TemporaryFolder
    let cache: TemporaryFolder

    init(_ interviews: [Interview] = SearchFixture.interviews) throws {
        library = try TemporaryFolder()
        cache = try TemporaryFolder()
        for interview in interviews { try write(interview) }
    }

    func write(_ interview: Interview, name: String? = nil) throws {
        try InterviewFormat.write(interview).write(
            to: library.url.appendingPathComponent(name ?? "\(interview.id).md"), atomically: true, encoding: .utf8)
    }

    func open() throws -> SearchIndex {
        try SearchIndex.open(libraryFolder: library.url, cacheDirectory: cache.url)
    }

    /// An up-to-date index.
    func index() throws -> SearchIndex {
        let index = try open()
        try index.update()
        return index
    }

    static let compilers = Interview(
        id: "compilers", title: "Talking about Compilers", date: "2020-03",
        speakers: [
            Speaker(id: "iris", name: "Iris Asker", role: .interviewer),
            Speaker(id: "renee", name: "Renée Müller", role: .interviewee),
        ],
        sections: [Section(kind: .intro, paragraphs: ["This interview was recorded in a noisy café."], position: 0)],
        exchanges: [
            Exchange(question: Question(speaker: "iris", text: "What got you into parsers?"), answers: [
                Answer(speaker: "renee", paragraphs: [
                    "I started in a small office above a bakery.",
                    "Then I was running experiments with parsers every night.",
                ]),
            ]),
            Exchange(question: Question(speaker: "iris", text: "How do you check your work?"), answers: [
                Answer(speaker: "renee", paragraphs: ["We check with fuzzing, mostly.", "Snapshot tests too, and patience."]),
            ]),
        ])

    static let garden = Interview(
        id: "garden", title: "Gardening Notes", date: "2021",
        speakers: [
            Speaker(id: "olaf", name: "Olaf Host", role: .host),
            Speaker(id: "ana", name: "Ana Lima", role: .guest),
            Speaker(id: "bo", name: "Bo Chen", role: .guest),
        ],
        exchanges: [
            Exchange(question: Question(speaker: "olaf", text: "Do you grow tomatoes with patience?"), answers: [
                Answer(speaker: "ana", paragraphs: ["Tomatoes need sun."]),
                Answer(speaker: "bo", paragraphs: ["I prefer peppers; grammars are my other hobby."]),
            ]),
            Exchange(question: Question(speaker: "olaf", text: "Any advice for beginners?"), answers: [
                Answer(speaker: "ana", paragraphs: ["Water early in the morning."]),
                Answer(speaker: "bo", paragraphs: ["Read the manual of your soil, and water late."]),
            ]),
        ])

    static let interviews = [compilers, garden]

    /// An interview of a host (`host`) asking and a guest (`guest`) answering.
    static func hostAndGuest(id: String, title: String, _ exchanges: [Exchange]) -> Interview {
        Interview(
            id: id, title: title, date: "2024",
            speakers: [Speaker(id: "host", name: "Hal Host", role: .host), Speaker(id: "guest", name: "Gus Guest", role: .guest)],
            exchanges: exchanges)
    }
}

extension SearchHit {
    /// The matched parts of the snippet, lowercased.
    var matchedTexts: [String] {
        let characters = Array(snippet)
        return matches.map { String(characters[$0]).lowercased() }
    }
}
