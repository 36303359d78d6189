//! Chapter 6: on a multi-thread runtime one blocking task leaves other
//! workers to run the heartbeat; as many blocking tasks as workers silence
//! it; `spawn_blocking` keeps blocking work off the workers altogether.
//! Run it: cargo run -p listings --example ch06-heartbeat-multi-thread

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

async fn heartbeat(beats: Arc<AtomicU32>) {
    loop {
        beats.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn block_for_a_second() {
    std::thread::sleep(Duration::from_secs(1));
}

// ANCHOR: main
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let beats = Arc::new(AtomicU32::new(0));
    tokio::spawn(heartbeat(Arc::clone(&beats)));
    tokio::time::sleep(Duration::from_millis(50)).await; // let it start

    for (blocking_tasks, on_workers) in [(1, true), (2, true), (2, false)] {
        let before = beats.load(Ordering::Relaxed);
        let mut tasks = Vec::new();
        for _ in 0..blocking_tasks {
            tasks.push(if on_workers {
                tokio::spawn(async { block_for_a_second() })
            } else {
                tokio::task::spawn_blocking(block_for_a_second)
            });
        }
        for task in tasks {
            task.await.unwrap();
        }
        let verdict = verdict(beats.load(Ordering::Relaxed) - before);
        let how = if on_workers {
            "tokio::spawn"
        } else {
            "spawn_blocking"
        };
        println!("{blocking_tasks} blocking task(s) via {how}: heartbeat {verdict}");
    }
}
// ANCHOR_END: main

/// The heartbeat's beats during one second, put in words: about ten, fewer
/// on a busy machine; at most two (the beat already due, and one while the
/// blocking tasks start) while every worker is blocked.
fn verdict(beats: u32) -> &'static str {
    match beats {
        0..=2 => "silent",     // the beat already due, one more as the blockers start
        4.. => "kept beating", // of about ten: a loaded machine fits fewer
        _ => "stuttered",
    }
}
