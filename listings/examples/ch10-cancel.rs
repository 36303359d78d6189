//! Chapter 10: the same timeout around each. Dropping a `join!` future
//! drops the futures inside it; dropping `JoinHandle`s leaves the tasks
//! running.
//! Run it: cargo run -p listings --example ch10-cancel

use std::time::Duration;
use tokio::time::{sleep, timeout};

// ANCHOR: server
/// Prints a line when the server's future is dropped before it answered.
struct DropNotice {
    name: &'static str,
    answered: bool,
}

impl Drop for DropNotice {
    fn drop(&mut self) {
        if !self.answered {
            println!("{}: dropped before it answered", self.name);
        }
    }
}

async fn server(name: &'static str, millis: u64) -> String {
    let mut notice = DropNotice { name, answered: false };
    println!("{name}: asked");
    sleep(Duration::from_millis(millis)).await; // the network
    println!("{name}: answered after {millis} ms");
    notice.answered = true;
    format!("data from {name}")
}
// ANCHOR_END: server

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let patience = Duration::from_millis(700);

    println!("-- join! under a 700 ms timeout");
    let all = async {
        tokio::join!(
            server("server 1", 1500),
            server("server 2", 500),
            server("server 3", 1000),
        )
    };
    if timeout(patience, all).await.is_err() {
        println!("main: gave up, and the join! future was dropped");
    }

    println!("-- spawn, the handles under a 700 ms timeout");
    let handles = [
        tokio::spawn(server("server 1", 1500)),
        tokio::spawn(server("server 2", 500)),
        tokio::spawn(server("server 3", 1000)),
    ];
    let all = async move {
        for handle in handles {
            handle.await.unwrap();
        }
    };
    if timeout(patience, all).await.is_err() {
        println!("main: gave up, and the handles were dropped");
    }
    sleep(Duration::from_millis(1500)).await;
    println!("main: done waiting");
}
// ANCHOR_END: main
