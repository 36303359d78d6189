//! Chapter 10: a plain future does nothing until it is awaited; a spawned
//! task runs while `main` does something else.
//! Run it: cargo run -p listings --example ch10-await-vs-spawn

use std::time::Duration;

// ANCHOR: all
async fn server(name: &str, millis: u64) -> String {
    println!("{name}: asked");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    println!("{name}: answered after {millis} ms");
    format!("data from {name}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let plain = server("server 1", 1000); // a future: nothing runs yet
    let task = tokio::spawn(server("server 2", 1000)); // a task: the runtime runs it
    println!("main: busy with something else for 2 s");
    tokio::time::sleep(Duration::from_secs(2)).await;

    println!("main: now awaiting both");
    let first = plain.await; // starts only now, and takes its 1000 ms
    let second = task.await.unwrap(); // finished long ago: ready at once
    println!("{:?}", [first, second]);
}
// ANCHOR_END: all
