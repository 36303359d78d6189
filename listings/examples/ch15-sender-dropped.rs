//! Chapter 15: when the sending half is dropped without sending (the task
//! returned early, or was aborted), the receiver gets `Err(RecvError)`
//! instead of waiting forever.
//! Run it: cargo run -p listings --example ch15-sender-dropped

use std::time::Duration;
use tokio::sync::oneshot;

// ANCHOR: all
async fn lookup(user: u32, reply: oneshot::Sender<String>) {
    tokio::time::sleep(Duration::from_millis(500)).await;
    if user == 0 {
        println!("lookup {user}: no such user, returning early");
        return; // `reply` is dropped here, unsent
    }
    let _ = reply.send(format!("user {user}"));
}

async fn ask(user: u32) {
    let (reply, answer) = oneshot::channel();
    tokio::spawn(lookup(user, reply));
    match answer.await {
        Ok(name) => println!("main: lookup {user} answered {name:?}"),
        Err(error) => println!("main: lookup {user} failed: {error} ({error:?})"),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    ask(7).await;
    ask(0).await;

    // An aborted task drops everything it holds, its Sender included.
    let (reply, answer) = oneshot::channel();
    let slow = tokio::spawn(lookup(9, reply));
    slow.abort();
    match answer.await {
        Ok(name) => println!("main: lookup 9 answered {name:?}"),
        Err(error) => println!("main: lookup 9 was aborted: {error}"),
    }
}
// ANCHOR_END: all
