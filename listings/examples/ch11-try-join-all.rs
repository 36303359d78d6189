//! Chapter 11: `futures::future::try_join_all` gives all the values, in the
//! order of the futures, or the first error as soon as it happens, dropping
//! (cancelling) the futures that have not finished.
//! Run it: cargo run -p listings --example ch11-try-join-all

use futures::future::try_join_all;
use std::fmt;
use std::time::Duration;

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
    println!("{server}: asked");
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

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let healthy = [("alpha", 600), ("beta", 200), ("gamma", 400)];
    let bodies = try_join_all(healthy.map(|(server, millis)| fetch(server, millis))).await;
    println!("main: {bodies:?}");

    let one_broken = [("alpha", 1000), ("broken", 500), ("gamma", 1500)];
    let bodies = try_join_all(one_broken.map(|(server, millis)| fetch(server, millis))).await;
    println!("main: {bodies:?}");
}
// ANCHOR_END: main
