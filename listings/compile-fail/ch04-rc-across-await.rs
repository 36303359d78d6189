//! Chapter 4: a task on the multi-thread runtime may move between threads
//! at any `.await`, so what it holds there must be `Send`. `Rc` is not.

use std::rc::Rc;
use std::time::Duration;

// ANCHOR: main
#[tokio::main]
async fn main() {
    let task = tokio::spawn(async {
        let settings = Rc::new(String::from("retries = 3"));
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("still have {settings}");
    });
    task.await.unwrap();
}
// ANCHOR_END: main
