//! Chapter 20: three producer tasks, each with its own clone of the
//! `Sender`, and one consumer. The consumer's loop ends when `recv` returns
//! `None`, which happens once every `Sender` has been dropped.
//! Run it: cargo run -p listings --example ch20-mpsc

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::sleep;

// ANCHOR: all
async fn producer(id: u64, tx: mpsc::Sender<String>) {
    // Producer 1 sends at 200 and 800 ms, producer 2 at 400 and 1000 ms, ...
    sleep(Duration::from_millis(200 * id)).await;
    let first = format!("producer {id}, message 1");
    tx.send(first).await.expect("the consumer is there");
    sleep(Duration::from_millis(600)).await;
    let second = format!("producer {id}, message 2");
    tx.send(second).await.expect("the consumer is there");
    println!("producer {id}: done, dropping its sender");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(10);
    for id in 1..=3 {
        tokio::spawn(producer(id, tx.clone()));
    }
    // main's own Sender must go too, or recv() would wait for it forever.
    drop(tx);

    while let Some(message) = rx.recv().await {
        println!("consumer: got \"{message}\"");
    }
    println!("consumer: recv() returned None, every sender is gone");
}
// ANCHOR_END: all
