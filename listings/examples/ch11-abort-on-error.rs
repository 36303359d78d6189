//! Chapter 11: `try_join!` over the handles of spawned tasks drops only the
//! handles on the first error, which does not stop the tasks (chapter 9).
//! To cancel them, keep their `AbortHandle`s and abort them on the error.
//! Run it: cargo run -p listings --example ch11-abort-on-error

use std::fmt;
use std::time::Duration;
use tokio::task::JoinHandle;

#[derive(Debug)]
struct FetchError {
    server: &'static str,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} did not answer", self.server)
    }
}

impl std::error::Error for FetchError {}

/// Prints `<name>: dropped before it finished` when dropped, unless
/// `finish` was called first: shows where a cancellation stopped a future.
struct DropNotice {
    name: String,
    finished: bool,
}

impl DropNotice {
    fn new(name: impl Into<String>) -> DropNotice {
        DropNotice {
            name: name.into(),
            finished: false,
        }
    }

    /// The work is done: drop quietly.
    fn finish(mut self) {
        self.finished = true;
    }
}

impl Drop for DropNotice {
    fn drop(&mut self) {
        if !self.finished {
            println!("{}: dropped before it finished", self.name);
        }
    }
}

async fn fetch(server: &'static str, millis: u64) -> Result<String, FetchError> {
    let notice = DropNotice::new(server);
    tokio::time::sleep(Duration::from_millis(millis)).await;
    notice.finish();
    if server == "broken" {
        println!("{server}: failed after {millis} ms");
        return Err(FetchError { server });
    }
    println!("{server}: answered after {millis} ms");
    Ok(format!("{server} data"))
}

// ANCHOR: abort
type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// One error type for both failures: the task's and the fetch's.
async fn flatten(handle: JoinHandle<Result<String, FetchError>>) -> Result<String, BoxError> {
    Ok(handle.await??)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let broken = tokio::spawn(fetch("broken", 500));
    let slow = tokio::spawn(fetch("slow", 1000));
    // Taken before try_join! consumes the JoinHandles.
    let abort_handles = [broken.abort_handle(), slow.abort_handle()];

    match tokio::try_join!(flatten(broken), flatten(slow)) {
        Ok((broken, slow)) => println!("main: got {broken} and {slow}"),
        Err(error) => {
            println!("main: try_join! failed: {error}");
            // broken has already finished; aborting it does nothing.
            for handle in &abort_handles {
                handle.abort();
            }
        }
    }
    // Give slow the time it would need, to see that it never answers.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    println!("main: done");
}
// ANCHOR_END: abort
