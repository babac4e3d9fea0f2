import ArgumentParser

/// An error a command reports to the person who ran it: what went wrong, why, and what to do.
///
/// Printed on standard error as `parley: <what>: <why>` and, when there is one, `hint: <hint>`
/// on the next line; the process then exits with `status` (see `ExitStatus`).
struct CommandFailure: Error, CustomStringConvertible {
    /// What the failure is about and why, `show foo: no interview has this id`. The command's
    /// name is put before it when it is printed.
    var message: String
    var hint: String?
    var status: ExitStatus

    init(_ message: String, hint: String? = nil, status: ExitStatus = .error) {
        self.message = message
        self.hint = hint
        self.status = status
    }

    var description: String { message }

    /// The lines for standard error, for a failure in `command` (`search`, `bookmarks add`; empty
    /// for the top level).
    func lines(command: String) -> [String] {
        let what = command.isEmpty ? "parley" : "parley: \(command)"
        return ["\(what): \(message)"] + (hint.map { ["hint: \($0)"] } ?? [])
    }
}
