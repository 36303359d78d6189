//! Chapter 25: a stream from an iterator, through `filter`, `map`, `then`
//! and `take`, read with `while let Some(..) = stream.next().await`. Nothing
//! runs until the loop polls, and `then` awaits one item at a time.
//! Run it: cargo run -p listings --example ch25-adapters

use std::pin::pin;
use std::time::Duration;

use futures::future;
use futures::stream::{self, StreamExt};

// ANCHOR: all
async fn look_up(id: u32) -> String {
    println!("look_up {id}: started");
    tokio::time::sleep(Duration::from_millis(200)).await;
    format!("record {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let records = stream::iter(1..=10)
        .filter(|n| future::ready(n % 2 == 0)) // the test returns a future
        .map(|n| n * 10) // a plain function of the item
        .then(look_up) // an async function of the item, awaited in turn
        .take(3); // stop after three items
    println!("main: stream built, nothing looked up yet");

    let mut records = pin!(records); // `next` needs a stream that is Unpin
    while let Some(record) = records.next().await {
        println!("main: got {record}");
    }
    println!("main: the stream is done");
}
// ANCHOR_END: all
