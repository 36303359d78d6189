//! Chapter 29: a tokio future cannot refuse its cancellation. There is no
//! error to catch at the `.await`: the task is dropped there and its
//! handle reports `is_cancelled()`.
//! Run it: cargo run -p listings --example ch29-no-refusal

use std::time::Duration;

use tokio::time::sleep;

/// Prints `<name>: dropped before it finished` when dropped, unless
/// `finish` was called first: shows where a cancellation stopped a future.
struct DropNotice {
    name: String,
    finished: bool,
}

impl DropNotice {
    fn new(name: impl Into<String>) -> DropNotice {
        DropNotice {
            name: name.into(),
            finished: false,
        }
    }

    /// The work is done: drop quietly.
    fn finish(mut self) {
        self.finished = true;
    }
}

impl Drop for DropNotice {
    fn drop(&mut self) {
        if !self.finished {
            println!("{}: dropped before it finished", self.name);
        }
    }
}

// ANCHOR: all
async fn report() -> &'static str {
    let notice = DropNotice::new("report");
    for step in 1..=3 {
        // `sleep(...).await` gives `()`: there is no error here to catch,
        // and nothing runs here once the task is aborted.
        sleep(Duration::from_millis(400)).await;
        println!("report: step {step} done");
    }
    notice.finish();
    "report complete"
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let task = tokio::spawn(report());
    sleep(Duration::from_millis(600)).await;
    println!("main: aborting the report");
    task.abort();
    match task.await {
        Ok(result) => println!("main: got {result:?}"),
        Err(error) => println!("main: is_cancelled() is {}", error.is_cancelled()),
    }
}
// ANCHOR_END: all
