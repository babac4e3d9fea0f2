import Dispatch

/// Where the reader's effect tasks run: threads that may block.
///
/// Effects call blocking code (SQLite, file reads; a first index build takes minutes). On the
/// shared cooperative pool, which has one thread per core, two such tasks would hold every
/// thread and leave other tasks waiting; a dispatch queue adds threads when its threads block.
final class BlockingWorkExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "parley.effects", qos: .userInitiated, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
