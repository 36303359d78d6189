//! Chapter 9: `JoinHandle::abort` cancels a task at its `.await`; awaiting
//! the handle then gives a `JoinError` whose `is_cancelled()` is true.
//! Run it: cargo run -p listings --example ch09-abort

use std::time::Duration;

// ANCHOR: all
/// Prints when it is dropped, to make the cancellation visible.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("download: dropped at its .await");
    }
}

async fn download() -> usize {
    let _guard = Guard;
    println!("download: started");
    tokio::time::sleep(Duration::from_secs(10)).await;
    println!("download: finished");
    1024
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(download());
    tokio::time::sleep(Duration::from_millis(100)).await;

    println!("main: aborting the download");
    handle.abort();

    match handle.await {
        Ok(bytes) => println!("main: got {bytes} bytes"),
        Err(error) if error.is_cancelled() => println!("main: the download was cancelled"),
        Err(error) => println!("main: the download failed: {error}"),
    }
}
// ANCHOR_END: all
