//! Chapter 4: on the multi-thread runtime, two tasks run at the same moment
//! on two different worker threads.
//! Run it: cargo run -p listings --example ch04-worker-threads

use std::sync::{Arc, Barrier};
use std::thread;

// ANCHOR: all
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // A barrier for two lets nobody through until two threads wait at it.
    let barrier = Arc::new(Barrier::new(2));
    let mut tasks = Vec::new();
    for number in 1..=2 {
        let barrier = Arc::clone(&barrier);
        tasks.push(tokio::spawn(async move {
            // Blocks this worker thread (chapter 6 says why you normally
            // must not) until the other task arrives too. Both get past it
            // only if they run at the same moment, on different threads.
            barrier.wait();
            let me = thread::current();
            (number, me.id(), me.name().unwrap_or("unnamed").to_owned())
        }));
    }
    let mut threads = Vec::new();
    for task in tasks {
        let (number, id, name) = task.await.unwrap();
        println!("task {number}: passed the barrier on a thread named {name}");
        threads.push(id);
    }
    // Same name, different threads: the ids tell them apart.
    assert_ne!(threads[0], threads[1]);
    println!("main: the two tasks ran at the same moment, on two threads");
}
// ANCHOR_END: all
