//! Chapter 8: `tokio::join!` runs three futures with different output types
//! at once. They finish in order of their delays, but the tuple it returns
//! is in argument order. The whole run takes as long as the slowest: 1.5 s.
//! Run it: cargo run -p listings --example ch08-join-macro

use std::time::Duration;

// ANCHOR: all
// Three stand-ins for network calls, each returning a different type.
async fn fetch_user() -> String {
    println!("fetch_user: started");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    println!("fetch_user: finished after 1500 ms");
    String::from("ada")
}

async fn count_orders() -> u32 {
    println!("count_orders: started");
    tokio::time::sleep(Duration::from_millis(500)).await;
    println!("count_orders: finished after 500 ms");
    3
}

async fn in_stock() -> bool {
    println!("in_stock: started");
    tokio::time::sleep(Duration::from_millis(1000)).await;
    println!("in_stock: finished after 1000 ms");
    true
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (user, orders, available) = tokio::join!(fetch_user(), count_orders(), in_stock());
    println!("main: user = {user}, orders = {orders}, in stock = {available}");
}
// ANCHOR_END: all
