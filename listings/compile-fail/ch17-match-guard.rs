//! Chapter 17: the temporaries of a `match` scrutinee live until the end of
//! the whole `match`, in edition 2024 as in 2021. The guard made by
//! `lock()` is still alive in the `None` arm, across its `.await`, so the
//! spawned future is not `Send`. Bind the looked-up value with `let` first.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

type Cache = Arc<Mutex<HashMap<u32, String>>>;

// ANCHOR: main
async fn lookup(cache: Cache, id: u32) -> String {
    match cache.lock().unwrap().get(&id).cloned() {
        Some(name) => name,
        None => {
            tokio::time::sleep(Duration::from_millis(300)).await;
            let name = format!("user {id}");
            cache.lock().unwrap().insert(id, name.clone());
            name
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache = Cache::default();
    let task = tokio::spawn(lookup(Arc::clone(&cache), 7));
    println!("main: got {:?}", task.await.unwrap());
}
// ANCHOR_END: main
