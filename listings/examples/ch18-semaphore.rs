//! Chapter 18: a `tokio::sync::Semaphore` with two permits lets at most two
//! of five 1 s jobs run at once: about 3 s in all. A counter checks that no
//! more than two ever run together.
//! Run it: cargo run -p listings --example ch18-semaphore

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::Semaphore;

// ANCHOR: all
async fn job(n: u32, limit: Arc<Semaphore>, running: Arc<AtomicUsize>) {
    println!("job {n}: waiting");
    // Err only if someone closes the semaphore, which this program never does.
    let _permit = limit.acquire().await.expect("semaphore closed");
    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
    assert!(now <= 2, "{now} jobs running at once");
    println!("job {n}: started, running now: {now}");
    tokio::time::sleep(Duration::from_secs(1)).await;
    running.fetch_sub(1, Ordering::SeqCst);
    println!("job {n}: done");
} // _permit is dropped here, which hands it to the next job in line

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let limit = Arc::new(Semaphore::new(2)); // at most two jobs at once
    let running = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for n in 1..=5 {
        handles.push(tokio::spawn(job(
            n,
            Arc::clone(&limit),
            Arc::clone(&running),
        )));
        tokio::time::sleep(Duration::from_millis(400)).await; // jobs arrive 400 ms apart
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("main: all five done");
}
// ANCHOR_END: all
