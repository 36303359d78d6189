//! Chapter 10: the same three servers, each spawned as a task of its own.
//! Awaiting a `JoinHandle` gives a `Result<T, JoinError>`, not the value.
//! Run it: cargo run -p listings --example ch10-servers-spawn

use std::time::Duration;
use tokio::runtime::Handle;
use tokio::task::JoinError;

// ANCHOR: all
async fn server(name: &str, millis: u64) -> String {
    // How many tasks has the runtime spawned and not yet finished?
    let tasks = Handle::current().metrics().num_alive_tasks();
    println!("{name}: asked, tasks alive: {tasks}");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    println!("{name}: answered after {millis} ms");
    format!("data from {name}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), JoinError> {
    // Three tasks, handed to the runtime. None runs until `main` awaits.
    let one = tokio::spawn(server("server 1", 1500));
    let two = tokio::spawn(server("server 2", 500));
    let three = tokio::spawn(server("server 3", 1000));
    println!("main: three tasks spawned");
    // Each handle gives Ok(value), or Err if the task panicked or was
    // aborted (chapter 11).
    let results = [one.await?, two.await?, three.await?];
    println!("{results:?}");
    Ok(())
}
// ANCHOR_END: all
