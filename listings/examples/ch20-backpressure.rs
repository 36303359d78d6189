//! Chapter 20: backpressure. A fast producer sends four items into a
//! channel that holds two; a slow consumer takes 0.5 s per item. The
//! producer's `send().await` waits whenever the channel is full.
//! Run it: cargo run -p listings --example ch20-backpressure

use std::time::Duration;

use tokio::sync::mpsc;

// ANCHOR: all
async fn producer(tx: mpsc::Sender<u32>) {
    for item in 1..=4 {
        if tx.capacity() == 0 {
            println!("producer: channel full, waiting to send item {item}");
        }
        tx.send(item).await.expect("the consumer is there");
        println!("producer: sent item {item}");
    }
    println!("producer: done");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2); // room for two items
    tokio::spawn(producer(tx));

    while let Some(item) = rx.recv().await {
        println!("consumer: got item {item}");
        tokio::time::sleep(Duration::from_millis(500)).await; // slow work
    }
}
// ANCHOR_END: all
