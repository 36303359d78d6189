//! Chapter 8: `futures::future::join_all` awaits a `Vec` of futures built
//! in a loop and returns a `Vec` of their outputs, in the order of the input,
//! not the order they finished. Nothing starts before `join_all` is awaited.
//! Run it: cargo run -p listings --example ch08-join-all

use futures::future::join_all;
use std::time::Duration;

// ANCHOR: all
async fn fetch_page(site: &str, page: usize, millis: u64) -> String {
    println!("page {page}: started");
    tokio::time::sleep(Duration::from_millis(millis)).await;
    println!("page {page}: finished after {millis} ms");
    format!("{site}/page/{page}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let site = String::from("example.org");
    let delays = [600, 200, 400]; // how long each page takes to arrive

    let mut fetches = Vec::new();
    for (index, millis) in delays.into_iter().enumerate() {
        fetches.push(fetch_page(&site, index + 1, millis)); // created, not started
    }
    println!("main: {} fetches in the Vec", fetches.len());

    let pages: Vec<String> = join_all(fetches).await;
    println!("main: {pages:?}");
}
// ANCHOR_END: all
