import Foundation
import TOMLKit

/// Reads a config file's text into a `Configuration`, keeping every part that is right.
///
/// TOML syntax errors stop a TOML parser at the first one, which would throw away a whole
/// file for one typo. So the line the error is on is reported and blanked, and the text parsed
/// again, up to `maxSyntaxErrors` times (each parse is linear in the file). A broken table
/// header takes its table's lines with it, so that they are not read as keys of the table
/// before. What parses is then checked value by value (`ConfigDecoder`).
public enum ConfigParser {
    public static let maxSyntaxErrors = 20
    /// Problems beyond this many are counted, not listed: a hostile file cannot flood stderr.
    public static let maxProblems = 30

    public static func parse(_ data: Data) -> (configuration: Configuration, problems: [ConfigProblem]) {
        var (lines, problems) = ConfigText.lines(of: data)
        guard let table = parseTOML(&lines, problems: &problems) else {
            return (.defaults, cap(problems))
        }
        var decoder = ConfigDecoder(lines: TOMLKeyLines(lines: lines))
        decoder.decode(table)
        return (decoder.configuration, cap(problems + decoder.problems))
    }

    public static func parse(_ text: String) -> (configuration: Configuration, problems: [ConfigProblem]) {
        parse(Data(text.utf8))
    }

    /// The table of what parses, blanking each line with a syntax error; nil when the file
    /// cannot be read past an error at all.
    private static func parseTOML(_ lines: inout [String], problems: inout [ConfigProblem]) -> TOMLTable? {
        for _ in 0..<maxSyntaxErrors {
            let error: TOMLParseError
            do {
                return try TOMLTable(string: lines.joined(separator: "\n"))
            } catch let parseError as TOMLParseError {
                error = parseError
            } catch {
                problems.append(ConfigProblem(line: nil, "cannot be read as TOML (\(error)); the defaults are used"))
                return nil
            }
            let reason = error.description.trimmingCharacters(in: .whitespacesAndNewlines)
            let region = BadRegion(error, reason: reason, lines: lines)
            guard blank(&lines, from: region.first - 1, through: region.last - 1) > 0 else {
                problems.append(ConfigProblem(line: region.first, "not valid TOML: \(reason); the file cannot be read past it, so the defaults are used"))
                return nil
            }
            problems.append(ConfigProblem(line: region.first, "not valid TOML: \(reason); \(region.consequence)"))
        }
        problems.append(ConfigProblem(line: nil, "more than \(maxSyntaxErrors) TOML errors; the defaults are used"))
        return nil
    }

    /// Empties lines `from...through` (0-based); returns how many had anything in them.
    private static func blank(_ lines: inout [String], from: Int, through: Int) -> Int {
        var count = 0
        for index in max(0, from)..<min(lines.count, through + 1) where !lines[index].isEmpty {
            lines[index] = ""
            count += 1
        }
        return count
    }

    /// Problems in line order, at most `maxProblems` of them, then how many more there were.
    private static func cap(_ problems: [ConfigProblem]) -> [ConfigProblem] {
        let ordered = problems.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }.map(\.element)
        guard ordered.count > maxProblems else { return ordered }
        let more = ordered.count - maxProblems
        return Array(ordered.prefix(maxProblems)) + [ConfigProblem(line: nil, "and \(more) more problem\(more == 1 ? "" : "s")")]
    }
}
