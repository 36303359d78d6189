//! Chapter 11: `tokio::try_join!` returns the first error as soon as it
//! happens and drops the futures that have not finished, which cancels them.
//! Run it: cargo run -p listings --example ch11-try-join

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

// ANCHOR: fetch
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
// ANCHOR_END: fetch

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let result = tokio::try_join!(
        fetch("alpha", 1000),
        fetch("broken", 500),
        fetch("gamma", 1500),
    );
    match result {
        Ok((alpha, broken, gamma)) => println!("main: got {alpha}, {broken}, {gamma}"),
        Err(error) => println!("main: try_join! failed: {error}"),
    }
}
// ANCHOR_END: main
