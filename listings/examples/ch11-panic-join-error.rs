//! Chapter 11: a panic inside a spawned task does not bring the program
//! down. Awaiting its handle gives a `JoinError` that says it panicked and
//! carries the panic's message.
//! Run it: cargo run -p listings --example ch11-panic-join-error

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

// ANCHOR: fetch
async fn fetch(server: &'static str) -> Result<String, FetchError> {
    tokio::time::sleep(Duration::from_millis(100)).await;
    match server {
        "broken" => Err(FetchError { server }),
        // A bug, not an error the caller is expected to handle.
        "buggy" => panic!("{server} sent a reply fetch cannot parse"),
        _ => Ok(format!("{server} data")),
    }
}
// ANCHOR_END: fetch

// ANCHOR: panic
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(fetch("buggy"));
    match handle.await {
        Ok(result) => println!("main: the task returned {result:?}"),
        Err(error) if error.is_panic() => {
            let payload = error.into_panic();
            // panic!("text") carries a &str, panic!("{x}") a String.
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(not a string)");
            println!("main: the task panicked: {message}");
        }
        Err(error) => println!("main: the task was cancelled: {error}"),
    }
    println!("main: still running");
}
// ANCHOR_END: panic
