//! Chapter 20: `main` keeps its own `Sender`, so the channel never closes
//! and the consumer's loop never ends. A timeout shows it still waiting.
//! Run it: cargo run -p listings --example ch20-forgot-drop

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::timeout;

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(10);
    let producer = tx.clone();
    tokio::spawn(async move {
        let message = "the only message";
        producer.send(message).await.expect("the consumer is there");
        println!("producer: done, dropping its sender");
    });
    // No drop(tx) here: main still holds a Sender.

    let consume = async {
        while let Some(message) = rx.recv().await {
            println!("consumer: got \"{message}\"");
        }
    };
    if timeout(Duration::from_secs(1), consume).await.is_err() {
        println!("consumer: still waiting after 1 s: the channel is open");
    }
}
// ANCHOR_END: all
