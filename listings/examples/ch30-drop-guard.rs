//! Chapter 30: dropping a `CancellationToken` does not cancel it, so a
//! helper outlives the job that started it when the job returns early. A
//! `DropGuard` cancels the token when it is dropped, on any way out.
//! Run it: cargo run -p listings --example ch30-drop-guard

use std::time::Duration;

use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

/// Waits for its token, for at most 2 s (a stand-in for "for ever").
async fn helper(name: &'static str, token: CancellationToken) {
    println!("{name}: started, waiting for a stop");
    tokio::select! {
        _ = token.cancelled() => println!("{name}: stop asked, leaving"),
        _ = sleep(Duration::from_secs(2)) => println!("{name}: no stop in 2 s"),
    }
}

/// The job's own work, which fails after 500 ms.
async fn step() -> Result<(), String> {
    sleep(Duration::from_millis(500)).await;
    Err("disk full".to_string())
}

// ANCHOR: jobs
async fn job_1() -> Result<(), String> {
    let token = CancellationToken::new();
    tokio::spawn(helper("helper 1", token.clone()));
    step().await?; // returns early: `token` is dropped, not cancelled
    token.cancel();
    Ok(())
}

async fn job_2() -> Result<(), String> {
    let token = CancellationToken::new();
    tokio::spawn(helper("helper 2", token.clone()));
    let _guard = token.drop_guard(); // cancels the token when dropped
    step().await?; // returns early: `_guard` is dropped, and cancels
    Ok(())
}
// ANCHOR_END: jobs

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("main: job 1 returned {:?}", job_1().await);
    println!("main: job 2 returned {:?}", job_2().await);
    sleep(Duration::from_millis(2000)).await; // time for helper 1 to give up
}
// ANCHOR_END: main
