//! Chapter 31: when several branches are ready, `select!` starts polling at
//! a random branch, so each wins some rounds; with `biased;` it polls from
//! the top, and the first ready branch wins every round.
//! Run it: cargo run -p listings --example ch31-random-order

use std::future::ready;

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rounds = 1000;

    // Both branches are ready at once, every round.
    let mut first_won = 0;
    for _ in 0..rounds {
        tokio::select! {
            _ = ready(()) => first_won += 1,
            _ = ready(()) => {}
        }
    }
    let both_won = first_won > 0 && first_won < rounds;
    println!("unbiased: each branch won some of {rounds} rounds: {both_won}");

    let mut first_won = 0;
    for _ in 0..rounds {
        tokio::select! {
            biased;
            _ = ready(()) => first_won += 1,
            _ = ready(()) => {}
        }
    }
    println!("biased: the first branch won {first_won} of {rounds} rounds");
}
// ANCHOR_END: main
