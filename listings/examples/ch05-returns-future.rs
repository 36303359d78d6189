//! Chapter 5: calling an `async fn` returns a future of its output.
//! Run it: cargo run -p listings --example ch05-returns-future

use std::future::Future;

// ANCHOR: all
fn total(numbers: &[u32]) -> u32 {
    numbers.iter().sum()
}

async fn total_later(numbers: &[u32]) -> u32 {
    numbers.iter().sum()
}

/// Accepts only a future whose output is a `u32`, and hands it back.
fn expect_future<F: Future<Output = u32>>(future: F) -> F {
    future
}

#[tokio::main]
async fn main() {
    let now: u32 = total(&[1, 2, 3]); // the value itself
    let later = expect_future(total_later(&[1, 2, 3])); // a future of it
    assert_eq!(now, later.await);
}
// ANCHOR_END: all
