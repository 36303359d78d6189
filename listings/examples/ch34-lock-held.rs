//! Chapter 34: a `tokio::sync::Mutex` guard held across a slow `.await`
//! makes every task that wants the lock wait for the slow part too. A
//! timeout on `lock()` shows the wait; unlocking before the slow part ends
//! it.
//! Run it: cargo run -p listings --example ch34-lock-held

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Mutex;
use tokio::time::timeout;

type Log = Arc<Mutex<Vec<String>>>;

/// The slow part: sends the entries somewhere, in 1 s.
async fn upload(_entries: &[String]) {
    tokio::time::sleep(Duration::from_secs(1)).await;
}

// ANCHOR: writers
/// Keeps the guard while it uploads: the lock stays taken for 1 s.
async fn save_holding_lock(log: Log) {
    let entries = log.lock().await;
    println!("writer 1: uploading {} entries, locked", entries.len());
    upload(&entries).await;
    println!("writer 1: uploaded");
} // the guard is dropped here, after the upload

/// Copies the entries and unlocks before the slow part.
async fn save_after_unlocking(log: Log) {
    let entries = log.lock().await.clone(); // the guard ends with this statement
    println!("writer 2: uploading {} entries, unlocked", entries.len());
    upload(&entries).await;
    println!("writer 2: uploaded");
}
// ANCHOR_END: writers

// ANCHOR: request
/// Wants the lock for a moment, to add an entry. After 300 ms without it,
/// it says so, and then waits on, keeping its place in the lock's queue.
async fn add_entry(name: &str, log: &Log) {
    println!("{name}: waiting for the lock");
    let mut lock = std::pin::pin!(log.lock());
    let mut entries = match timeout(Duration::from_millis(300), &mut lock).await {
        Ok(entries) => entries,
        Err(_) => {
            println!("{name}: no lock after 0.3 s, still waiting");
            lock.await
        }
    };
    entries.push(String::from("new entry"));
    println!("{name}: got the lock, entry added");
}
// ANCHOR_END: request

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Round 1: the writer holds the lock across its upload.
    let log: Log = Arc::new(Mutex::new(vec![String::from("entry"); 3]));
    let writer = tokio::spawn(save_holding_lock(Arc::clone(&log)));
    tokio::time::sleep(Duration::from_millis(200)).await;
    add_entry("request 1", &log).await;
    writer.await.unwrap();

    tokio::time::sleep(Duration::from_millis(400)).await;

    // Round 2: the writer unlocks before its upload.
    let log: Log = Arc::new(Mutex::new(vec![String::from("entry"); 3]));
    let writer = tokio::spawn(save_after_unlocking(Arc::clone(&log)));
    tokio::time::sleep(Duration::from_millis(200)).await;
    add_entry("request 2", &log).await;
    writer.await.unwrap();
}
// ANCHOR_END: main
