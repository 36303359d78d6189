//! Chapter 25: a stream of fetches run three at a time on one task, with
//! `buffered` (results in input order) and `buffer_unordered` (results in
//! completion order). About 2.4 s, where fetching in turn would take 4.8.
//! Run it: cargo run -p listings --example ch25-buffered

use std::time::Duration;

use futures::stream::{self, StreamExt};

// ANCHOR: all
async fn fetch(id: u32, millis: u64) -> String {
    println!("fetch {id}: request sent");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    println!("fetch {id}: response received");
    format!("record {id}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let jobs = [(1, 1200), (2, 400), (3, 800)];

    println!("main: buffered(3)");
    let mut records = stream::iter(jobs)
        .map(|(id, millis)| fetch(id, millis)) // a stream of futures
        .buffered(3); // run up to 3, hand results back in input order
    while let Some(record) = records.next().await {
        println!("main: got {record}");
    }

    println!("main: buffer_unordered(3)");
    let mut records = stream::iter(jobs)
        .map(|(id, millis)| fetch(id, millis))
        .buffer_unordered(3); // run up to 3, hand results back as they finish
    while let Some(record) = records.next().await {
        println!("main: got {record}");
    }
}
// ANCHOR_END: all
