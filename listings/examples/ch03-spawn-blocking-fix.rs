//! Chapter 3: the same synchronous helper, run where blocking is allowed.
//! Run it: cargo run -p listings --example ch03-spawn-blocking-fix

use std::time::Duration;

async fn fetch_config() -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    String::from("retries = 3")
}

// ANCHOR: main
/// Unchanged: still blocks until the async work is done.
fn load_config(handle: tokio::runtime::Handle) -> String {
    handle.block_on(fetch_config())
}

#[tokio::main]
async fn main() {
    let handle = tokio::runtime::Handle::current();
    // spawn_blocking runs the closure on a thread kept for blocking work,
    // and gives back a future of its result.
    let config = tokio::task::spawn_blocking(move || load_config(handle))
        .await
        .unwrap();
    println!("config: {config}");
}
// ANCHOR_END: main
