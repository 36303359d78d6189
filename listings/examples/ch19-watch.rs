//! Chapter 19: the Python Event program with a `watch` channel of a `bool`.
//! Two workers wait for it to become `true`; anyone can read it; a worker
//! that comes after it was set passes at once with `wait_for`, while
//! `changed` would wait for a value that never comes.
//! Run it: cargo run -p listings --example ch19-watch

use std::time::Duration;

use futures::FutureExt; // for now_or_never
use tokio::sync::watch;
use tokio::time::{sleep, timeout};

// ANCHOR: all
/// Waits until the settings are loaded; returns its number.
async fn worker(n: u32, mut loaded: watch::Receiver<bool>) -> u32 {
    println!("worker {n}: waiting for the settings");
    // wait_for looks at the current value first, then at the latest value
    // after each change. It fails only if the sender is dropped before the
    // flag becomes true.
    loaded
        .wait_for(|is_set| *is_set)
        .await
        .expect("main keeps the sender");
    n
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (set_loaded, loaded) = watch::channel(false);
    let workers = [1, 2].map(|n| tokio::spawn(worker(n, loaded.clone())));
    sleep(Duration::from_secs(2)).await; // reading the settings takes a while
    println!("main: the flag reads {}", *loaded.borrow());
    println!("main: settings read, waking the workers");
    set_loaded.send(true).unwrap(); // wakes every receiver; the value stays
    // The two wake in either order (a watch channel spreads its waiters
    // over several queues at random), so main reports them in a fixed one.
    for handle in workers {
        let n = handle.await.unwrap();
        println!("worker {n}: settings loaded, starting");
    }

    // A latecomer. now_or_never polls a future once: Some if it finished.
    match worker(3, set_loaded.subscribe()).now_or_never() {
        Some(n) => println!("worker {n}: settings loaded, starting at once"),
        None => println!("main: worker 3 had to wait"),
    }
    // changed() waits for a value this receiver has not seen; a new
    // receiver counts the current one as seen, so none comes.
    let mut late = set_loaded.subscribe();
    let changed = timeout(Duration::from_millis(500), late.changed()).await;
    let changed = changed.is_ok();
    println!("main: a late changed() finished within 0.5 s: {changed}");

    set_loaded.send(false).unwrap(); // like Event.clear()
    println!("main: cleared, the flag reads {}", *loaded.borrow());
}
// ANCHOR_END: all
