//! Chapter 3: a tiny program needs no tokio at all: `futures` has a small
//! executor that runs a future on the current thread.
//! Run it: cargo run -p listings --example ch03-futures-block-on

// ANCHOR: all
async fn parse(line: &str) -> u32 {
    line.trim().parse().unwrap()
}

async fn total(lines: &[&str]) -> u32 {
    let mut sum = 0;
    for line in lines {
        sum += parse(line).await;
    }
    sum
}

fn main() {
    let sum = futures::executor::block_on(total(&["1", " 2", "39 "]));
    println!("total: {sum}");
}
// ANCHOR_END: all
