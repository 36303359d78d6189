//! Chapter 30: a `CancellationToken` asks a task to stop. The task waits
//! for `cancelled()` in a `select!`, so the request reaches it in the
//! middle of a long wait, and it answers in its own words.
//! Run it: cargo run -p listings --example ch30-token

use std::time::Duration;

use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

// ANCHOR: poller
/// Checks something, then waits 10 s before the next check, unless it is
/// asked to stop first.
async fn poller(token: CancellationToken) -> &'static str {
    println!("poller: checked, waiting 10 s for the next check");
    tokio::select! {
        _ = token.cancelled() => {
            println!("poller: stop asked, leaving");
            "stopped while waiting"
        }
        _ = sleep(Duration::from_secs(10)) => {
            println!("poller: checking again");
            "checked twice"
        }
    }
}
// ANCHOR_END: poller

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let token = CancellationToken::new();
    let task = tokio::spawn(poller(token.clone()));

    sleep(Duration::from_millis(500)).await;
    println!("main: is_cancelled() = {}", token.is_cancelled());
    token.cancel();
    println!("main: cancelled, is_cancelled() = {}", token.is_cancelled());
    let answer = task.await.expect("the poller does not panic");
    println!("main: the poller returned {answer:?}");

    // A token stays cancelled: waiting on it now ends at once.
    token.cancelled().await;
    println!("main: cancelled() was ready at once");
    let slow = token.run_until_cancelled(sleep(Duration::from_secs(10)));
    println!("main: run_until_cancelled gave {:?}", slow.await);
}
// ANCHOR_END: main
