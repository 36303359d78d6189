//! Chapter 15: a oneshot channel is a promise. A spawned task sends one
//! value after 2 s; `main` awaits the receiving half and gets it.
//! Run it: cargo run -p listings --example ch15-oneshot

use std::time::Duration;
use tokio::sync::oneshot;

// ANCHOR: all
async fn deliver(reply: oneshot::Sender<String>, value: &str) {
    tokio::time::sleep(Duration::from_secs(2)).await;
    // `send` is a plain fn: it never waits. It consumes `reply`, so it can
    // run only once.
    let outcome = reply.send(value.to_string());
    println!("deliver: sent {value:?}, outcome {outcome:?}");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (reply, answer) = oneshot::channel();
    let task = tokio::spawn(deliver(reply, "report ready"));
    println!("main: waiting for the answer");
    // The receiving half is itself a future: await it.
    let result = answer.await;
    println!("main: got {result:?}");
    task.await.unwrap();
}
// ANCHOR_END: all
