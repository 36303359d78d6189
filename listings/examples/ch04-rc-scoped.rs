//! Chapter 4: an `Rc` that is gone before the `.await` does not stop a task
//! from being `Send`.
//! Run it: cargo run -p listings --example ch04-rc-scoped

use std::rc::Rc;
use std::time::Duration;

// ANCHOR: all
#[tokio::main]
async fn main() {
    let task = tokio::spawn(async {
        let length = {
            let settings = Rc::new(String::from("retries = 3"));
            settings.len()
        }; // the Rc is gone here, before the .await
        tokio::time::sleep(Duration::from_millis(100)).await;
        length
    });
    // `unwrap`: awaiting a task gives a `Result` (chapter 9 says why).
    let length = task.await.unwrap();
    println!("task: the setting was {length} bytes long");
}
// ANCHOR_END: all
