//! Chapter 3: the same synchronous helper, run where blocking is allowed.
//! Run it: cargo run -p listings --example ch03-spawn-blocking-fix

use std::time::Duration;

async fn fetch_config() -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    String::from("retries = 3")
}

// ANCHOR: main
/// Unchanged: a synchronous helper that wants the result of async code.
fn load_config() -> String {
    let handle = tokio::runtime::Handle::current();
    handle.block_on(fetch_config())
}

#[tokio::main]
async fn main() {
    // spawn_blocking runs the helper on a thread kept for blocking work,
    // and gives back a handle to await for its result.
    let config = tokio::task::spawn_blocking(load_config).await.unwrap();
    println!("config: {config}");
}
// ANCHOR_END: main
