//! Chapter 19: a shutdown flag in a `watch` channel. Three workers wait for
//! it to become `true`; anyone can read it; a receiver created after it was
//! set sees it at once with `wait_for`, but `changed` waits for a new value.
//! Run it: cargo run -p listings --example ch19-watch

use std::time::Duration;

use futures::FutureExt; // for now_or_never
use tokio::sync::watch;
use tokio::time::timeout;

// ANCHOR: all
async fn worker(n: u32, mut shutdown: watch::Receiver<bool>) {
    println!("worker {n}: working until shutdown");
    // wait_for looks at the current value first, then at every new one.
    // It fails only if the sender is dropped before the flag becomes true.
    shutdown
        .wait_for(|stop| *stop)
        .await
        .expect("the sender outlives the workers");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (shutdown, flag) = watch::channel(false);
    let workers: Vec<_> = (1..=3)
        .map(|n| tokio::spawn(worker(n, flag.clone())))
        .collect();
    // ... the program runs for a while ...
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!("main: the flag reads {}", *flag.borrow());
    println!("main: sending true");
    shutdown.send(true).unwrap();
    for (n, handle) in workers.into_iter().enumerate() {
        handle.await.unwrap();
        println!("main: worker {} has stopped", n + 1);
    }

    // A receiver made now counts the current value as seen.
    let mut late = shutdown.subscribe();
    // changed() waits for a value this receiver has not seen: none comes.
    let changed = timeout(Duration::from_millis(500), late.changed())
        .await
        .is_ok();
    println!("late receiver, changed:  finished within 0.5 s: {changed}");
    // wait_for checks the current value first: true, so it does not wait.
    // now_or_never polls once: Some if the future finished without waiting.
    let passed = late.wait_for(|stop| *stop).now_or_never().is_some();
    println!("late receiver, wait_for: finished at once: {passed}");

    shutdown.send(false).unwrap(); // like Event.clear()
    println!("main: after sending false, the flag reads {}", *flag.borrow());
}
// ANCHOR_END: all
