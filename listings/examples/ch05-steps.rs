//! Chapter 5: a regular function runs start to finish when called; an async
//! function runs in steps, and other tasks run between its steps.
//! Run it: cargo run -p listings --example ch05-steps

use std::time::Duration;

// ANCHOR: all
fn count(name: &str) {
    println!("{name}: step 1");
    println!("{name}: step 2");
}

async fn count_async(name: &str, pause: u64) {
    println!("{name}: step 1");
    // Waiting: the task is suspended here, and others run meanwhile.
    tokio::time::sleep(Duration::from_millis(pause)).await;
    println!("{name}: step 2, after {pause} ms");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    count("fn a");
    count("fn b");

    let a = tokio::spawn(count_async("async a", 200));
    let b = tokio::spawn(count_async("async b", 500));
    a.await.unwrap();
    b.await.unwrap();
}
// ANCHOR_END: all
