//! Chapter 21: a blocking call made directly in a task silences a heartbeat
//! on the same thread; the same call in `spawn_blocking` does not, and its
//! result comes back through the `JoinHandle`.
//! Run it: cargo run -p listings --example ch21-spawn-blocking

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

// ANCHOR: all
/// Blocking code: it holds its thread for a second, as a synchronous
/// database driver or a big file read would.
fn read_report() -> String {
    std::thread::sleep(Duration::from_secs(1));
    String::from("42 rows")
}

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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let beats = Arc::new(AtomicU32::new(0));
    tokio::spawn(heartbeat(Arc::clone(&beats)));
    tokio::time::sleep(Duration::from_millis(50)).await; // let it start

    let before = beats.load(Ordering::Relaxed);
    let report = tokio::spawn(async { read_report() }).await.unwrap();
    let heard = verdict(beats.load(Ordering::Relaxed) - before);
    println!("in a task:          {report}, heartbeat {heard}");

    let before = beats.load(Ordering::Relaxed);
    let report = tokio::task::spawn_blocking(read_report).await.unwrap();
    let heard = verdict(beats.load(Ordering::Relaxed) - before);
    println!("in spawn_blocking:  {report}, heartbeat {heard}");
}
// ANCHOR_END: all
