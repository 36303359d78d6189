//! Chapter 17: a `std::sync::MutexGuard` held across an `.await` in a
//! spawned task. The guard is not `Send`, so neither is the task's future,
//! and `tokio::spawn` refuses it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

// ANCHOR: main
#[tokio::main]
async fn main() {
    let count = Arc::new(Mutex::new(0));
    let for_task = Arc::clone(&count);
    let task = tokio::spawn(async move {
        let mut guard = for_task.lock().unwrap();
        *guard += 1;
        tokio::time::sleep(Duration::from_millis(100)).await; // still locked
        println!("task: count is {guard}");
    });
    task.await.unwrap();
    println!("main: count = {}", *count.lock().unwrap());
}
// ANCHOR_END: main
