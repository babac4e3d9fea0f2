import Foundation

/// Reads the date forms pages and transcripts use ("Monday 14 March 2022", "2022-03-14",
/// "October 5, 2017", "Mar 13th 2023", "October 2017") as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
enum DateText {
    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// The date in a text that holds only a date (a metadata value).
    static func parse(_ text: String) -> String? {
        guard let (date, used) = leading(text) else { return nil }
        let rest = text.dropFirst(used).trimmingCharacters(in: .whitespaces.union(["T", ":", "Z", "+", "."]).union(.decimalDigits))
        return rest.isEmpty || rest.count <= 6 ? date : nil
    }

    /// A date at the start of `text`, and how many characters it took.
    static func leading(_ text: String) -> (String, Int)? {
        let characters = Array(text.prefix(60))
        // Tokens: runs of letters or digits, with their end offsets.
        var tokens: [(text: String, end: Int)] = []
        var current = ""
        var separators = ""
        for (offset, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append((current, offset)); current = "" }
                separators.append(character)
                if tokens.count >= 5 { break }
            }
        }
        if !current.isEmpty { tokens.append((current, characters.count)) }
        guard !tokens.isEmpty else { return nil }
        var index = 0
        if weekdays.contains(tokens[0].text.lowercased()) { index = 1 }
        func number(_ at: Int) -> Int? { at < tokens.count ? Int(tokens[at].text) : nil }
        func day(_ at: Int) -> Int? {
            guard at < tokens.count else { return nil }
            var token = tokens[at].text.lowercased()
            for suffix in ["st", "nd", "rd", "th"] where token.hasSuffix(suffix) && token.count > 2 { token.removeLast(2) }
            guard let value = Int(token), (1...31).contains(value), token.count <= 2 else { return nil }
            return value
        }
        func month(_ at: Int) -> Int? { at < tokens.count ? months[tokens[at].text.lowercased()] : nil }
        func year(_ at: Int) -> Int? {
            guard let value = number(at), tokens[at].text.count == 4, (1800...2200).contains(value) else { return nil }
            return value
        }
        func format(_ y: Int, _ m: Int?, _ d: Int?) -> String {
            var out = String(y)
            if let m { out += "-" + (m < 10 ? "0" : "") + String(m) }
            if let m, let d, d <= daysIn(m, y) { out += "-" + (d < 10 ? "0" : "") + String(d) }
            return out
        }
        // 2017-10-05, 2017/10/05
        if let y = year(index), let m = number(index + 1), (1...12).contains(m), tokens[index + 1].text.count <= 2 {
            if let d = day(index + 2) { return (format(y, m, d), tokens[index + 2].end) }
            return (format(y, m, nil), tokens[index + 1].end)
        }
        // 05 October 2017
        if let d = day(index), let m = month(index + 1) {
            if let y = year(index + 2) { return (format(y, m, d), tokens[index + 2].end) }
            return nil
        }
        // October 5, 2017 / October 2017
        if let m = month(index) {
            if let d = day(index + 1), let y = year(index + 2) { return (format(y, m, d), tokens[index + 2].end) }
            if let y = year(index + 1) { return (format(y, m, nil), tokens[index + 1].end) }
        }
        return nil
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
