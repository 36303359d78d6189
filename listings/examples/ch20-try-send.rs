//! Chapter 20: `try_send` never waits: on a full bounded channel it hands
//! the item back. An unbounded channel never waits either, because it never
//! fills up: it just keeps growing.
//! Run it: cargo run -p listings --example ch20-try-send

use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, _rx) = mpsc::channel(2);
    for item in 1..=3 {
        match tx.try_send(item) {
            Ok(()) => println!("bounded: item {item} sent"),
            // The item comes back inside the error: nothing is lost.
            Err(TrySendError::Full(item)) => {
                println!("bounded: full, item {item} handed back")
            }
            Err(TrySendError::Closed(_)) => println!("bounded: receiver gone"),
        }
    }

    // send() on an unbounded channel is not even async: it cannot wait.
    let (tx, rx) = mpsc::unbounded_channel();
    for item in 1..=100_000 {
        tx.send(item).expect("the receiver is still there");
    }
    println!("unbounded: {} items waiting in memory", rx.len());
}
// ANCHOR_END: all
