//! Chapter 8: `join!` gives concurrency, not parallelism. On a multi-thread
//! runtime with two workers, two busy futures in `join!` still run one after
//! the other, on the same thread, and no task is spawned for them.
//! Run it: cargo run -p listings --example ch08-join-one-thread

use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};
use tokio::runtime::Handle;

// ANCHOR: all
/// Keeps the CPU busy for 200 ms without a single `.await`. Returns the
/// thread it ran on and how many spawned tasks the runtime had meanwhile.
async fn crunch(name: &str) -> (ThreadId, usize) {
    let me = thread::current();
    let thread_name = me.name().unwrap_or("unnamed");
    println!("{name}: started on the thread named {thread_name}");
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(200) {
        std::hint::spin_loop();
    }
    println!("{name}: finished");
    (me.id(), Handle::current().metrics().num_alive_tasks())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let ((left, tasks_left), (right, tasks_right)) = tokio::join!(crunch("left"), crunch("right"));

    assert_eq!(left, right);
    println!("main: both ran on the same thread, one after the other");
    assert_eq!((tasks_left, tasks_right), (0, 0));
    println!("main: spawned tasks while they ran: 0");
}
// ANCHOR_END: all
