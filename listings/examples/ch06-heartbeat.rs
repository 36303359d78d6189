//! Chapter 6: a heartbeat task beats every 100 ms while `main` awaits a
//! sleep, and goes silent while `main` blocks the thread.
//! Run it: cargo run -p listings --example ch06-heartbeat

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

// ANCHOR: all
async fn heartbeat(beats: Arc<AtomicU32>) {
    loop {
        beats.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let beats = Arc::new(AtomicU32::new(0));
    tokio::spawn(heartbeat(Arc::clone(&beats)));

    let verdict = beats_during(&beats, async {
        tokio::time::sleep(Duration::from_secs(1)).await;
    })
    .await;
    println!("main awaits tokio::time::sleep for 1 s: heartbeat {verdict}");

    let verdict = beats_during(&beats, async {
        std::thread::sleep(Duration::from_secs(1));
    })
    .await;
    println!("main calls std::thread::sleep for 1 s:  heartbeat {verdict}");
}
// ANCHOR_END: all

/// How many times the heartbeat beat while `wait` ran, put in words: in one
/// second it beats about ten times, fewer on a busy machine, and not at all
/// while its thread is blocked.
async fn beats_during(
    beats: &AtomicU32,
    wait: impl std::future::Future<Output = ()>,
) -> &'static str {
    let before = beats.load(Ordering::Relaxed);
    wait.await;
    match beats.load(Ordering::Relaxed) - before {
        0 => "silent",
        5.. => "kept beating",
        _ => "stuttered",
    }
}
