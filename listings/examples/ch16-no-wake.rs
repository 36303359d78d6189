//! Chapter 16: a future that returns `Pending` without arranging a wake-up
//! is never polled again. The task is not stuck in a loop; it is forgotten.
//! Run it: cargo run -p listings --example ch16-no-wake

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

// ANCHOR: all
/// Breaks the contract: says "not yet" and never arranges a wake-up.
struct Forgetful {
    polls: Arc<AtomicU32>,
}

impl Future for Forgetful {
    type Output = ();

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        self.polls.fetch_add(1, Ordering::SeqCst);
        Poll::Pending // and nobody keeps the waker
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let polls = Arc::new(AtomicU32::new(0));
    let task = tokio::spawn(Forgetful {
        polls: Arc::clone(&polls),
    });
    tokio::time::sleep(Duration::from_secs(1)).await;
    let polls = polls.load(Ordering::SeqCst);
    println!(
        "after 1 s: polls = {polls}, task finished = {}",
        task.is_finished()
    );
}
// ANCHOR_END: all
