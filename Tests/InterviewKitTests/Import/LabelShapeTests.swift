import Foundation
import Testing
@testable import InterviewKit

/// One golden test per label shape the labelled-transcript reader knows (docs/IMPORT.md), plus
/// hostile variants. Each text is written here in the shape of a real export; each import must
/// be sound (valid, round-trips, no word lost), give every turn to the right speaker, and leave
/// no label or time mark in the text.
@Suite("Label shapes")
struct LabelShapeTests {
    private func imported(_ text: String, fileName: String = "transcript.txt", sourceLocation: SourceLocation = #_sourceLocation) throws -> ImportResult {
        let result = try ImportFixtures.importText(text, fileName: fileName)
        ImportFixtures.expectSound(result, sourceLocation: sourceLocation)
        #expect(ImportFixtures.lostWords(source: text, result: result) == [], "\(ImportFixtures.summary(result))", sourceLocation: sourceLocation)
        for paragraph in ImportFixtures.spokenParagraphs(result.interview) {
            #expect(!LayoutMarks.present(in: paragraph), "layout marks left in: \(paragraph)", sourceLocation: sourceLocation)
        }
        return result
    }

    /// Speaker of each turn in reading order: question askers and answerers, by name.
    private func turns(_ interview: Interview) -> [String] {
        interview.exchanges.flatMap { exchange in
            [interview.name(of: exchange.question.speaker)] + exchange.answers.map { interview.name(of: $0.speaker) }
        }
    }

    private func roles(_ interview: Interview) -> [String: Speaker.Role] {
        Dictionary(uniqueKeysWithValues: interview.speakers.map { ($0.name, $0.role) })
    }

    @Test("Rev/Descript: `Name (00:00:36):` alone on its line, the text below; a guest's question stays an answer")
    func revStyle() throws {
        let text = """
        Nadia Okafor (00:00:03):
        Welcome back to the show. Today I'm talking with Piet about sourdough. How did it start?

        Piet Janssen (00:00:12):
        A jar of flour paste my neighbour left behind. Have you ever smelled a starter on day three?

        Nadia Okafor (00:00:31):
        I have not. What does it smell like?

        Piet Janssen (00:00:35):
        Like nail polish, honestly.
        """
        let interview = try imported(text).interview
        #expect(roles(interview) == ["Nadia Okafor": .host, "Piet Janssen": .guest])
        #expect(interview.exchanges.count == 2)
        #expect(turns(interview) == ["Nadia Okafor", "Piet Janssen", "Nadia Okafor", "Piet Janssen"])
        #expect(interview.exchanges[0].question.time == Timecode(milliseconds: 3_000))
        #expect(interview.exchanges[1].answers[0].time == Timecode(milliseconds: 35_000))
        #expect(interview.exchanges[0].answers[0].paragraphs[0].hasSuffix("on day three?"))
    }

    @Test("press briefing: capitals with titles, non-breaking spaces, anonymous `Q` reporters")
    func pressBriefing() throws {
        let text = """
        Press Briefing by the Spokesperson

        MS. ALVAREZ-KING:\u{00A0} Good afternoon, everyone. I have two announcements, then questions.

        Q\u{00A0}\u{00A0}\u{00A0} Thank you. On the budget, will the deadline move?

        MS. ALVAREZ-KING:\u{00A0} It will not move.

        Q\u{00A0}\u{00A0}\u{00A0} A follow-up: who decides?

        MS. ALVAREZ-KING:\u{00A0} The committee does.

        SECRETARY DUVAL:\u{00A0} And I would add that we agree.

        Q    Another topic: the bridge?

        SECRETARY DUVAL:\u{00A0} Work starts in May.
        """
        let interview = try imported(text).interview
        #expect(roles(interview)["Reporter"] == .audience)
        // The spokesperson's opening keeps its speaker: it opens the first exchange.
        #expect(interview.exchanges.count == 4)
        #expect(interview.name(of: interview.exchanges[0].question.speaker) == "MS. ALVAREZ-KING")
        #expect(interview.exchanges.dropFirst().allSatisfy { interview.name(of: $0.question.speaker) == "Reporter" })
        #expect(interview.exchanges[2].answers.map { interview.name(of: $0.speaker) } == ["MS. ALVAREZ-KING", "SECRETARY DUVAL"])
        #expect(interview.exchanges[1].question.text == "Thank you. On the budget, will the deadline move?")
    }

    @Test("lowercase chat handles are labels when they recur")
    func handles() throws {
        let text = """
        ghostcat: hey, welcome to the stream. what are we building today?

        dev_ilse: a tiny key-value store, in one evening

        ghostcat: why one evening?

        dev_ilse: because the deadline is tomorrow, obviously

        ghostcat: fair. and what about persistence?

        dev_ilse: an append-only log, nothing fancy
        """
        let interview = try imported(text).interview
        #expect(roles(interview) == ["ghostcat": .host, "dev_ilse": .guest])
        #expect(interview.exchanges.count == 3)
    }

    @Test("`Name – 00:03:22:` and `Name: 00:01:30` alone on a line")
    func nameThenTimeAlone() throws {
        let dash = """
        Ruth Amsel – 00:00:04:
        Welcome, Omar. What brought you to glassblowing?

        Omar Haddad – 00:00:09:
        A summer job that never ended.

        Ruth Amsel – 00:03:22:
        And the burns?

        Omar Haddad – 00:03:25:
        Fewer every year.
        """
        let first = try imported(dash).interview
        #expect(first.exchanges.count == 2)
        #expect(first.exchanges[1].question.time == Timecode(milliseconds: 202_000))
        #expect(first.exchanges[1].question.text == "And the burns?")

        let colon = dash.replacingOccurrences(of: " – ", with: ": ").replacingOccurrences(of: ":\n", with: "\n")
        let second = try imported(colon).interview
        #expect(second.exchanges.count == 2)
        #expect(second.exchanges[0].answers[0].time == Timecode(milliseconds: 9_000))
    }

    @Test("timestamps before the label, in brackets or parentheses, or between name and colon", arguments: [
        "[00:01:02] NAME: TEXT", "(00:01:02) NAME: TEXT", "NAME [00:01:02]: TEXT", "NAME (00:01:02): TEXT", "**NAME:** \\[00:01:02\\] TEXT",
    ])
    func bracketedTimes(shape: String) throws {
        let turns = [("Ines Moreau", "Welcome! What is your favourite knot?"), ("Tobi Adeyemi", "The bowline, no contest."),
                     ("Ines Moreau", "Why that one?"), ("Tobi Adeyemi", "It never jams.")]
        let text = turns.map { shape.replacingOccurrences(of: "NAME", with: $0.0).replacingOccurrences(of: "TEXT", with: $0.1) }.joined(separator: "\n\n")
        let interview = try imported(text).interview
        #expect(roles(interview) == ["Ines Moreau": .host, "Tobi Adeyemi": .guest])
        #expect(interview.exchanges.count == 2)
        #expect(interview.exchanges[0].question.time == Timecode(milliseconds: 62_000))
        #expect(interview.exchanges[1].answers[0].paragraphs == ["It never jams."])
    }

    @Test("`Speaker 1:` labels, labels with tabs")
    func numberedSpeakers() throws {
        let text = "Speaker 1:\tWelcome. What do you do?\n\nSpeaker 2:\tI repair clocks.\n\nSpeaker 1:\tSince when?\n\nSpeaker 2:\tSince I was nine."
        let interview = try imported(text).interview
        #expect(roles(interview) == ["Speaker 1": .host, "Speaker 2": .guest])
        #expect(interview.exchanges.map(\.question.text) == ["Welcome. What do you do?", "Since when?"])
    }

    @Test("hearing style: `Mr. SMITH.` and `The CHAIRMAN.`")
    func hearing() throws {
        let text = """
        The CHAIRMAN. The committee will come to order. Mr. Okonkwo, what is the state of the levees?

        Mr. OKONKWO. Chairman, they are older than any of us. Most need repair.

        The CHAIRMAN. How much would the repairs cost?

        Mr. OKONKWO. About two billion dollars.

        Ms. VALE. Mr. Okonkwo, who inspects them today?

        Mr. OKONKWO. Nobody, since last year.

        Ms. VALE. Nobody at all?

        Mr. OKONKWO. Nobody at all.
        """
        let interview = try imported(text, fileName: "hearing.txt").interview
        #expect(Set(interview.speakers.map(\.name)) == ["The CHAIRMAN", "Mr. OKONKWO", "Ms. VALE"])
        #expect(interview.exchanges.count == 4)
        #expect(interview.exchanges.flatMap(\.answers).allSatisfy { interview.name(of: $0.speaker) == "Mr. OKONKWO" })
    }

    @Test("initials introduced once: `Ada Lovelace (AL):` then `AL:`")
    func initials() throws {
        let text = """
        Grete Holm (GH): Welcome. What are you reading?

        Ada Lovelace (AL): Notes on an engine that does not exist yet.

        GH: Does that bother you?

        AL: Not at all.
        """
        let interview = try imported(text).interview
        #expect(roles(interview) == ["Grete Holm": .host, "Ada Lovelace": .guest])
        #expect(turns(interview) == ["Grete Holm", "Ada Lovelace", "Grete Holm", "Ada Lovelace"])
    }

    @Test("short labels resolve to the full names the front matter declares")
    func shortLabelsFromFrontMatter() throws {
        let text = """
        ---
        title: Knots and more
        speakers:
          - name: Ines Moreau
            role: host
          - name: Tobi Adeyemi
            role: guest
        ---

        Ines: Welcome! What is your favourite knot?

        Tobi: The bowline.

        Ines: Why?

        Tobi: It never jams.
        """
        let interview = try imported(text).interview
        #expect(roles(interview) == ["Ines Moreau": .host, "Tobi Adeyemi": .guest])
        #expect(interview.exchanges.count == 2)
    }

    @Test("interjections and pause markers are not speakers; a guest quoting someone is not a turn")
    func interjectionsAndQuotes() throws {
        let text = """
        Lior Ben-David: Welcome to the show. How was the launch?

        Sami Kuru: Chaotic. My manager walked in and
        He said: ship it anyway.
        [laughter]

        Break: [12:00] to [12:30]

        Lior Ben-David: Did you ship it?

        Sami Kuru: We did. (As interpreted.)
        """
        let interview = try imported(text).interview
        #expect(Set(interview.speakers.map(\.name)) == ["Lior Ben-David", "Sami Kuru"])
        #expect(interview.exchanges.count == 2)
        #expect(interview.exchanges[0].answers[0].paragraphs[0].contains("He said: ship it anyway."))
    }

    @Test("a label-like first word in prose does not make a transcript")
    func labelLikeProse() throws {
        let text = """
        Gardening notes

        Tomatoes: they want sun, more than you think, and water at the roots.

        Basil grows well next to them. Pinch the flowers off early.

        Compost: turn it every week in summer.
        """
        let result = try imported(text)
        #expect(result.interview.speakers.isEmpty)
        #expect(result.layout == "plain text without questions")
    }

    @Test("a host's short reaction stays inside the answer; a host's long set-up is a question")
    func hostInterjections() throws {
        let text = """
        Mei Tanaka: Welcome! What do you grow?

        Joss Whitlow: Mostly beans.

        Mei Tanaka: Nice.

        Joss Whitlow: And some squash, when the slugs allow it.

        Mei Tanaka: So I read that slugs are the single biggest problem for home gardeners in wet climates, and that most of the usual remedies do very little, which matches what I have seen in my own garden over the years.

        Joss Whitlow: Copper tape works for me.
        """
        let interview = try imported(text).interview
        #expect(interview.exchanges.count == 2)
        #expect(interview.exchanges[0].answers.map { interview.name(of: $0.speaker) } == ["Joss Whitlow", "Mei Tanaka", "Joss Whitlow"])
    }

    @Test("Markdown escapes and time marks inside turns are undone; a timed paragraph is a new turn at that time")
    func marksInsideTurns() throws {
        let text = """
        **Ama Mensah:** \\[00:00:10\\] Welcome! What are you working on?

        **Kofi Boateng:** \\[00:00:15\\] A loom. \\[laughs\\] A real one.

        \\[00:04:03.15\\] It took a year to build.

        **Ama Mensah:** Why a loom? \\[00:05:00\\]
        """
        let interview = try imported(text).interview
        let answers = interview.exchanges[0].answers
        #expect(answers.map(\.paragraphs) == [["A loom. [laughs] A real one."], ["It took a year to build."]])
        #expect(answers.map(\.time) == [Timecode(milliseconds: 15_000), Timecode(milliseconds: 243_150)])
        #expect(interview.exchanges[1].question.text == "Why a loom?")
    }
}

/// Marks of a layout that must never stay in imported text: time marks, cue timings, labels.
enum LayoutMarks {
    static func present(in text: String) -> Bool {
        if text.contains("-->") || text.contains("WEBVTT") { return true }
        if text.range(of: #"\\?\[\d{1,2}:\d{2}"#, options: .regularExpression) != nil { return true }
        if text.range(of: #"^\(?\d{1,2}:\d{2}(:\d{2})?\)?\s"#, options: .regularExpression) != nil { return true }
        if text.range(of: #"^\*\*[^*]{1,40}:\*\*"#, options: .regularExpression) != nil { return true }
        return false
    }
}

@Suite("Question headings")
struct QuestionHeadingTests {
    @Test("a heading without `?` in a series of question headings is a question; a section heading is not")
    func seriesWithoutQuestionMark() throws {
        let text = """
        # Developer of the week: Rosa Lind

        This week we talk with Rosa Lind about compilers.

        ### Can you tell us a little about yourself (hobbies, education, etc)

        I grew up by the sea and studied physics.

        ### Why did you start programming?

        To make a game for my brother.

        ### What are you working on now?

        A register allocator.

        ### Which Python libraries are your favourite?

        The ones with good error messages.

        ### Comments

        Great interview!
        """
        let result = try ImportFixtures.importText(text, fileName: "rosa.md")
        ImportFixtures.expectSound(result)
        let interview = result.interview
        #expect(interview.exchanges.count == 4)
        #expect(interview.exchanges[0].question.text == "Can you tell us a little about yourself (hobbies, education, etc)")
        #expect(interview.sections.map(\.title) == ["Introduction", "Comments"])
    }
}

@Suite("Q&A shapes")
struct QAShapeTests {
    @Test("bold `**Q: …**` lines and plain `A:` answers; the title names who answers")
    func boldQuestionLabels() throws {
        let text = """
        # Five questions for Rosa Lind

        **Q: What are you working on?**

        A: A garden planner for tiny balconies.

        **Q: Why balconies?**

        A: Because most of us do not have gardens.
        """
        let result = try ImportFixtures.importText(text, fileName: "five.md")
        ImportFixtures.expectSound(result)
        #expect(ImportFixtures.lostWords(source: text, result: result) == [])
        let interview = result.interview
        #expect(interview.exchanges.map(\.question.text) == ["What are you working on?", "Why balconies?"])
        #expect(interview.speakers.map(\.name) == ["Interviewer", "Rosa Lind"])
    }

    @Test("bold question paragraphs are good evidence of a Q&A post; the title names the guest")
    func boldQuestionParagraphs() throws {
        let text = """
        # An interview with Rosa Lind

        Rosa Lind builds garden planners. We talked about balconies.

        **What are you working on?**

        A garden planner for tiny balconies.

        **Why balconies?**

        Because most of us do not have gardens.

        **What is next?**

        Tomatoes.
        """
        let result = try ImportFixtures.importText(text, fileName: "rosa.md")
        ImportFixtures.expectSound(result)
        #expect(result.layout == "Q&A blog post")
        #expect(result.fitScore >= 0.3, "a clear Q&A post is not a weak guess")
        #expect(!result.warnings.contains { $0.contains("weak evidence") })
        #expect(result.interview.interviewees.map(\.name) == ["Rosa Lind"])
        #expect(result.interview.exchanges.count == 3)
    }
}

@Suite("Structure decisions")
struct StructureDecisionTests {
    @Test("a reporter's `Q` is a question even without `?`; a clock time of day is text, not a turn time")
    func reportersAndClockTimes() throws {
        let text = """
        MS. ALVAREZ: Good afternoon. Two things before questions.

        1:30 P.M. EST is when the vote starts.

        Q    A follow-up on the vote, please.

        MS. ALVAREZ: It starts on time.

        Q    And the bridge.

        SECRETARY DUVAL: Work starts in May.

        Q    Thank you. And the budget, Mr. Secretary.

        SECRETARY DUVAL: Next week.
        """
        let result = try ImportFixtures.importText(text, fileName: "briefing.txt")
        ImportFixtures.expectSound(result)
        let interview = result.interview
        try #require(interview.exchanges.count == 4, "\(ImportFixtures.summary(result))")
        #expect(interview.exchanges.map { interview.name(of: $0.question.speaker) } == ["MS. ALVAREZ", "Reporter", "Reporter", "Reporter"])
        #expect(interview.exchanges[0].question.text.contains("1:30 P.M. EST is when the vote starts."))
        #expect(interview.exchanges.allSatisfy { $0.question.time == nil })
    }

    @Test("a file unmistakably in one format that holds no text is not imported as prose")
    func emptyCaptionsAreNotProse() throws {
        let captions = "WEBVTT\n\nNOTE nothing was said\n\n00:00:01.000 --> 00:00:02.000\n\n"
        #expect(throws: ImportError.nothingImportable(fileName: "empty.vtt")) {
            try ImportFixtures.importText(captions, fileName: "empty.vtt")
        }
    }
}
