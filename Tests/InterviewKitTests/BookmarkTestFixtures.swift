import Foundation
@testable import InterviewKit

/// Interviews and folders the bookmark tests share.
enum BookmarkFixtures {
    /// An interview with one interviewer and one interviewee; each pair is (question, answer).
    static func interview(id: String = "talk", _ pairs: [(String, String)]) -> Interview {
        Interview(
            id: id, title: "A talk",
            speakers: [
                Speaker(id: "host", name: "Host", role: .interviewer),
                Speaker(id: "guest", name: "Guest Speaker", role: .interviewee),
            ],
            exchanges: pairs.map { question, answer in
                Exchange(question: Question(speaker: "host", text: question),
                         answers: [Answer(speaker: "guest", paragraphs: [answer])])
            }
        )
    }

    static let pairs: [(String, String)] = [
        ("Where did the project start?", "In a garage, with two borrowed laptops and a lot of coffee."),
        ("Why a terminal reader?", "Because reading long interviews in a browser is tiring; text wants a calm screen."),
        ("What comes next?", "Search that understands who said what."),
        ("Anything else?", "Thank you for having me."),
    ]

    /// A fresh empty folder under the system's temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-bookmark-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Names of the files in `folder`, sorted.
    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static let epoch = Date(timeIntervalSince1970: 1_780_000_000)
}
