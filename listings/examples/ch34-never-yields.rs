//! Chapter 34: a task that works without ever returning `Pending` keeps
//! the only worker thread, and the heartbeat misses its beats, although
//! the loop has an `.await` in it. `yield_now` after each chunk, or the
//! work on `spawn_blocking`, lets the heartbeat beat on time.
//! Run it: cargo run -p listings --example ch34-never-yields

use std::time::{Duration, Instant};

use tokio::time::MissedTickBehavior;

const PERIOD: Duration = Duration::from_millis(400);
const WORK: Duration = Duration::from_millis(1200);

/// One beat per `PERIOD`, for ever. A beat that comes more than two periods
/// after the one before says it is late. After a late beat the next comes
/// a period later (`Delay`), so the beats never drift.
async fn heartbeat() {
    let mut ticks = tokio::time::interval(PERIOD);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    ticks.tick().await; // the first tick comes at once
    let mut last = Instant::now();
    for beat in 1.. {
        ticks.tick().await;
        if last.elapsed() > 2 * PERIOD {
            println!("heartbeat: beat {beat} is late, waiting");
        } else {
            println!("heartbeat: beat {beat}, waiting");
        }
        last = Instant::now();
    }
}

// ANCHOR: checksum
/// Adds up one chunk. It is an `async fn`, but nothing in it waits, so
/// awaiting it never returns `Pending`.
async fn checksum_chunk(chunk: &[u8]) -> u64 {
    chunk.iter().map(|&byte| u64::from(byte)).sum()
}

/// Checksums chunk after chunk for `WORK`, the time a large file would
/// take. With `yielding`, it gives the thread back after each chunk.
async fn checksum(round: u32, yielding: bool) -> u64 {
    let how = if yielding { "yields" } else { "never yields" };
    println!("checksum {round}: started, {how}");
    let chunk = vec![1u8; 16 * 1024];
    let (start, mut total) = (Instant::now(), 0);
    while start.elapsed() < WORK {
        total += checksum_chunk(&chunk).await; // an `.await`, but never `Pending`
        if yielding {
            tokio::task::yield_now().await; // `Pending` once: other tasks run
        }
    }
    println!("checksum {round}: done");
    total
}

/// The same work as plain blocking code, for `spawn_blocking`.
fn checksum_blocking() -> u64 {
    println!("checksum 3: started, on a blocking thread");
    let chunk = vec![1u8; 16 * 1024];
    let (start, mut total) = (Instant::now(), 0);
    while start.elapsed() < WORK {
        total += chunk.iter().map(|&byte| u64::from(byte)).sum::<u64>();
    }
    println!("checksum 3: done");
    total
}
// ANCHOR_END: checksum

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let workers = tokio::runtime::Handle::current().metrics().num_workers();
    println!("main: {workers} worker thread");
    tokio::spawn(heartbeat());
    tokio::time::sleep(Duration::from_millis(600)).await;

    tokio::spawn(checksum(1, false)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    tokio::spawn(checksum(2, true)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    let blocking = tokio::task::spawn_blocking(checksum_blocking);
    blocking.await.unwrap();
}
// ANCHOR_END: main
