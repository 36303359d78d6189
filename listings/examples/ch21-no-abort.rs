//! Chapter 21: `abort` has no effect on a `spawn_blocking` task that has
//! started: the closure runs to the end and the handle gives its value.
//! Run it: cargo run -p listings --example ch21-no-abort

use std::time::Duration;

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (started_tx, started_rx) = tokio::sync::oneshot::channel();
    let job = tokio::task::spawn_blocking(move || {
        started_tx.send(()).unwrap();
        std::thread::sleep(Duration::from_millis(500));
        println!("blocking job: finished anyway");
        7
    });

    started_rx.await.unwrap(); // the closure is running now
    job.abort();
    println!("main: abort() called");
    println!("main: the handle gave {:?}", job.await);
}
// ANCHOR_END: all
