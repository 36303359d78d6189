//! Chapter 9: on the multi-thread runtime, a task spawned by a task that is
//! running on a worker waits in that worker's LIFO slot, which the other
//! workers cannot take from: it does not start until its spawner yields.
//! Run it: cargo run -p listings --example ch09-start-from-worker

use std::sync::mpsc;
use std::time::Duration;

// ANCHOR: all
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `outer` is spawned from main's thread, so a worker picks it up.
    let outer = tokio::spawn(async {
        let (started, signal) = mpsc::channel();
        let inner = tokio::spawn(async move {
            println!("inner: started");
            let _ = started.send(());
        });

        // Block this worker for a second, with no `.await`. The other worker
        // is idle the whole time.
        match signal.recv_timeout(Duration::from_secs(1)) {
            Ok(()) => println!("outer: inner ran while outer was blocked"),
            Err(_) => println!("outer: blocked for 1 s, and inner has not started"),
        }

        // The first `.await` that returns `Pending` frees this worker.
        inner.await.unwrap();
        println!("outer: inner finished once outer yielded");
    });
    outer.await.unwrap();
}
// ANCHOR_END: all
