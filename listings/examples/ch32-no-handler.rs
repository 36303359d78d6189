//! Chapter 32: a program that does not listen for Ctrl-C. SIGINT's default
//! action ends the process on the spot: no destructor runs, so `Cleanup`
//! prints nothing. Run it and press Ctrl-C before 1.5 s; left alone, it
//! stops after 1.5 s and cleans up.
//! Run it: cargo run -p listings --example ch32-no-handler

use std::time::Duration;

use tokio::time::sleep;

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let _cleanup = Cleanup; // its `drop` is Rust's `finally:`
    let trigger = tokio::select! {
        () = work() => "work done",
        _ = sleep(Duration::from_millis(1500)) => "timer",
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
