//! Chapter 12: a guard's `Drop` runs when its owner's scope ends, whether
//! the future ran to the end or was dropped halfway by a timeout.
//! Run it: cargo run -p listings --example ch12-guard

use std::time::Duration;
use tokio::time::{sleep, timeout};

// ANCHOR: all
struct Connection {
    name: &'static str,
}

impl Connection {
    fn open(name: &'static str) -> Connection {
        println!("{name}: connection opened");
        Connection { name }
    }
}

impl Drop for Connection {
    // Synchronous: it runs to its end right here, with no .await.
    fn drop(&mut self) {
        println!("{}: connection closed", self.name);
    }
}

async fn work(name: &'static str, millis: u64) {
    let _connection = Connection::open(name);
    sleep(Duration::from_millis(millis)).await;
    println!("{name}: work done");
} // _connection is dropped here, or wherever this future is dropped

#[tokio::main(flavor = "current_thread")]
async fn main() {
    work("first", 200).await;
    let second = timeout(Duration::from_millis(300), work("second", 1000)).await;
    if second.is_err() {
        println!("main: second timed out");
    }
}
// ANCHOR_END: all
