import InterviewKit
import TerminalUI

/// How an interview's Markdown is rendered for reading, shared by the reader and `parley show`.
public enum InterviewMarkdown {
    /// The link reference definitions of the whole interview: a post defines `[1]: https://…`
    /// once, usually at the end, and any answer may use it.
    public static func references(in interview: Interview) -> LinkReferences {
        var texts: [String] = []
        for exchange in interview.exchanges {
            texts.append(exchange.question.text)
            for answer in exchange.answers { texts += answer.paragraphs }
        }
        for section in interview.sections { texts += section.paragraphs }
        return LinkReferences(scanning: texts)
    }

    /// The first line of a text as plain words, for one-line lists (markup removed).
    public static func plainFirstLine(_ markdown: String) -> String {
        InlineMarkdown.render(String(markdown.prefix { !$0.isNewline })).text
    }
}
