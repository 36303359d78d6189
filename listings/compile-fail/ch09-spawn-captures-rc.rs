//! Chapter 9: `Send` covers what a spawned task captures, not only what it
//! holds across an `.await`: this task drops its `Rc` before its only
//! `.await`, and `spawn` still refuses it.

use std::rc::Rc;

// ANCHOR: main
#[tokio::main]
async fn main() {
    let hits = Rc::new(0); // Rc is not Send
    let task = tokio::spawn(async move {
        println!("hits: {hits}");
        drop(hits); // gone before the .await
        tokio::task::yield_now().await;
    });
    task.await.unwrap();
}
// ANCHOR_END: main
