//! Chapter 11: asyncio's `gather(..., return_exceptions=True)` in Rust:
//! `join_all` collects every `Result`, and the caller sorts successes from
//! failures.
//! Run it: cargo run -p listings --example ch11-collect-results

use futures::future::join_all;
use std::fmt;
use std::time::Duration;

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

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let servers = [("alpha", 1000), ("broken", 500), ("gamma", 1500)];
    let results: Vec<Result<String, FetchError>> =
        join_all(servers.map(|(server, millis)| fetch(server, millis))).await;
    println!("main: {results:?}");

    // Split them, as you would after return_exceptions=True.
    let mut bodies = Vec::new();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(body) => bodies.push(body),
            Err(error) => errors.push(error),
        }
    }
    println!("main: answers {bodies:?}");
    println!("main: errors  {errors:?}");
}
// ANCHOR_END: main
