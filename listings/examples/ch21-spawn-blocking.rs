//! Chapter 21: a blocking call handed to `spawn_blocking` runs on another
//! thread, a heartbeat on the runtime's thread keeps beating meanwhile, and
//! the call's result comes back through the `JoinHandle`.
//! Run it: cargo run -p listings --example ch21-spawn-blocking

use std::time::Duration;

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

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let beating = tokio::spawn(heartbeat());
    tokio::time::sleep(Duration::from_millis(300)).await;

    let handle = tokio::task::spawn_blocking(read_report); // JoinHandle<String>
    let report = handle.await; // Result<String, JoinError>
    println!("main: the handle gave {report:?}");

    beating.await.unwrap(); // let the heartbeat finish its beats
}
// ANCHOR_END: main
