//! Chapter 11: a spawned task's output must be `Send`, and a plain
//! `Box<dyn Error>` is not: `spawn` refuses a task that returns one.

use std::error::Error;

// ANCHOR: main
async fn parse_port(text: &str) -> Result<u16, Box<dyn Error>> {
    tokio::task::yield_now().await;
    Ok(text.parse()?)
}

#[tokio::main]
async fn main() {
    let task = tokio::spawn(async { parse_port("8080").await });
    println!("{:?}", task.await);
}
// ANCHOR_END: main
