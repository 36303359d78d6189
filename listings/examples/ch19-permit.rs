//! Chapter 19: what `notify_one` and `notify_waiters` leave behind.
//! `notify_one` with nobody waiting stores one permit (never two);
//! `notify_one` with waiters wakes the first; `notify_waiters` wakes all
//! current waiters.
//! Run it: cargo run -p listings --example ch19-permit

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio::time::{sleep, timeout};

// ANCHOR: all
/// Waits for a notification, but gives up after 0.5 s, so that a waiter
/// nobody notifies cannot hang the program.
async fn wait_briefly(name: &str, notify: &Notify) {
    match timeout(Duration::from_millis(500), notify.notified()).await {
        Ok(()) => println!("{name}: notified"),
        Err(_) => println!("{name}: still waiting after 0.5 s, gave up"),
    }
}

/// The numbers of the waiter tasks that have finished, that is, were woken.
fn woken(waiters: &[JoinHandle<()>]) -> Vec<usize> {
    (1..=waiters.len())
        .filter(|n| waiters[n - 1].is_finished())
        .collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let notify = Arc::new(Notify::new());

    println!("-- notify_one twice, nobody waiting yet");
    notify.notify_one();
    notify.notify_one();
    wait_briefly("waiter a", &notify).await;
    wait_briefly("waiter b", &notify).await;

    println!("-- three waiters, then notify_one");
    let waiters: Vec<JoinHandle<()>> = (1..=3)
        .map(|_| {
            let notify = Arc::clone(&notify);
            tokio::spawn(async move { notify.notified().await })
        })
        .collect();
    sleep(Duration::from_millis(200)).await; // let all three start waiting
    notify.notify_one();
    sleep(Duration::from_millis(200)).await; // let the woken one finish
    println!("woken: {:?}", woken(&waiters));

    println!("-- notify_waiters");
    notify.notify_waiters();
    sleep(Duration::from_millis(200)).await;
    println!("woken: {:?}", woken(&waiters));
}
// ANCHOR_END: all
