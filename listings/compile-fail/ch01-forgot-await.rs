//! Chapter 1: calling an `async fn` without `.await`. Rust warns by default;
//! this listing denies the warning so that its test can check the message.

#![deny(unused_must_use)]

async fn save(rows: &str) {
    println!("saved {rows}");
}

// ANCHOR: main
#[tokio::main]
async fn main() {
    save("42 rows"); // forgot `.await`: nothing is saved
}
// ANCHOR_END: main
