//! Chapter 17: the fix for holding a `std::sync::MutexGuard` across an
//! `.await`: a block ends the guard's life, and with it the lock, before
//! the task awaits.
//! Run it: cargo run -p listings --example ch17-guard-scoped

use std::sync::{Arc, Mutex};
use std::time::Duration;

// ANCHOR: main
#[tokio::main]
async fn main() {
    let count = Arc::new(Mutex::new(0));
    let for_task = Arc::clone(&count);
    let task = tokio::spawn(async move {
        let now = {
            let mut guard = for_task.lock().unwrap();
            *guard += 1;
            *guard // copy the number out; the guard stays behind
        }; // the guard is dropped here: unlocked before the .await
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("task: count was {now} when I unlocked");
    });
    task.await.unwrap();
    println!("main: count = {}", *count.lock().unwrap());
}
// ANCHOR_END: main
