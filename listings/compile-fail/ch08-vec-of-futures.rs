//! Chapter 8: two `async fn`s with the same output type still return two
//! different future types, so one `Vec` cannot hold both unboxed.

use std::time::Duration;

// ANCHOR: main
async fn from_cache(key: &str) -> String {
    tokio::time::sleep(Duration::from_millis(200)).await;
    format!("{key} from the cache")
}

async fn from_database(key: &str) -> String {
    tokio::time::sleep(Duration::from_millis(600)).await;
    format!("{key} from the database")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lookups = vec![from_cache("user 1"), from_database("user 2")];
    let users = futures::future::join_all(lookups).await;
    println!("main: {users:?}");
}
// ANCHOR_END: main
