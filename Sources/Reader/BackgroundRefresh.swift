import Foundation

/// Brings the library up to date on a thread of its own, so that the reader shows its first
/// frame at once instead of after checking every file (on 10,000 files the `stat` calls alone
/// take 70 ms here, and a first index build takes minutes).
final class BackgroundRefresh: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<LibraryRefresh, any Error>?
    private var taken = false

    init(library: any ReaderLibrary) {
        let thread = Thread { [self] in
            let result = Result { try library.refresh() }
            lock.withLock { outcome = result }
        }
        thread.name = "parley.refresh"
        thread.start()
    }

    /// The outcome, once, when the refresh has ended.
    func take() -> Result<LibraryRefresh, any Error>? {
        lock.withLock {
            guard !taken, let outcome else { return nil }
            taken = true
            return outcome
        }
    }
}
