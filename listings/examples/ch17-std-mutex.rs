//! Chapter 17: request handlers on the multi-thread runtime update shared
//! hit counts through a `std::sync::Mutex`. Each locks, updates and unlocks
//! in one synchronous call, never holding the lock across an `.await`.
//! Run it: cargo run -p listings --example ch17-std-mutex

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ANCHOR: all
/// Hits per page, shared by every request handler.
#[derive(Default)]
struct Stats {
    hits: Mutex<BTreeMap<&'static str, u32>>,
}

impl Stats {
    // A plain fn, not async: it cannot .await, so it cannot hold the lock
    // across an .await either.
    fn record(&self, page: &'static str) {
        // lock() returns Err only if a thread panicked while holding the lock.
        let mut hits = self.hits.lock().unwrap();
        *hits.entry(page).or_insert(0) += 1;
    } // unlocked here, when `hits` goes out of scope

    fn report(&self) -> String {
        format!("{:?}", *self.hits.lock().unwrap())
    }
}

async fn handle(page: &'static str, stats: Arc<Stats>) {
    tokio::time::sleep(Duration::from_millis(100)).await; // the request's I/O, lock not held
    stats.record(page);
}

#[tokio::main]
async fn main() {
    let stats = Arc::new(Stats::default());
    let mut handles = Vec::new();
    for page in ["/", "/docs", "/", "/about", "/"] {
        handles.push(tokio::spawn(handle(page, Arc::clone(&stats))));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    println!("hits: {}", stats.report());
}
// ANCHOR_END: all
