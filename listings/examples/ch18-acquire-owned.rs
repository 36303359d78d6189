//! Chapter 18: `acquire_owned` before spawning, so that at most two job
//! tasks exist at any time. Each task owns its permit and releases it when
//! it ends.
//! Run it: cargo run -p listings --example ch18-acquire-owned

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let limit = Arc::new(Semaphore::new(2));
    let mut set = JoinSet::new();
    for (n, millis) in [(1, 200), (2, 600), (3, 200), (4, 600), (5, 200)] {
        // Wait here, before spawning: a third task is never even created.
        let permit = Arc::clone(&limit)
            .acquire_owned()
            .await
            .expect("semaphore closed");
        println!("main: spawning job {n}");
        set.spawn(async move {
            tokio::time::sleep(Duration::from_millis(millis)).await;
            println!("job {n}: done");
            drop(permit); // the task owns its permit; this line moves it in
        });
    }
    set.join_all().await;
    println!("main: all five done");
}
// ANCHOR_END: all
