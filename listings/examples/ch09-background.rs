//! Chapter 9: a background task runs while `main` keeps going; `main`
//! awaits it at the end. On one thread the order of the lines is fixed.
//! Run it: cargo run -p listings --example ch09-background

use std::time::Duration;

// ANCHOR: all
async fn background() {
    println!("background: started");
    tokio::time::sleep(Duration::from_millis(500)).await;
    println!("background: finished");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("main: started");
    let task = tokio::spawn(background());
    println!("main: continues");
    tokio::time::sleep(Duration::from_millis(200)).await;
    println!("main: did other work");
    task.await.unwrap();
    println!("main: done");
}
// ANCHOR_END: all
