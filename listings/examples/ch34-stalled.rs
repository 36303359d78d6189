//! Chapter 34: a blocking call stalls every task on the runtime's thread.
//! The heartbeat task notices afterwards, from the gap before its next
//! beat; a watchdog on a thread of its own notices while the stall lasts.
//! Run it: cargo run -p listings --example ch34-stalled

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: heartbeat
const PERIOD: Duration = Duration::from_millis(400);

/// Five beats, one per `PERIOD`, each reported to the watchdog. A beat that
/// comes more than two periods after the one before says it is late.
async fn heartbeat(watchdog: mpsc::Sender<u32>) {
    let mut last = Instant::now();
    for beat in 1..=5 {
        tokio::time::sleep(PERIOD).await;
        if last.elapsed() > 2 * PERIOD {
            println!("heartbeat: beat {beat} is late, waiting");
        } else {
            println!("heartbeat: beat {beat}, waiting");
        }
        last = Instant::now();
        // std's channel: `send` never blocks, so it is fine in async code.
        watchdog.send(beat).expect("the watchdog is running");
    }
}
// ANCHOR_END: heartbeat

// ANCHOR: watchdog
/// Runs on a thread of its own, outside the runtime: it says so when no
/// beat has come for 700 ms, and again when the beats come back.
fn watchdog(beats: mpsc::Receiver<u32>) {
    let limit = Duration::from_millis(700);
    loop {
        match beats.recv_timeout(limit) {
            Ok(_) => {}
            Err(RecvTimeoutError::Timeout) => {
                println!("watchdog: no beat for 0.7 s, the runtime is stuck; waiting");
                match beats.recv() {
                    Ok(beat) => println!("watchdog: beat {beat} came, the runtime runs again"),
                    Err(_) => return,
                }
            }
            Err(RecvTimeoutError::Disconnected) => return, // the heartbeat ended
        }
    }
}
// ANCHOR_END: watchdog

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (to_watchdog, beats) = mpsc::channel();
    thread::spawn(move || watchdog(beats));
    let beating = tokio::spawn(heartbeat(to_watchdog));

    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("main: blocking the thread for 1 s");
    thread::sleep(Duration::from_secs(1)); // every task on this thread waits
    println!("main: done blocking");
    beating.await.unwrap();
}
// ANCHOR_END: main
