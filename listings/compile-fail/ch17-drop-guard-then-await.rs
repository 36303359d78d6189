//! Chapter 17: `drop(guard)` before the `.await` unlocks at run time, but
//! the guard was borrowed (`*guard += 1` borrows it), and rustc counts a
//! borrowed local as alive until its scope ends (rust-lang/rust#94067). So
//! the task is still not `Send`. A block fixes it: see ch17-guard-scoped.

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
        let now = *guard;
        drop(guard); // unlocked here, yet the error below still names `guard`
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("task: count was {now} when I unlocked");
    });
    task.await.unwrap();
    println!("main: count = {}", *count.lock().unwrap());
}
// ANCHOR_END: main
