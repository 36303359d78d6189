//! Chapter 5: blocking code handed to `spawn_blocking` overlaps with a sleep.
//! Run it: cargo run -p listings --example ch05-blocking-call-overlaps

use std::time::{Duration, Instant};

// ANCHOR: all
/// Regular code that blocks, as a slow device read would.
fn read_sensor() -> u32 {
    std::thread::sleep(Duration::from_millis(500));
    7
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let (reading, ()) = tokio::join!(
        async { tokio::task::spawn_blocking(read_sensor).await.unwrap() },
        tokio::time::sleep(Duration::from_millis(500)),
    );
    assert_eq!(reading, 7);
    // One after the other would take 1000 ms; overlapped, about 500.
    assert!(start.elapsed() < Duration::from_millis(950));
}
// ANCHOR_END: all
