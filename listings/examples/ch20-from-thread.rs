//! Chapter 20: a plain thread, outside the runtime, sends into a bounded
//! channel with `blocking_send`, and a task receives with `recv().await`.
//! Dropping the thread's `Sender` closes the channel.
//! Run it: cargo run -p listings --example ch20-from-thread

use std::thread;
use std::time::Duration;

use tokio::sync::mpsc;

// ANCHOR: all
/// Runs on its own thread, like a driver with a blocking API.
fn sensor(readings: mpsc::Sender<u32>) {
    for value in [18, 19, 21] {
        thread::sleep(Duration::from_millis(300)); // a blocking read
        println!("sensor thread: sending {value}");
        // Waits by blocking this thread while the channel is full.
        // (Called from async code, it would panic.)
        readings.blocking_send(value).expect("main is receiving");
    }
} // `readings` is dropped here, which closes the channel

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let sensor_thread = thread::spawn(move || sensor(tx));
    while let Some(value) = rx.recv().await {
        println!("main: got reading {value}");
    }
    sensor_thread.join().unwrap();
    println!("main: the sensor thread has finished");
}
// ANCHOR_END: all
