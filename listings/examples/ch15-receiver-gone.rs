//! Chapter 15: the sending half can tell when nobody waits any more: `send`
//! hands the value back as `Err(value)`, and `Sender::closed()` completes as
//! soon as the receiver is dropped, so the worker can stop early.
//! Run it: cargo run -p listings --example ch15-receiver-gone

use std::time::Duration;
use tokio::sync::oneshot;

// ANCHOR: send
fn send_to_nobody() {
    let (reply, answer) = oneshot::channel::<String>();
    drop(answer);
    match reply.send(String::from("report")) {
        Ok(()) => println!("send: delivered"),
        Err(value) => println!("send: nobody is listening, got {value:?} back"),
    }
}
// ANCHOR_END: send

// ANCHOR: closed
async fn report(mut reply: oneshot::Sender<String>) {
    tokio::select! {
        _ = reply.closed() => {
            println!("report: the receiver is gone, stopping early");
        }
        _ = tokio::time::sleep(Duration::from_secs(3)) => {
            let _ = reply.send(String::from("report"));
            println!("report: finished after 3 s");
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    send_to_nobody();

    let (reply, answer) = oneshot::channel();
    let worker = tokio::spawn(report(reply));
    // Wait 1 s at most. `answer` is inside the timeout and is dropped with it.
    match tokio::time::timeout(Duration::from_secs(1), answer).await {
        Ok(result) => println!("main: got {result:?}"),
        Err(_) => println!("main: no answer within 1 s, giving up"),
    }
    worker.await.unwrap();
    println!("main: the worker has stopped too");
}
// ANCHOR_END: closed
