//! Chapter 17: five tasks share a `tokio::sync::Mutex` through an `Arc`.
//! Each holds the guard across a 1 s `.await`, so they take turns, in the
//! order they asked: about 5 s in all.
//! Run it: cargo run -p listings --example ch17-tokio-mutex

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

// ANCHOR: all
async fn worker(name: String, count: Arc<Mutex<u32>>) {
    println!("{name}: waiting for the lock");
    // The guard is the only way to reach the u32 inside the Mutex.
    let mut guard = count.lock().await;
    *guard += 1;
    println!("{name}: got it, count is now {}", *guard);
    tokio::time::sleep(Duration::from_secs(1)).await; // still holding the lock
    drop(guard); // unlock; the end of the function would do it too
    println!("{name}: released");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let count = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for n in 1..=5 {
        handles.push(tokio::spawn(worker(
            format!("task {n}"),
            Arc::clone(&count),
        )));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("main: count = {}", *count.lock().await);
}
// ANCHOR_END: all
