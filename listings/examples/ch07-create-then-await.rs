//! Chapter 7: creating both futures before awaiting either does not make
//! them overlap. A future runs only while it is awaited: still about 4 s.
//! Run it: cargo run -p listings --example ch07-create-then-await

use std::time::Duration;

async fn fetch(number: u32) -> String {
    println!("fetch {number}: request sent");
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!("fetch {number}: response received");
    format!("data {number}")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let first = fetch(1); // two futures; neither has started
    let second = fetch(2);
    println!("main: both futures created");
    // `first.await` runs fetch 1, and only fetch 1; fetch 2 starts after it.
    println!("main: got {} and {}", first.await, second.await);
}
// ANCHOR_END: main
