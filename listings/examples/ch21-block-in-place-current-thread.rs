//! Chapter 21: `block_in_place` panics on a current-thread runtime: there is
//! no other worker to hand the runtime's tasks to.
//! Run it: cargo run -p listings --example ch21-block-in-place-current-thread

use std::time::Duration;

fn read_report() -> String {
    std::thread::sleep(Duration::from_secs(1));
    String::from("42 rows")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let report = tokio::task::block_in_place(read_report);
    println!("{report}");
}
// ANCHOR_END: main
