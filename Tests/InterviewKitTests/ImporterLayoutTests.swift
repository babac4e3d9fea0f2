import Foundation
import Testing
@testable import InterviewKit

/// Layouts not taken from the seeds: each is written here by hand, imported, checked for its
/// structure, validity, canonical round trip and that no word was lost.
@Suite("Importer synthetic layouts")
struct ImporterLayoutTests {
    private func importChecked(_ text: String, fileName: String = "synthetic.txt") throws -> ImportResult {
        let result = try ImportFixtures.importText(text, fileName: fileName)
        ImportFixtures.expectSound(result)
        #expect(ImportFixtures.lostWords(source: text, result: result) == [], "\(ImportFixtures.summary(result))")
        return result
    }

    private func speakerNames(_ interview: Interview) -> [String: Speaker.Role] {
        Dictionary(uniqueKeysWithValues: interview.speakers.map { ($0.name, $0.role) })
    }

    @Test("labels alone on their own line, text below")
    func labelsOnOwnLine() throws {
        let text = """
        Mara Quist:
        Welcome to the show, Ben. What are you building these days?

        Ben Oduya:
        A compiler for a tiny language.
        It fits in one file.

        Mara Quist:
        Why one file?

        Ben Oduya:
        So that anyone can read it in an evening.
        """
        let result = try importChecked(text, fileName: "episode-12.txt")
        let interview = result.interview
        #expect(speakerNames(interview) == ["Mara Quist": .host, "Ben Oduya": .guest])
        #expect(interview.exchanges.count == 2)
        #expect(interview.exchanges[0].answers[0].paragraphs == ["A compiler for a tiny language.\nIt fits in one file."])
        #expect(interview.title == "Episode 12")
        #expect(result.layout == "transcript with speaker labels")
    }

    @Test("bold labels with timestamps after the name, and timestamps before plain labels")
    func timestamps() throws {
        let bold = """
        **Lena Park:** [00:00:05] Hello and welcome, everyone. Today I talk with Tomás.

        **Tomás Reyes:** [00:00:12] Thanks for having me.

        **Lena Park:** [00:01:40] How did the project start?

        **Tomás Reyes:** [00:01:44] With a broken printer, honestly.

        It still prints sideways.
        """
        let first = try importChecked(bold).interview
        #expect(speakerNames(first) == ["Lena Park": .host, "Tomás Reyes": .guest])
        #expect(first.exchanges.count == 2)
        #expect(first.exchanges[1].answers[0].paragraphs == ["With a broken printer, honestly.", "It still prints sideways."])
        #expect(first.exchanges[1].answers[0].time == Timecode(milliseconds: 104_000))

        let plain = """
        [00:01] Ana Silva: Welcome back to the podcast. Who are you?
        [00:05] Raj Patel: I maintain a small database.
        [00:09] Ana Silva: What is hard about it?
        [00:12] Raj Patel: Crashes at the wrong moment.
        """
        let second = try importChecked(plain).interview
        #expect(speakerNames(second) == ["Ana Silva": .host, "Raj Patel": .guest])
        #expect(second.exchanges.count == 2)
        #expect(second.exchanges[1].question.text == "What is hard about it?")
        #expect(second.exchanges[1].question.time == Timecode(milliseconds: 9_000))
    }

    @Test("YAML front matter gives title, date and roles")
    func frontMatter() throws {
        let text = """
        ---
        title: Shipping on Fridays
        date: March 3, 2021
        host: Kim Lo
        guests: [Dee Vance]
        tags: [deploys, culture]
        ---

        **Dee Vance:** People ask me this a lot.

        **Kim Lo:** So, should we ship on Fridays?

        **Dee Vance:** Only if you can roll back in a minute.
        """
        let result = try importChecked(text)
        let interview = result.interview
        #expect(interview.title == "Shipping on Fridays")
        #expect(interview.id == "shipping-on-fridays")
        #expect(interview.date == "2021-03-03")
        #expect(interview.tags == ["deploys", "culture"])
        #expect(speakerNames(interview) == ["Kim Lo": .host, "Dee Vance": .guest])
        // The guest's opening turn comes before any question and keeps its speaker.
        #expect(interview.exchanges.count == 2)
        #expect(interview.exchanges[1].question.speaker == interview.speakers.first { $0.name == "Kim Lo" }?.id)
        #expect(interview.exchanges[1].answers.map { interview.name(of: $0.speaker) } == ["Dee Vance"])
    }

    @Test("Markdown Q&A with question headings")
    func headingQuestions() throws {
        let text = """
        # Five questions for Ola Brandt

        We asked Ola Brandt about maintaining a parser for ten years.

        ## How did you start?

        By accident. I needed to read a config file.

        ## What would you change?

        - the error messages
        - the name

        ## Comments

        Great read, thanks!
        """
        let result = try importChecked(text)
        let interview = result.interview
        #expect(interview.title == "Five questions for Ola Brandt")
        #expect(interview.exchanges.map(\.question.text) == ["How did you start?", "What would you change?"])
        #expect(interview.exchanges[1].answers[0].paragraphs == ["- the error messages\n- the name"])
        #expect(interview.sections.map(\.kind) == [.intro, .comments])
        #expect(interview.sections[1].paragraphs == ["Great read, thanks!"])
        #expect(result.layout == "Markdown Q&A with question headings")
    }

    @Test("CJK and emoji interview with full-width colons")
    func cjkAndEmoji() throws {
        let text = """
        与开发者的对话 🎙️

        王小明：欢迎来到节目！你最近在做什么？

        李华：我在写一个终端阅读器 📚，支持表情符号 🙂。

        王小明：为什么选择 Swift？

        李华：因为它的字符串处理很严谨。
        """
        let result = try importChecked(text)
        let interview = result.interview
        #expect(interview.title == "与开发者的对话 🎙️")
        #expect(interview.id == "interview")
        #expect(speakerNames(interview) == ["王小明": .host, "李华": .guest])
        #expect(interview.exchanges.count == 2)
        #expect(interview.exchanges[0].answers[0].paragraphs == ["我在写一个终端阅读器 📚，支持表情符号 🙂。"])
        #expect(Set(interview.speakers.map(\.id)).count == 2)
    }

    @Test("Q: and A: labels give interviewer and interviewee")
    func questionAnswerLabels() throws {
        let text = """
        An interview with Noor Haddad

        Q: What do you work on?

        A: Accessibility tooling for maps.

        Q: What surprised you?

        A: How many people navigate by sound.
        """
        let interview = try importChecked(text).interview
        // The title names who answers.
        #expect(speakerNames(interview) == ["Interviewer": .interviewer, "Noor Haddad": .interviewee])
        #expect(interview.exchanges.count == 2)
    }

    @Test("a Q&A post in an unseen wording: questions by shape, not by phrase")
    func unseenPost() throws {
        let text = """
        Developer Spotlight: Ines Moreau

        This month we welcome Ines Moreau (@ines) to the spotlight. She writes tools for bakers.

        What got you into programming?

        A calculator game in school. I wanted to win, so I wrote a solver.

        Then I kept writing solvers for everything: chess puzzles, sudoku, even recipes?

        Describe your current project.

        It's a scheduler for bakeries. Ovens are the bottleneck:

        - bread needs steam
        - pastry needs dry heat

        Anything else you'd like to share?

        Bake your own bread once. You'll understand queues.

        Thanks for your time, Ines!
        """
        let result = try importChecked(text)
        let interview = result.interview
        #expect(speakerNames(interview)["Ines Moreau"] == .interviewee)
        #expect(interview.exchanges.map(\.question.text) == ["What got you into programming?", "Describe your current project.", "Anything else you’d like to share?".replacingOccurrences(of: "’", with: "'")])
        #expect(interview.exchanges[0].answers[0].paragraphs.count == 2)
        #expect(interview.sections.map(\.kind) == [.intro, .closing])
    }
}
