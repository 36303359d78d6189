//! Chapter 5: blocking code handed to `spawn_blocking` runs on another
//! thread, so it overlaps with async waiting.
//! Run it: cargo run -p listings --example ch05-blocking-call-overlaps

use std::time::Duration;

// ANCHOR: all
/// Regular code that blocks, as a slow device read would.
fn read_sensor() -> u32 {
    std::thread::sleep(Duration::from_secs(1));
    println!("sensor: read done after 1000 ms");
    7
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (reading, ()) = tokio::join!(
        async { tokio::task::spawn_blocking(read_sensor).await.unwrap() },
        async {
            tokio::time::sleep(Duration::from_millis(800)).await;
            println!("timer: fired after 800 ms");
        },
    );
    println!("main: reading {reading}");
}
// ANCHOR_END: all
