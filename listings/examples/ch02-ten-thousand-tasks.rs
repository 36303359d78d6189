//! Chapter 2: ten thousand tasks, each waiting 1 s, finish in about 1 s.
//! Run it: cargo run -p listings --example ch02-ten-thousand-tasks

use std::time::Duration;

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut tasks = Vec::new();
    for id in 0..10_000u64 {
        // A task per wait (chapter 9 explains spawn, async move, unwrap).
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(1)).await;
            id
        }));
    }
    let mut sum = 0;
    for task in tasks {
        sum += task.await.unwrap();
    }
    println!("10000 tasks each waited 1 s; the sum of their ids is {sum}");
}
// ANCHOR_END: all
