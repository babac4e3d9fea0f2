import Dispatch

/// Where the reader's effect tasks run: threads that may block, below the loop's priority.
///
/// Effects call blocking code (SQLite, file reads; a first index build takes minutes). On the
/// shared cooperative pool, which has one thread per core, two such tasks would hold every
/// thread and leave other tasks waiting; a dispatch queue adds threads when its threads block.
/// Its quality of service is `.utility` because libdispatch applies it on Linux too: at
/// `.userInitiated` a running search took the CPU from the loop, and a typed key waited 3 to
/// 6 ms for its frame instead of about 1 (parley-bench, 1,000 interviews, two cores).
final class BlockingWorkExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "parley.effects", qos: .utility, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
