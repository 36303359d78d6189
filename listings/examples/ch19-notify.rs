//! Chapter 19: asyncio's Event example with `tokio::sync::Notify`. A waiter
//! task waits for a notification that a setter task sends after 2 s.
//! Run it: cargo run -p listings --example ch19-notify

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

// ANCHOR: all
async fn waiter(notify: Arc<Notify>) {
    println!("waiter: waiting for a notification");
    notify.notified().await;
    println!("waiter: notified, carrying on");
}

async fn setter(notify: Arc<Notify>) {
    tokio::time::sleep(Duration::from_secs(2)).await; // some work first
    println!("setter: notifying");
    notify.notify_one();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Each task gets its own handle to the same Notify.
    let notify = Arc::new(Notify::new());
    let waiting = tokio::spawn(waiter(Arc::clone(&notify)));
    let setting = tokio::spawn(setter(Arc::clone(&notify)));
    waiting.await.unwrap();
    setting.await.unwrap();
}
// ANCHOR_END: all
