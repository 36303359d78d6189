//! Chapter 32: `tokio::signal::ctrl_c()` as one branch of a `select!`.
//! Ctrl-C (SIGINT) becomes an event the program handles, and the cleanup
//! runs. Left alone, it stops after 1.5 s.
//! Run it: cargo run -p listings --example ch32-ctrl-c

use std::time::Duration;

use tokio::time::sleep;

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let _cleanup = Cleanup; // its `drop` is Rust's `finally:`
    let trigger = tokio::select! {
        () = work() => "work done",
        _ = sleep(Duration::from_millis(1500)) => "timer",
        result = tokio::signal::ctrl_c() => {
            result.expect("cannot listen for Ctrl-C");
            "Ctrl-C"
        }
    };
    println!("main: stopping ({trigger})");
}
// ANCHOR_END: main

async fn work() {
    for step in 1..=5 {
        sleep(Duration::from_millis(600)).await;
        println!("work: step {step} of 5 done");
    }
}

/// Prints `main: cleanup ran` when dropped, as a `finally:` block would.
struct Cleanup;

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("main: cleanup ran");
    }
}
