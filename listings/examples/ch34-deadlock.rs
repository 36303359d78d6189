//! Chapter 34: a `std::sync::Mutex` guard held across an `.await`, in two
//! futures that `join!` runs in `main`. The second blocks the thread in
//! `lock()`, so the first can never resume to unlock: the program would
//! hang for ever. A watchdog thread sees the heartbeat stop, says so on
//! stderr and ends the program with exit code 1.
//! Run it: cargo run -p listings --example ch34-deadlock

use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

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

// ANCHOR: watchdog
/// Runs on a thread of its own. A second without a beat means the runtime
/// is stuck: no task on it will run again, so end the program.
fn watchdog(beats: mpsc::Receiver<u32>) {
    loop {
        match beats.recv_timeout(Duration::from_secs(1)) {
            Ok(_) => {}
            Err(RecvTimeoutError::Timeout) => {
                eprintln!("watchdog: no beat for 1 s, the runtime is stuck; exiting");
                std::process::exit(1);
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
    tokio::spawn(heartbeat(to_watchdog));
    tokio::time::sleep(Duration::from_secs(1)).await;

    let count = std::sync::Mutex::new(0);
    tokio::join!(
        async {
            let mut guard = count.lock().unwrap();
            println!("first: locked, saving for 0.5 s");
            tokio::time::sleep(Duration::from_millis(500)).await; // guard still alive
            *guard += 1;
            println!("first: saved");
        },
        async {
            println!("second: locking");
            let mut guard = count.lock().unwrap(); // blocks the thread, for ever
            *guard += 1;
            println!("second: locked");
        },
    );
}
// ANCHOR_END: main
