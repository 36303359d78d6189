//! Chapter 2: two futures that compute do not overlap: neither has an
//! `.await` at which the other could run.
//! Run it: cargo run -p listings --example ch02-working-does-not-overlap

use std::hint::black_box;

// ANCHOR: all
/// Working, not waiting: a busy loop with no `.await` in it.
async fn crunch(name: &str, rounds: u64) -> u64 {
    println!("{name}: started");
    let mut hash = 0u64;
    for i in 0..rounds {
        // black_box keeps the compiler from skipping the loop.
        hash = black_box(hash.wrapping_mul(31).wrapping_add(i));
    }
    println!("{name}: finished");
    hash
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::join!(crunch("left", 5_000_000), crunch("right", 5_000_000));
}
// ANCHOR_END: all
