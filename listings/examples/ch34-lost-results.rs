//! Chapter 34: `let _ = results.send(..)` compiles without a warning and
//! sends nothing: it drops the future that would have sent. The waiting
//! side finds out with a timeout, and `num_alive_tasks()` says whether the
//! workers are still busy or already gone. With `.await`, the result comes.
//! Run it: cargo run -p listings --example ch34-lost-results

use std::future::Future;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::timeout;

// ANCHOR: workers
/// Works for `id` × 200 ms, then means to send its result.
async fn forgetful_worker(id: u64, results: mpsc::Sender<String>) {
    tokio::time::sleep(Duration::from_millis(200 * id)).await;
    let _ = results.send(format!("result {id}")); // drops the future: nothing is sent
    println!("worker {id}: done");
}

/// The same, with the `.await`.
async fn worker(id: u64, results: mpsc::Sender<String>) {
    tokio::time::sleep(Duration::from_millis(200 * id)).await;
    let _ = results.send(format!("result {id}")).await; // ignores only the `Result`
    println!("worker {id}: done");
}
// ANCHOR_END: workers

// ANCHOR: first_result
/// Starts three workers and waits up to 1 s for the first result.
async fn first_result<W, F>(start: W)
where
    W: Fn(u64, mpsc::Sender<String>) -> F,
    F: Future<Output = ()> + Send + 'static,
{
    let metrics = tokio::runtime::Handle::current().metrics();
    // `results` stays here, so the channel stays open: a pool would keep
    // it to start more workers.
    let (results, mut received) = mpsc::channel(8);
    for id in 1..=3 {
        tokio::spawn(start(id, results.clone()));
    }
    println!("main: {} tasks alive", metrics.num_alive_tasks());
    match timeout(Duration::from_secs(1), received.recv()).await {
        Ok(Some(result)) => println!("main: got {result}"),
        Ok(None) => println!("main: every sender is gone, and no result came"),
        Err(_) => println!(
            "main: no result within 1 s, {} tasks alive",
            metrics.num_alive_tasks()
        ),
    }
}
// ANCHOR_END: first_result

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    first_result(forgetful_worker).await;
    first_result(worker).await;
}
// ANCHOR_END: main
