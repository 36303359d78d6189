//! Chapter 17 (edition 2024 only): a `std::sync::MutexGuard` made in an
//! `if let` condition is dropped before the `else` block runs, so the
//! `else` may `.await` and lock again. In edition 2021 the guard lived to
//! the end of the whole `if let`: the spawned future was not `Send`.
//! Run it: cargo run -p listings --example ch17-if-let-guard

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

type Cache = Arc<Mutex<HashMap<u32, String>>>;

// ANCHOR: all
async fn lookup(cache: Cache, id: u32) -> String {
    // The guard from lock() is a temporary of the condition. In 2024 it is
    // dropped before `else`: nothing is locked while the else block runs.
    if let Some(name) = cache.lock().unwrap().get(&id).cloned() {
        println!("lookup {id}: cached, {name:?}");
        name
    } else {
        println!("lookup {id}: not cached, asking the database");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let name = format!("user {id}");
        cache.lock().unwrap().insert(id, name.clone());
        name
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cache = Cache::default();
    for id in [7, 7] {
        let task = tokio::spawn(lookup(Arc::clone(&cache), id));
        println!("main: got {:?}", task.await.unwrap());
    }
}
// ANCHOR_END: all
