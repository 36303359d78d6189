//! Chapter 9: `tokio::spawn` returns a `JoinHandle<T>`; awaiting it gives
//! `Result<T, JoinError>`: `Ok` with the task's value if it ran to the end.
//! Run it: cargo run -p listings --example ch09-join-handle

use std::time::Duration;
use tokio::task::{JoinError, JoinHandle};

// ANCHOR: all
async fn fetch(server: u32) -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    format!("data from server {server}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // The types are written out only to show them; Rust infers both.
    let handle: JoinHandle<String> = tokio::spawn(fetch(1));
    let result: Result<String, JoinError> = handle.await;
    println!("awaiting the handle gave {result:?}");

    match result {
        Ok(data) => println!("the task returned: {data}"),
        Err(error) => println!("the task did not finish: {error}"),
    }
}
// ANCHOR_END: all
