//! Chapter 9: on the multi-thread runtime a spawned task can start at once
//! on a worker thread, while the code that spawned it never yields.
//! Run it: cargo run -p listings --example ch09-start-multi-thread

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

// ANCHOR: all
#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let (started, signal) = mpsc::channel();
    println!("main: spawning, on the thread named {}", thread_name());
    let task = tokio::spawn(async move {
        println!("task: started, on a thread named {}", thread_name());
        started.send(()).unwrap();
    });

    // A blocking wait, with no `.await`: main never gives its thread back
    // to the runtime here. Chapter 6 says never to block in async code; it
    // is acceptable in this demo only because it proves a point, and because
    // `main`'s future runs on the program's own thread, not on a worker, so
    // the workers stay free.
    signal
        .recv_timeout(Duration::from_secs(10))
        .expect("the task should have started within 10 s");
    println!("main: the task ran while main had not yielded once");

    task.await.unwrap();
}

fn thread_name() -> String {
    thread::current().name().unwrap_or("unnamed").to_owned()
}
// ANCHOR_END: all
