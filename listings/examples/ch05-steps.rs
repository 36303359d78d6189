//! Chapter 5: a regular function runs start to finish when called; an async
//! function runs in steps, and other tasks run between its steps.
//! Run it: cargo run -p listings --example ch05-steps

// ANCHOR: all
fn count(name: &str) {
    for step in 1..=2 {
        println!("{name}: step {step}");
    }
}

async fn count_async(name: &str) {
    for step in 1..=2 {
        println!("{name}: step {step}");
        tokio::task::yield_now().await; // let the other task take a turn
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    count("fn a");
    count("fn b");

    let a = tokio::spawn(count_async("async a"));
    let b = tokio::spawn(count_async("async b"));
    a.await.unwrap();
    b.await.unwrap();
}
// ANCHOR_END: all
