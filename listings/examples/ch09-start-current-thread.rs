//! Chapter 9: on a current-thread runtime a spawned task first runs when
//! the spawner reaches an `.await` that yields, not at `spawn` and not at an
//! `.await` that is ready at once.
//! Run it: cargo run -p listings --example ch09-start-current-thread

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("main: before spawn");
    let task = tokio::spawn(async {
        println!("task: started");
    });
    println!("main: after spawn");

    // This future is ready the first time it is polled, so this `.await`
    // finishes without ever giving the thread back to the runtime.
    std::future::ready(()).await;
    println!("main: after awaiting a future that was already ready");

    // `yield_now` returns `Pending` once: main gives the thread back, and
    // the runtime polls the task that was waiting in the queue.
    tokio::task::yield_now().await;
    println!("main: after yield_now");

    task.await.unwrap();
}
// ANCHOR_END: all
