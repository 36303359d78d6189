//! Chapter 8: futures of different types in one `Vec`. Every `async fn` and
//! every `async` block has a type of its own; boxing them gives them one
//! type, `BoxFuture<'_, String>`, which `join_all` accepts.
//! Run it: cargo run -p listings --example ch08-boxed-futures

use futures::future::{BoxFuture, FutureExt, join_all};
use std::time::Duration;

// ANCHOR: all
async fn from_cache(key: &str) -> String {
    println!("cache: looking up {key}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    format!("{key} from the cache")
}

async fn from_database(key: &str) -> String {
    println!("database: querying {key}");
    tokio::time::sleep(Duration::from_millis(600)).await;
    format!("{key} from the database")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Three future types with the same output: box each one.
    let mut lookups: Vec<BoxFuture<'_, String>> = Vec::new();
    lookups.push(from_cache("user 1").boxed());
    lookups.push(from_database("user 2").boxed());
    lookups.push(Box::pin(async {
        println!("default: nothing to look up");
        String::from("user 3 by default")
    }));

    let users = join_all(lookups).await;
    println!("main: {users:?}");
}
// ANCHOR_END: all
