//! Chapter 25: an `mpsc::Receiver` read as a `Stream`, built once with
//! `stream::unfold` around `recv` and once with `stream::poll_fn` around
//! `poll_recv`, so that the stream adapters work on a channel.
//! Run it: cargo run -p listings --example ch25-channel-stream

use std::pin::pin;
use std::time::Duration;

use futures::stream::{self, StreamExt};
use tokio::sync::mpsc;

/// Sends three readings, 200 ms apart, then drops its `Sender`.
async fn sensor(name: &str, tx: mpsc::Sender<u32>) {
    for reading in [17, 21, 19] {
        tokio::time::sleep(Duration::from_millis(200)).await;
        println!("{name}: sent {reading}");
        tx.send(reading).await.expect("the receiver is there");
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // ANCHOR: unfold
    let (tx, rx) = mpsc::channel(8);
    tokio::spawn(sensor("sensor 1", tx));
    // The state is the receiver itself: take it, receive, hand it back.
    let readings = stream::unfold(rx, |mut rx| async move {
        let reading = rx.recv().await?; // None once every sender is gone
        Some((reading, rx))
    });
    let mut readings = pin!(readings.map(|celsius| celsius * 9 / 5 + 32));
    while let Some(fahrenheit) = readings.next().await {
        println!("main: got {fahrenheit} F");
    }
    // ANCHOR_END: unfold

    // ANCHOR: poll_fn
    let (tx, mut rx) = mpsc::channel(8);
    tokio::spawn(sensor("sensor 2", tx));
    // poll_next is poll_recv. collect takes the stream by value: no pin!.
    let readings = stream::poll_fn(move |cx| rx.poll_recv(cx));
    let warm: Vec<u32> = readings
        .filter(|c| futures::future::ready(*c > 18))
        .collect()
        .await;
    println!("main: warm readings {warm:?}");
    // ANCHOR_END: poll_fn
}
