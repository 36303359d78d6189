//! Chapter 10: three servers asked at once with `join!`. The three futures
//! run inside `main`; the runtime has no task for any of them.
//! Run it: cargo run -p listings --example ch10-servers-join

use std::time::Duration;
use tokio::runtime::Handle;

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
async fn main() {
    // Three futures, polled by this one `main`. The values come back as a
    // tuple, in the order they were written.
    let (one, two, three) = tokio::join!(
        server("server 1", 1500),
        server("server 2", 500),
        server("server 3", 1000),
    );
    println!("{:?}", [one, two, three]);
}
// ANCHOR_END: all
