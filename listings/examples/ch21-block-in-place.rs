//! Chapter 21: on a multi-thread runtime with one worker, a task that blocks
//! directly silences a heartbeat; inside `block_in_place` it does not,
//! because the runtime hands the worker's other tasks to a new thread.
//! Run it: cargo run -p listings --example ch21-block-in-place

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

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

fn verdict(beats: u32) -> &'static str {
    match beats {
        0..=2 => "silent",     // the beat already due, one more as the blockers start
        4.. => "kept beating", // of about ten: a loaded machine fits fewer
        _ => "stuttered",
    }
}

// ANCHOR: main
#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() {
    let beats = Arc::new(AtomicU32::new(0));
    tokio::spawn(heartbeat(Arc::clone(&beats)));
    tokio::time::sleep(Duration::from_millis(50)).await; // let it start

    let before = beats.load(Ordering::Relaxed);
    let report = tokio::spawn(async { read_report() }).await.unwrap();
    let heard = verdict(beats.load(Ordering::Relaxed) - before);
    println!("in a task:           {report}, heartbeat {heard}");

    let before = beats.load(Ordering::Relaxed);
    let report = tokio::spawn(async { tokio::task::block_in_place(read_report) })
        .await
        .unwrap();
    let heard = verdict(beats.load(Ordering::Relaxed) - before);
    println!("in block_in_place:   {report}, heartbeat {heard}");
}
// ANCHOR_END: main
