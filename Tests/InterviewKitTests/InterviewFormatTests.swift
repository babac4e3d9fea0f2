import Foundation
import PropertyBased
import Testing
@testable import InterviewKit

@Suite("Canonical interview format")
struct InterviewFormatTests {
    static let sample = Interview(
        id: "a-chat-about-tools",
        title: "A chat about tools: “why” and how",
        date: "2021-03-04",
        source: "https://example.org/chat",
        tags: ["tools", "C++"],
        speakers: [
            Speaker(id: "ann-lee", name: "Ann Lee", role: .interviewer),
            Speaker(id: "bo", name: "Bo", role: .interviewee),
            Speaker(id: "chloe", name: "Chloé", role: .interviewee),
        ],
        sections: [
            Section(kind: .intro, paragraphs: ["We met Bo and Chloé 🙂 at a café."], position: 0),
            Section(kind: .comments, paragraphs: ["Great read!"], position: 2),
        ],
        exchanges: [
            Exchange(
                question: Question(speaker: "ann-lee", text: "What do you use?\nAnd why?"),
                answers: [
                    Answer(speaker: "bo", paragraphs: ["Mostly:\n- vim\n- make", "    code line"]),
                    Answer(speaker: "chloe", paragraphs: ["日本語 too."]),
                ]
            ),
            Exchange(
                question: Question(speaker: "chloe", text: "## A question that looks like a heading"),
                answers: [Answer(speaker: "bo", paragraphs: ["**Bo:** said twice", "# not a section"])]
            ),
        ]
    )

    @Test func writesReadableMarkdown() {
        let text = InterviewFormat.write(Self.sample)
        #expect(text.hasPrefix("---\nid: a-chat-about-tools\n"))
        #expect(text.contains("\n# Introduction\n\nWe met Bo"))
        #expect(text.contains("\n## What do you use?\n> And why?\n\n**Bo:** Mostly:\n- vim\n- make\n\n    code line\n\n**Chloé:** 日本語 too.\n"))
        #expect(text.contains("\n## **Chloé:** \\## A question that looks like a heading\n"))
        #expect(text.contains("\n**Bo:** \\**Bo:** said twice\n\n\\# not a section\n"))
        #expect(text.hasSuffix("# Comments\n\nGreat read!\n"))
    }

    @Test func readsWhatItWrites() throws {
        let text = InterviewFormat.write(Self.sample)
        #expect(try InterviewFormat.read(text) == Self.sample)
    }

    @Test func roundTripsGeneratedInterviews() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var generator = InterviewGenerator(seed: UInt64(seed))
            let interview = generator.interview()
            #expect(interview.validate() == [])
            let text = InterviewFormat.write(interview)
            let back = try? InterviewFormat.read(text)
            #expect(back == interview, "seed \(seed):\n\(text)")
            if let back { #expect(InterviewFormat.write(back) == text) }
            // The same file with Windows line ends (`\r\n`) reads as the same interview.
            let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
            #expect((try? InterviewFormat.read(crlf)) == interview, "seed \(seed), CRLF:\n\(text)")
        }
    }

    @Test func everyBundledFileRoundTripsExactly() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../data/interviews").standardized
        let files = try Library.interviewFiles(in: folder)
        #expect(files.count == 5)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(InterviewFormat.write(try InterviewFormat.read(text, file: file.path)) == text, "\(file.lastPathComponent)")
        }
    }

    @Test(arguments: [
        ("no front matter\n", 1, "expected `---` to open"),
        ("---\nid: x\n", 3, "expected `---` to close"),
        ("---\ntitle: T\nspeakers: []\n---\n", 2, "expected `id:`"),
        ("---\nid: Bad Id\ntitle: T\n---\n", 2, "slug"),
        ("---\nid: x\ntitle: T\ndate: 5 May\n---\n", 4, "YYYY"),
        ("---\nid: x\ntitle: T\nspeakers:\n  - id: a\n    name: A\n    role: boss\n---\n", 7, "role to be one of"),
        ("---\nid: x\ntitle: [unclosed\n---\n", 3, "a flow sequence opened on this line is never closed"),
        // A broken quote is reported where it opens, not where the front matter ends.
        ("---\nid: x\ntitle: \"Broken quote\ndate: 2020\nspeakers:\n  - {id: a, name: A, role: host}\n---\n", 3,
         "a quoted scalar opened on this line is never closed"),
        ("---\nid: x\ntags: [a, b\ntitle: T\nspeakers: []\n---\n", 3, "never closed"),
        ("---\nid: x\ntitle: T\nauthor: me\n---\n", 4, "unknown front matter key `author`"),
        ("---\nid: x\ntitle: T\n---\n\nstray text\n", 6, "expected a heading"),
        ("---\nid: x\ntitle: T\n---\n\n## Who asks?\n", 6, "no single interviewer"),
        ("---\nid: x\ntitle: T\nspeakers:\n  - {id: a, name: A, role: host}\n---\n\n## Q?\n\nanswer\n", 10, "no single interviewee"),
        ("---\nid: x\ntitle: T\nspeakers:\n  - {id: a, name: A, role: host}\n---\n\n## Q?\nnot quoted\n", 9, "expected `> `"),
    ])
    func reportsLineAndExpectation(text: String, line: Int, expected: String) {
        #expect {
            try InterviewFormat.read(text, file: "f.md")
        } throws: { error in
            guard let error = error as? FormatError else { return false }
            return error.file == "f.md" && error.line == line && error.message.contains(expected)
        }
    }

    /// Every Unicode line break counts in a one-line field: a title with U+2028 prints as two
    /// lines on a terminal, one of them made up.
    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}", "\n", "\r"])
    func aLineBreakInATitleOrNameIsAProblem(separator: String) {
        var interview = Self.sample
        interview.title = "Real talk\(separator)fake-admin"
        #expect(interview.validate().contains { $0.hasPrefix("title must be one") })
        interview = Self.sample
        interview.speakers[1].name = "Bo\(separator)fake"
        #expect(interview.validate().contains { $0.hasPrefix("speaker name") })
    }

    @Test func sectionKindComesFromTitle() {
        #expect(Section(title: "comments", paragraphs: [], position: 0).kind == .comments)
        #expect(Section(title: "Backstage", paragraphs: [], position: 0).kind == .other)
    }

    @Test func jsonCarriesSpeakerIdsAndSectionKinds() throws {
        let data = try JSONEncoder().encode(Self.sample)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.first?["kind"] as? String == "intro")
        let exchanges = try #require(object["exchanges"] as? [[String: Any]])
        let question = try #require(exchanges.first?["question"] as? [String: Any])
        #expect(question["speaker"] as? String == "ann-lee")
        #expect(try JSONDecoder().decode(Interview.self, from: data) == Self.sample)
    }
}
