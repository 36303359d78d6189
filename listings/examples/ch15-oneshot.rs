//! Chapter 15: a oneshot channel is a promise. A spawned task sends one
//! value after 2 s; `main` awaits the receiving half and gets it.
//! Run it: cargo run -p listings --example ch15-oneshot

use std::time::Duration;
use tokio::sync::oneshot;

// ANCHOR: all
async fn quote(item: &str, promise: oneshot::Sender<String>) {
    println!("quote: pricing the {item}");
    tokio::time::sleep(Duration::from_secs(2)).await; // a slow pricing service
    // `send` is a plain fn: it never waits. It consumes `promise`, so it can
    // run only once.
    let outcome = promise.send(format!("{item} costs 12.50"));
    println!("quote: price handed over, outcome {outcome:?}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (promise, price) = oneshot::channel();
    let pricing = tokio::spawn(quote("lamp", promise));
    println!("main: waiting for a price");
    // The receiving half is itself a future: await it.
    let result = price.await;
    println!("main: {result:?}");
    pricing.await.unwrap();
}
// ANCHOR_END: all
