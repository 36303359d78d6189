//! Chapter 21: a blocking call handed to `spawn_blocking` runs on another
//! thread, a heartbeat on the runtime's thread keeps beating meanwhile, and
//! the call's result comes back through the `JoinHandle`.
//! Run it: cargo run -p listings --example ch21-spawn-blocking

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

/// Counts a beat every 100 ms, as long as its thread is free to run it.
async fn heartbeat(beats: Arc<AtomicU32>) {
    loop {
        beats.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// About ten beats fit in a second; a busy machine may fit fewer.
fn verdict(beats: u32) -> &'static str {
    match beats {
        0..=1 => "silent",
        5.. => "kept beating",
        _ => "stuttered",
    }
}

// ANCHOR: all
/// Blocking code: it holds its thread for a second, as a synchronous
/// database driver or a big file read would.
fn read_report() -> String {
    std::thread::sleep(Duration::from_secs(1));
    String::from("42 rows")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // ANCHOR_END: all
    let beats = Arc::new(AtomicU32::new(0));
    tokio::spawn(heartbeat(Arc::clone(&beats)));
    tokio::time::sleep(Duration::from_millis(50)).await; // let it start
    let before = beats.load(Ordering::Relaxed);

    // ANCHOR: all
    let handle = tokio::task::spawn_blocking(read_report); // JoinHandle<String>
    let report = handle.await; // Result<String, JoinError>
    println!("main: the handle gave {report:?}");
    // ANCHOR_END: all

    let heard = verdict(beats.load(Ordering::Relaxed) - before);
    println!("main: meanwhile the heartbeat {heard}");
    // ANCHOR: all
}
// ANCHOR_END: all
