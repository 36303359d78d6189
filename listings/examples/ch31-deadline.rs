//! Chapter 31: a time limit for a whole `select!` loop. A `sleep` written in
//! a branch starts again each time round, so it limits each wait, not the
//! loop. A `sleep` pinned before the loop, or `sleep_until` with one
//! `Instant`, is a deadline for all of it.
//! Run it: cargo run -p listings --example ch31-deadline

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::{Instant, sleep, sleep_until};

/// Sends `message 1` to `message 4`, 400 ms apart, and stops early if the
/// receiver is gone.
fn spawn_producer() -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel(8);
    tokio::spawn(async move {
        for i in 1..=4 {
            sleep(Duration::from_millis(400)).await;
            if tx.send(format!("message {i}")).await.is_err() {
                return;
            }
        }
    });
    rx
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("main: a new sleep(1 s) each round");
    // ANCHOR: per_round
    let mut messages = spawn_producer();
    let mut count = 0;
    loop {
        tokio::select! {
            Some(message) = messages.recv() => {
                count += 1;
                println!("main: {message}");
            }
            // Made again each round: it runs out only after 1 s with no message.
            _ = sleep(Duration::from_secs(1)) => {
                println!("main: time is up after {count} messages");
                break;
            }
        }
    }
    // ANCHOR_END: per_round

    println!("main: one sleep(1 s), pinned before the loop");
    // ANCHOR: pinned
    let mut messages = spawn_producer();
    let mut count = 0;
    let deadline = sleep(Duration::from_secs(1));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            Some(message) = messages.recv() => {
                count += 1;
                println!("main: {message}");
            }
            _ = &mut deadline => {
                println!("main: time is up after {count} messages");
                break;
            }
        }
    }
    // ANCHOR_END: pinned

    println!("main: sleep_until(one Instant) each round");
    // ANCHOR: until
    let mut messages = spawn_producer();
    let mut count = 0;
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        tokio::select! {
            Some(message) = messages.recv() => {
                count += 1;
                println!("main: {message}");
            }
            // Made again each round, but always for the same instant.
            _ = sleep_until(deadline) => {
                println!("main: time is up after {count} messages");
                break;
            }
        }
    }
    // ANCHOR_END: until
}
