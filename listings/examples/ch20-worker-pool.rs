//! Chapter 20: three workers share one `mpsc::Receiver` behind a
//! `tokio::sync::Mutex`, the way asyncio workers share one Queue. Each job
//! goes to one worker; six jobs take about 1.2 s instead of 3 s.
//! Run it: cargo run -p listings --example ch20-worker-pool

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Mutex, mpsc};

// ANCHOR: all
/// A job: its number and how long it takes.
type Job = (u32, u64);

async fn worker(id: u32, jobs: Arc<Mutex<mpsc::Receiver<Job>>>) {
    loop {
        // The guard is a temporary of this `let`: the lock is held while
        // waiting for a job and released at the semicolon, before the work.
        let next = jobs.lock().await.recv().await;
        let Some((job, millis)) = next else {
            break; // channel empty and every sender gone
        };
        println!("worker {id}: starting job {job}");
        tokio::time::sleep(Duration::from_millis(millis)).await;
    }
    println!("worker {id}: no jobs left, stopping");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::channel(10);
    let rx = Arc::new(Mutex::new(rx));
    let workers: Vec<_> = (1..=3)
        .map(|id| tokio::spawn(worker(id, Arc::clone(&rx))))
        .collect();
    let lengths = [200, 400, 600, 600, 600, 600];
    for (job, millis) in (1..).zip(lengths) {
        tx.send((job, millis)).await.expect("the workers are there");
    }
    drop(tx); // no more jobs: once the channel is empty, recv gives None
    for handle in workers {
        handle.await.unwrap();
    }
}
// ANCHOR_END: all
