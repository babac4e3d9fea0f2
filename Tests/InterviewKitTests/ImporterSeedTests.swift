import Foundation
import Testing
@testable import InterviewKit

/// Golden tests on the five seed texts, one layout each, as the repository keeps them in
/// `data/sources` (the same bytes as the project's seeds), so they always run.
@Suite("Importer seeds")
struct ImporterSeedTests {
    static let seeds = [
        "cool-python-codes-julien-danjou.txt", "pydev-of-the-week-aymeric-augustin.txt",
        "openstack-python-better-libraries-larger-paychecks.txt", "how-openstack-makes-python-better-talk.txt",
        "pydev-of-the-week-giampaolo-rodola.txt",
    ]

    private func names(_ interview: Interview, _ role: Speaker.Role) -> [String] {
        interview.speakers.filter { $0.role == role }.map(\.name)
    }

    /// All answer paragraphs, joined, for "is it inside an answer" checks.
    private func answerText(_ interview: Interview) -> String {
        interview.exchanges.flatMap { $0.answers.flatMap(\.paragraphs) }.joined(separator: "\n\n")
    }

    /// Every text the reader shows: questions, answers and sections.
    private func bodyText(_ interview: Interview) -> String {
        (interview.exchanges.flatMap { [$0.question.text] + $0.answers.flatMap(\.paragraphs) }
            + interview.sections.flatMap(\.paragraphs)).joined(separator: "\n\n")
    }

    @Test("every seed imports, is valid, round-trips and loses no text", arguments: seeds)
    func noTextLost(name: String) throws {
        let (result, source) = try ImportFixtures.importSeed(name)
        print("=== \(name)\n" + ImportFixtures.summary(result))
        #expect(ImportFixtures.lostWords(source: source, result: result) == [])
        // Noise never reaches the text the reader shows.
        let bodyLines = Set(bodyText(result.interview).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let repeats = result.warnings.filter { $0.contains("repeats") }.joined()
        for line in result.noise where !repeats.contains(line.prefix(60)) {
            #expect(!bodyLines.contains(line.trimmingCharacters(in: .whitespaces)), "noise line in the text: \(line)")
        }
    }

    @Test("blog post: title, date, interviewer from the intro, 20 questions, repeats kept once")
    func blogPost() throws {
        let (result, _) = try ImportFixtures.importSeed(Self.seeds[0])
        let interview = result.interview
        #expect(interview.title == "My interview with Cool Python Codes")
        #expect(interview.date == "2017-10-05")
        #expect(interview.tags.contains("Python") && !interview.tags.contains { $0.contains("Comments") })
        #expect(names(interview, .interviewer) == ["Godson Rapture"])
        #expect(names(interview, .interviewee) == ["Julien Danjou"])
        #expect(interview.sections.map(\.title) == ["Introduction"])
        #expect(interview.sections[0].paragraphs.first?.hasPrefix("A few days ago") == true)
        // 19 questions plus the greeting exchange.
        #expect(interview.exchanges.count == 20)
        #expect(interview.exchanges[0].question.text.hasPrefix("Good day"))
        #expect(interview.exchanges.contains { $0.question.text == "Tell us more about your book, The Hacker’s Guide to Python." })
        let answers = interview.exchanges.flatMap { $0.answers.flatMap(\.paragraphs) }
        #expect(answers.filter { $0.contains("What you want is to have a place where your users can feel safe") }.count == 1)
        #expect(answers.filter { $0.contains("Do your homework, and listen") }.count == 1)
        #expect(result.layout == "Q&A blog post")
    }

    @Test("PyDev post: lists, code and rhetorical questions stay in their answers")
    func pyDevPost() throws {
        let (result, _) = try ImportFixtures.importSeed(Self.seeds[1])
        let interview = result.interview
        #expect(names(interview, .interviewee) == ["Aymeric Augustin"])
        #expect(interview.exchanges.count == 8)
        #expect(interview.exchanges[0].question.text.hasSuffix("(hobbies, education, etc):"))
        let answers = answerText(interview)
        #expect(answers.contains("if __debug__:\nprint(\"INFO: Initializing BackgroundEncoder\")"))
        #expect(answers.contains("• mentored 20k women"))
        #expect(answers.contains("• award a prize to those who welcome newcomers"))
        #expect(answers.contains("Who wants to spend time thinking about their framework rather than their app?"))
        #expect(answers.contains("Do you know how to spot a Frenchman?"))
        #expect(answers.contains("it also sported an elegant logging system:"))
        #expect(!interview.exchanges.contains { $0.question.text.contains("What else?") })
        #expect(interview.sections.first?.kind == .intro)
    }

    @Test("article with labelled answers: full names, interviewer, framing section, no noise")
    func labelledAnswers() throws {
        let (result, _) = try ImportFixtures.importSeed(Self.seeds[2])
        let interview = result.interview
        #expect(Set(names(interview, .interviewee)) == ["Doug Hellmann", "Thierry Carrez"])
        #expect(names(interview, .interviewer) == ["David Flanders"])
        #expect(interview.exchanges.count == 8)
        #expect(interview.sections.map(\.kind) == [.intro])
        #expect(interview.sections[0].paragraphs.contains { $0.contains("six-year-old OpenStack") })
        // Answers are attributed by full name; unlabelled paragraphs continue the speaker.
        let carrez = try #require(interview.speakers.first { $0.name == "Thierry Carrez" })
        let testing = try #require(interview.exchanges.first { $0.question.text.contains("really tests Python") })
        #expect(testing.answers.count == 1 && testing.answers[0].speaker == carrez.id && testing.answers[0].paragraphs.count == 3)
        #expect(interview.exchanges[0].answers.map { interview.name(of: $0.speaker) } == ["Doug Hellmann", "Thierry Carrez"])
        let body = bodyText(interview)
        for noise in ["cxjuzsvdhibclffxxt50", "k2ickovhz7ejytjdch5k", "wty5tqn2ypeghs54uy7t", "sdgp0eqwzzbq5i99t6d8", "svx78qoytzfxoq50n2sk", "Cover Photo"] {
            #expect(!body.contains(noise))
            #expect(result.noise.contains { $0.contains(noise) })
        }
        #expect(!body.contains("Hellmann: ") && !body.contains("Carrez: "))
    }

    @Test("video page: metadata, talk, three audience questions, no keyword cloud")
    func videoPage() throws {
        let (result, _) = try ImportFixtures.importSeed(Self.seeds[3])
        let interview = result.interview
        #expect(interview.title == "How OpenStack makes Python better (and vice-versa)")
        #expect(Array(names(interview, .guest)) == ["Thierry Carrez", "Doug Hellmann"])
        #expect(names(interview, .audience) == ["Audience"])
        #expect(interview.sections.contains { $0.kind == .talk && $0.position == 0 })
        #expect(interview.exchanges.count == 3)
        let audience = try #require(interview.speakers.first { $0.role == .audience })
        #expect(interview.exchanges.allSatisfy { $0.question.speaker == audience.id && !$0.answers.isEmpty })
        #expect(interview.exchanges[0].question.text.contains("move over to Python 3?"))
        #expect(interview.exchanges[2].question.text.contains("contestants to Python?"))
        let body = bodyText(interview)
        for cloudWord in ["Multiplication sign", "Goodness of fit", "Kate Ryan album", "Meeting/Interview", "Lecture/Conference", "JavaScript enabled"] {
            #expect(!body.contains(cloudWord), "keyword cloud text in the interview: \(cloudWord)")
        }
        let talk = try #require(interview.sections.first { $0.kind == .talk })
        #expect(talk.paragraphs.first?.hasPrefix("Okay, good morning") == true)
        #expect(!talk.paragraphs.joined().contains("When do you think OpenStack's gonna move"))
    }

    @Test("PyDev post with comments: seven questions, comments apart from the answers")
    func commentsSection() throws {
        let (result, _) = try ImportFixtures.importSeed(Self.seeds[4])
        let interview = result.interview
        #expect(names(interview, .interviewee) == ["Giampaolo Rodola'"])
        #expect(interview.exchanges.count == 7)
        let comments = try #require(interview.sections.first { $0.kind == .comments })
        #expect(comments.position == interview.exchanges.count)
        #expect(comments.paragraphs.contains { $0.contains("Great job Giampaolo") })
        let answers = answerText(interview)
        #expect(!answers.contains("Great job Giampaolo") && !answers.contains("Pingback") && !answers.contains("thoughts on"))
        #expect(!bodyText(interview).contains("Comments are closed."))
    }
}
