//! Chapter 10: on the multi-thread runtime, two spawned tasks that block
//! run at the same moment on two threads; the same work in one `join!`
//! runs on one thread, one piece after the other.
//! Run it: cargo run -p listings --example ch10-parallel-spawn

use std::sync::{Arc, Barrier};
use std::thread::{self, ThreadId};

// ANCHOR: all
/// Work that never awaits, standing in for a CPU-bound step.
fn crunch() -> u64 {
    (1..=1000u64).map(std::hint::black_box).sum()
}

async fn work(name: &str) -> ThreadId {
    println!("{name}: started");
    assert_eq!(crunch(), 500_500);
    println!("{name}: done");
    thread::current().id()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // A barrier for two lets nobody through until two threads wait at it
    // (chapter 4): both tasks pass only if they run at the same moment.
    let barrier = Arc::new(Barrier::new(2));
    let mut tasks = Vec::new();
    for _ in 0..2 {
        let barrier = Arc::clone(&barrier);
        tasks.push(tokio::spawn(async move {
            barrier.wait();
            assert_eq!(crunch(), 500_500);
            thread::current().id()
        }));
    }
    let mut threads = Vec::new();
    for task in tasks {
        threads.push(task.await.unwrap());
    }
    assert_ne!(threads[0], threads[1]);
    println!("spawn: both tasks were running at once, on two threads");

    // The same kind of work as two futures in one join!, on the same runtime.
    let (first, second) = tokio::join!(work("future 1"), work("future 2"));
    assert_eq!(first, second);
    println!("join!: both futures ran on one thread, one after the other");
}
// ANCHOR_END: all
