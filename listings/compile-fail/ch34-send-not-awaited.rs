//! Chapter 34: the `send` of tokio's bounded `mpsc::Sender` is an
//! `async fn`, so without `.await` it sends nothing. Rust warns by default;
//! this listing denies the warning so that its test can check the message.

#![deny(unused_must_use)]

use tokio::sync::mpsc;

// ANCHOR: worker
async fn worker(id: u32, results: mpsc::Sender<String>) {
    results.send(format!("result {id}")); // forgot `.await`
}
// ANCHOR_END: worker

#[tokio::main]
async fn main() {
    let (results, mut received) = mpsc::channel(8);
    tokio::spawn(worker(1, results));
    println!("{:?}", received.recv().await);
}
