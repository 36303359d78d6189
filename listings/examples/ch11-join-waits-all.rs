//! Chapter 11: errors are values. `tokio::join!` waits for every future,
//! even after one of them has failed, and hands back each `Result`.
//! Run it: cargo run -p listings --example ch11-join-waits-all

use std::fmt;
use std::time::Duration;

// ANCHOR: fetch
/// The error a fetch can return: which server let us down.
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

async fn fetch(server: &'static str, millis: u64) -> Result<String, FetchError> {
    println!("{server}: asked");
    tokio::time::sleep(Duration::from_millis(millis)).await;
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
    let (alpha, broken, gamma) = tokio::join!(
        fetch("alpha", 1000),
        fetch("broken", 500),
        fetch("gamma", 1500),
    );
    println!("main: alpha  {alpha:?}");
    println!("main: broken {broken:?}");
    println!("main: gamma  {gamma:?}");
}
// ANCHOR_END: main
