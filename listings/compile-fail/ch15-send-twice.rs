//! Chapter 15: `Sender::send` takes the sender by value, so a oneshot
//! sender can send once. The second `send` is a use of a moved value.

use tokio::sync::oneshot;

// ANCHOR: main
#[tokio::main]
async fn main() {
    let (reply, answer) = oneshot::channel();
    let _ = reply.send("first");
    let _ = reply.send("second");
    println!("{:?}", answer.await);
}
// ANCHOR_END: main
