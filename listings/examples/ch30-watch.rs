//! Chapter 30: a `watch::channel(false)` as a stop flag, without
//! tokio-util. `changed()` in a `select!` wakes the worker when the flag
//! is sent, and also when the `Sender` is dropped: then it returns `Err`.
//! Run it: cargo run -p listings --example ch30-watch

use std::time::Duration;

use tokio::sync::watch;
use tokio::time::sleep;

// ANCHOR: worker
/// Waits up to 10 s for its next piece of work, unless the stop flag
/// changes first.
async fn worker(name: &'static str, mut stop: watch::Receiver<bool>) {
    println!("{name}: stop flag is {}, waiting", *stop.borrow());
    tokio::select! {
        changed = stop.changed() => match changed {
            Ok(()) => println!("{name}: stop flag is now {}", *stop.borrow()),
            Err(_) => println!("{name}: the Sender is gone"),
        },
        _ = sleep(Duration::from_secs(10)) => println!("{name}: next piece of work"),
    }
}
// ANCHOR_END: worker

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (stop_tx, stop_rx) = watch::channel(false);
    let task = tokio::spawn(worker("worker 1", stop_rx));
    sleep(Duration::from_millis(500)).await;
    println!("main: sending true");
    stop_tx.send(true).expect("worker 1 still has its Receiver");
    task.await.expect("worker 1 does not panic");

    let (stop_tx, stop_rx) = watch::channel(false);
    let task = tokio::spawn(worker("worker 2", stop_rx));
    sleep(Duration::from_millis(500)).await;
    println!("main: dropping the Sender, sending nothing");
    drop(stop_tx);
    task.await.expect("worker 2 does not panic");
}
// ANCHOR_END: main
