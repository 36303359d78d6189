//! Chapter 18: requests made with `join_all`, at most two at a time:
//! about 1 s. The futures run inside one task and borrow the semaphore,
//! so no `Arc` is needed.
//! Run it: cargo run -p listings --example ch18-join-all

use futures::future::join_all;
use std::time::Duration;
use tokio::sync::Semaphore;

// ANCHOR: all
async fn fetch(limit: &Semaphore, n: u32, millis: u64) -> String {
    let _permit = limit.acquire().await.expect("semaphore closed");
    println!("fetch {n}: sending");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    println!("fetch {n}: answered");
    format!("page {n}")
} // _permit is dropped here: the next request may go

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let limit = Semaphore::new(2); // at most two requests in flight
    let requests = [(1, 200), (2, 600), (3, 200), (4, 600), (5, 200)]
        .map(|(n, millis)| fetch(&limit, n, millis));
    let pages = join_all(requests).await; // in the order asked, as always
    println!("main: {pages:?}");
}
// ANCHOR_END: all
