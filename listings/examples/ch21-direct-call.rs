//! Chapter 21: a blocking call made directly from `main` holds the runtime's
//! only thread for a second, and a heartbeat task on that thread skips its
//! beats until the call returns.
//! Run it: cargo run -p listings --example ch21-direct-call

use std::time::Duration;

// ANCHOR: all
/// Blocking code: it holds its thread for a second, as a synchronous
/// database driver or a big file read would.
fn read_report() -> String {
    println!("report: started");
    std::thread::sleep(Duration::from_secs(1));
    println!("report: finished");
    String::from("42 rows")
}

/// Four beats, half a second apart, as long as its thread is free to run it.
async fn heartbeat() {
    for beat in 1..=4 {
        if beat > 1 {
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        println!("heartbeat: beat {beat}");
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let beating = tokio::spawn(heartbeat());
    tokio::time::sleep(Duration::from_millis(300)).await;

    let report = read_report(); // blocks the runtime's only thread
    println!("main: read_report returned {report:?}");

    beating.await.unwrap(); // let the heartbeat finish its beats
}
// ANCHOR_END: all
