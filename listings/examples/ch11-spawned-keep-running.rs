//! Chapter 11: `try_join!` over the handles of spawned tasks returns the
//! first error, but dropping a `JoinHandle` does not cancel its task: the
//! other task keeps running and finishes later. Then the fix: keep the
//! tasks' `AbortHandle`s and abort them on the error.
//! Run it: cargo run -p listings --example ch11-spawned-keep-running

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

/// Says so if it is dropped while its fetch is still waiting.
struct InFlight {
    server: &'static str,
    finished: bool,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if !self.finished {
            println!("{}: dropped before it finished", self.server);
        }
    }
}

async fn fetch(server: &'static str, millis: u64) -> Result<String, FetchError> {
    let mut in_flight = InFlight { server, finished: false };
    tokio::time::sleep(Duration::from_millis(millis)).await;
    in_flight.finished = true;
    if server == "broken" {
        println!("{server}: failed after {millis} ms");
        return Err(FetchError { server });
    }
    println!("{server}: answered after {millis} ms");
    Ok(format!("{server} data"))
}

// ANCHOR: keep_running
type BoxError = Box<dyn std::error::Error + Send + Sync>;

async fn flatten(handle: JoinHandle<Result<String, FetchError>>) -> Result<String, BoxError> {
    Ok(handle.await??)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("-- try_join! over the handles");
    let broken = tokio::spawn(fetch("broken", 500));
    let slow = tokio::spawn(fetch("slow", 1000));
    match tokio::try_join!(flatten(broken), flatten(slow)) {
        Ok((broken, slow)) => println!("main: got {broken} and {slow}"),
        Err(error) => println!("main: try_join! failed: {error}"),
    }
    // The handles are gone, but is the slow task? Wait and see.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    // ANCHOR_END: keep_running

    // ANCHOR: abort
    println!("-- the same, aborting the tasks on the error");
    let broken = tokio::spawn(fetch("broken", 500));
    let slow = tokio::spawn(fetch("slow", 1000));
    // Taken before try_join! consumes the handles.
    let abort_handles = [broken.abort_handle(), slow.abort_handle()];
    match tokio::try_join!(flatten(broken), flatten(slow)) {
        Ok((broken, slow)) => println!("main: got {broken} and {slow}"),
        Err(error) => {
            println!("main: try_join! failed: {error}");
            // broken has already finished; aborting it is harmless.
            for handle in &abort_handles {
                handle.abort();
            }
        }
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    println!("main: done");
}
// ANCHOR_END: abort
