import Testing
@testable import InterviewKit

/// Canonical files shaped to punish work that grows faster than the input (issue 10): one answer
/// of 200,000 paragraphs, 50,000 exchanges and sections, a question of 500,000 `>` lines. A quadratic path
/// (copying the answers, the paragraphs or the question text once per line) takes hours on
/// these, so the test run would not end; a linear one takes seconds. No timing is asserted.
@Suite("Canonical format at scale")
struct FormatScaleTests {
    /// The front matter, as the writer lays it out, of a file where Ann asks and `answerers` answer.
    static func header(answerers: [String] = ["Bo"]) -> String {
        let guests = answerers.map { Speaker(id: Slug.make($0, fallback: "guest"), name: $0, role: .guest) }
        return InterviewFormat.write(Interview(id: "big", title: "Big", speakers: [Speaker(id: "ann", name: "Ann", role: .host)] + guests))
    }

    /// Reads a canonical text, checks the model is valid and writes back the same bytes.
    func readAndRewrite(_ text: String) throws -> Interview {
        let interview = try InterviewFormat.read(text)
        #expect(interview.validate() == [])
        #expect(InterviewFormat.write(interview) == text)
        return interview
    }

    @Test func oneAnswerOfManyParagraphs() throws {
        let count = 200_000
        var text = Self.header() + "\n## [0:01] Tell me everything?\n"
        text.reserveCapacity(text.utf8.count + count * 12)
        for index in 0..<count { text += "\nPart \(index).\n" }
        let interview = try readAndRewrite(text)
        #expect(interview.exchanges.count == 1)
        #expect(interview.exchanges[0].answers.count == 1)
        #expect(interview.exchanges[0].answers[0].paragraphs.count == count)
        #expect(interview.exchanges[0].answers[0].paragraphs.last == "Part \(count - 1).")
    }

    @Test func manyTimedAnswersFromManySpeakers() throws {
        let count = 100_000
        var text = Self.header(answerers: (0..<200).map { "S\($0)" }) + "\n## Who?\n"
        for index in 0..<count { text += "\n**S\(index % 200):** [\(Timecode(milliseconds: index * 1000))] Turn \(index).\n" }
        let interview = try readAndRewrite(text)
        #expect(interview.exchanges[0].answers.count == count)
        #expect(interview.exchanges[0].answers.last?.time == Timecode(milliseconds: (count - 1) * 1000))
    }

    /// Exchanges each followed by a section, so that placing sections among exchanges
    /// (`Interview.blocks`) must be linear too.
    @Test func manyExchangesAndSections() throws {
        let count = 50_000
        var text = Self.header() + "\n# Introduction\n\nHello.\n"
        for index in 0..<count { text += "\n## Question \(index)?\n\nAnswer \(index).\n\n# Notes\n\nNote \(index).\n" }
        let interview = try readAndRewrite(text)
        #expect(interview.exchanges.count == count)
        #expect(interview.sections.count == count + 1)
        #expect(interview.blocks.count == 2 * count + 1)
        #expect(interview.sections.last?.position == count)
    }

    @Test func aQuestionOfManyLines() throws {
        let count = 500_000
        var text = Self.header() + "\n## Ready?\n"
        for index in 0..<count { text += "> line \(index)\n" }
        text += "\nYes.\n"
        let interview = try readAndRewrite(text)
        let question = interview.exchanges[0].question.text
        #expect(question.hasPrefix("Ready?\nline 0\n"))
        #expect(question.hasSuffix("\nline \(count - 1)"))
    }
}
