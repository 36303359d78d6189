//! Chapter 11: `??` flattens a spawned task's `Result<Result<T, E>, JoinError>`
//! into one `Result` whose error is a boxed `std::error::Error`: the task's
//! own error and a panic both arrive as an `Err`.
//! Run it: cargo run -p listings --example ch11-flatten

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

async fn fetch(server: &'static str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(100)).await;
    match server {
        "broken" => Err(FetchError { server }),
        // A bug, not an error the caller is expected to handle.
        "buggy" => panic!("{server} sent a reply fetch cannot parse"),
        _ => Ok(format!("{server} data")),
    }
}

// ANCHOR: all
type BoxError = Box<dyn std::error::Error + Send + Sync>;

async fn fetch_in_task(server: &'static str) -> Result<String, BoxError> {
    let handle = tokio::spawn(fetch(server));
    // The first ? handles the task (JoinError), the second the fetch (FetchError).
    let body = handle.await??;
    Ok(body)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    for server in ["alpha", "broken", "buggy"] {
        match fetch_in_task(server).await {
            Ok(body) => println!("main: {server}: {body}"),
            Err(error) => println!("main: {server}: error: {error}"),
        }
    }
}
// ANCHOR_END: all
