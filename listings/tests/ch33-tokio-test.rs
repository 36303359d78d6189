//! Chapter 33: `#[tokio::test]`. Each test gets a runtime of its own, a
//! current-thread one unless the attribute asks for `multi_thread`; the
//! last test is what the attribute writes for you.
//! Run it: cargo test -p listings --test ch33-tokio-test

use std::time::Duration;

use tokio::runtime::{Handle, RuntimeFlavor};
use tokio::time::{Instant, sleep};

async fn fetch(id: u32) -> String {
    sleep(Duration::from_millis(500)).await;
    format!("record {id}")
}

// ANCHOR: tests
#[tokio::test]
async fn fetch_returns_the_record() {
    assert_eq!(fetch(1).await, "record 1");
}

#[tokio::test]
async fn two_fetches_overlap() {
    let start = Instant::now();
    let records = tokio::join!(fetch(1), fetch(2));
    assert_eq!(records, ("record 1".to_string(), "record 2".to_string()));
    assert!(start.elapsed() < Duration::from_millis(750)); // together: not 1 s
}
// ANCHOR_END: tests

// ANCHOR: flavors
#[tokio::test]
async fn the_default_runtime_is_current_thread() {
    let runtime = Handle::current();
    assert_eq!(runtime.runtime_flavor(), RuntimeFlavor::CurrentThread);
    assert_eq!(runtime.metrics().num_workers(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multi_thread_on_request() {
    let runtime = Handle::current();
    assert_eq!(runtime.runtime_flavor(), RuntimeFlavor::MultiThread);
    assert_eq!(runtime.metrics().num_workers(), 2);
}
// ANCHOR_END: flavors

// ANCHOR: by_hand
#[test]
fn fetch_returns_the_record_by_hand() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(async {
            assert_eq!(fetch(1).await, "record 1");
        })
}
// ANCHOR_END: by_hand
