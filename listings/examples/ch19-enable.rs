//! Chapter 19: a `Notified` future that has not been polled is not yet in
//! the wait queue, so `notify_one` cannot pick it: two calls store a
//! single permit, and one of two waiters misses out. `enable()` puts a
//! pinned `Notified` in the queue without polling it.
//! Run it: cargo run -p listings --example ch19-enable

use std::future::Future;
use std::pin::pin;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::timeout;

// ANCHOR: all
/// Waits for `notified`, but at most 0.5 s.
async fn report(name: &str, notified: impl Future<Output = ()>) {
    match timeout(Duration::from_millis(500), notified).await {
        Ok(()) => println!("{name}: notified"),
        Err(_) => println!("{name}: missed it, gave up after 0.5 s"),
    }
}

async fn two_waiters(enable: bool) {
    let notify = Notify::new();
    // Both futures exist before either notify_one call...
    let mut a = pin!(notify.notified());
    let mut b = pin!(notify.notified());
    if enable {
        // ...and with enable() both are in the queue, too.
        a.as_mut().enable();
        b.as_mut().enable();
    }
    notify.notify_one();
    notify.notify_one();
    report("waiter a", a).await;
    report("waiter b", b).await;
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("-- created, never polled, then notify_one twice");
    two_waiters(false).await;
    println!("-- created and enabled, then notify_one twice");
    two_waiters(true).await;
}
// ANCHOR_END: all
