//! Chapter 25: a paged fetch written with `stream::unfold`, the Rust form
//! of an async generator. Each page is fetched only when the reader wants
//! its first name, and `take(3)` means page 3 is never fetched.
//! Run it: cargo run -p listings --example ch25-pages

use std::pin::pin;
use std::time::Duration;

use futures::stream::{self, Stream, StreamExt};

// ANCHOR: all
/// One page of a listing: the names on it and the number of the next page.
async fn fetch_page(number: u32) -> (Vec<&'static str>, Option<u32>) {
    println!("pages: fetching page {number}");
    tokio::time::sleep(Duration::from_millis(200)).await; // the network
    match number {
        1 => (vec!["ada", "bo"], Some(2)),
        2 => (vec!["cy", "dee"], Some(3)),
        _ => (vec!["eve"], None),
    }
}

/// Every name on every page, one at a time.
fn user_names() -> impl Stream<Item = &'static str> {
    // The state is the next page to fetch; `None` once the last one is in.
    stream::unfold(Some(1), |next_page| async move {
        let number = next_page?; // no next page: return None, the stream ends
        let (names, next) = fetch_page(number).await;
        Some((names, next)) // (the item, the state for next time)
    })
    .flat_map(stream::iter) // one page of names becomes one name at a time
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = user_names();
    println!("main: stream made, nothing fetched yet");
    let mut names = pin!(names.take(3));
    while let Some(name) = names.next().await {
        println!("main: got {name}");
    }
}
// ANCHOR_END: all
