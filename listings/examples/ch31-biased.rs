//! Chapter 31: `biased;` makes a worker check its shutdown signal before
//! its queue, every round, so it stops after the job it is on. With the
//! queue listed first, it sees the signal only when the queue is empty.
//! Run it: cargo run -p listings --example ch31-biased

use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::time::sleep;

/// Four jobs waiting in a queue, and a shutdown signal that a timer task
/// sends after 1 s.
fn start() -> (mpsc::Receiver<u32>, oneshot::Receiver<()>) {
    let (jobs_tx, jobs) = mpsc::channel(8);
    for job in 1..=4 {
        jobs_tx.try_send(job).expect("the queue has room");
    }
    let (shutdown_tx, shutdown) = oneshot::channel();
    tokio::spawn(async move {
        sleep(Duration::from_secs(1)).await;
        println!("timer: shutdown sent");
        let _ = shutdown_tx.send(());
        drop(jobs_tx); // the queue stays open until the shutdown
    });
    (jobs, shutdown)
}

/// One job takes 400 ms.
async fn work_on(job: u32) {
    sleep(Duration::from_millis(400)).await;
    println!("worker: job {job} done");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("main: shutdown listed first");
    // ANCHOR: shutdown_first
    let (mut jobs, mut shutdown) = start();
    loop {
        tokio::select! {
            biased;
            _ = &mut shutdown => {
                println!("worker: stopping; jobs left in the queue: {}", jobs.len());
                break;
            }
            Some(job) = jobs.recv() => work_on(job).await,
        }
    }
    // ANCHOR_END: shutdown_first

    println!("main: queue listed first");
    // ANCHOR: queue_first
    let (mut jobs, mut shutdown) = start();
    loop {
        tokio::select! {
            biased;
            Some(job) = jobs.recv() => work_on(job).await,
            _ = &mut shutdown => {
                println!("worker: stopping; jobs left in the queue: {}", jobs.len());
                break;
            }
        }
    }
    // ANCHOR_END: queue_first
}
