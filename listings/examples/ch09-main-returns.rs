//! Chapter 9: when `main` returns, the runtime shuts down and drops every
//! unfinished task where it waits; the rest of the task never runs.
//! Run it: cargo run -p listings --example ch09-main-returns

use std::time::Duration;

// ANCHOR: all
/// Prints when it is dropped, to make the end of the task visible.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("slow: dropped at its .await, never finished");
    }
}

async fn slow() {
    let _guard = Guard;
    println!("slow: started");
    tokio::time::sleep(Duration::from_secs(10)).await;
    println!("slow: finished");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Holding the handle does not make the runtime wait for the task.
    let _slow = tokio::spawn(slow());
    tokio::time::sleep(Duration::from_millis(100)).await;
    println!("main: returning");
}
// ANCHOR_END: all
