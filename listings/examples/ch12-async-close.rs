//! Chapter 12: cleanup that must await goes in an explicit `close(self)`,
//! awaited before the scope ends. If the future is cancelled first, only
//! `Drop` runs, so it does what it can without awaiting.
//! Run it: cargo run -p listings --example ch12-async-close

use std::time::Duration;
use tokio::time::{sleep, timeout};

// ANCHOR: all
struct Connection {
    name: &'static str,
    closed: bool,
}

impl Connection {
    fn open(name: &'static str) -> Connection {
        println!("{name}: connection opened");
        Connection {
            name,
            closed: false,
        }
    }

    /// The async cleanup: say goodbye to the server, then close.
    async fn close(mut self) {
        sleep(Duration::from_millis(100)).await; // the goodbye message
        println!("{}: said goodbye, connection closed", self.name);
        self.closed = true;
    }
}

impl Drop for Connection {
    // The fallback: Drop cannot await, so no goodbye is sent.
    fn drop(&mut self) {
        if !self.closed {
            println!("{}: dropped without close(), no goodbye sent", self.name);
        }
    }
}

async fn work(name: &'static str, millis: u64) {
    let connection = Connection::open(name);
    sleep(Duration::from_millis(millis)).await;
    println!("{name}: work done");
    connection.close().await; // reached only if nothing cancelled us first
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    work("first", 200).await;
    let second = timeout(Duration::from_millis(300), work("second", 1000)).await;
    if second.is_err() {
        println!("main: second timed out");
    }
}
// ANCHOR_END: all
