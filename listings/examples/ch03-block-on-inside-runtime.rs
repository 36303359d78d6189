//! Chapter 3: blocking on a future from inside the runtime panics.
//! Run it: cargo run -p listings --example ch03-block-on-inside-runtime

use std::time::Duration;

async fn fetch_config() -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    String::from("retries = 3")
}

// ANCHOR: main
/// A synchronous helper that wants the result of async code.
fn load_config() -> String {
    let handle = tokio::runtime::Handle::current();
    handle.block_on(fetch_config())
}

#[tokio::main]
async fn main() {
    let config = load_config(); // called from async code: panics
    println!("config: {config}");
}
// ANCHOR_END: main
