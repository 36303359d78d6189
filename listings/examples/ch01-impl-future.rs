//! Chapter 1: what `async fn` is shorthand for, written out: a plain `fn`
//! whose body is an `async` block, returning `impl Future`.
//! Edition 2024 only: in 2021 `Future` is not in the prelude, and the
//! returned type may not keep the borrow of `server` without `+ '_`.
//! Run it: cargo run -p listings --example ch01-impl-future

use std::time::Duration;

// ANCHOR: all
/// The same as `async fn fetch_from(server: &str) -> String`.
fn fetch_from(server: &str) -> impl Future<Output = String> {
    async move {
        println!("fetch_from: asking {server}");
        tokio::time::sleep(Duration::from_millis(500)).await;
        format!("42 rows from {server}")
    }
}

#[tokio::main]
async fn main() {
    let future = fetch_from("db1"); // nothing printed yet
    println!("main: future created");
    println!("main: got {}", future.await);
}
// ANCHOR_END: all
