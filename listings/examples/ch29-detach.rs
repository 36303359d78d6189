//! Chapter 29: tokio's `asyncio.shield` is a spawned task. Cancelling what
//! awaits its `JoinHandle` drops the handle, which detaches the task: the
//! work goes on.
//! Run it: cargo run -p listings --example ch29-detach

use std::time::Duration;

use tokio::task::JoinHandle;
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
async fn save() -> &'static str {
    println!("save: writing");
    sleep(Duration::from_secs(1)).await;
    println!("save: written");
    "saved"
}

async fn handler(save_task: JoinHandle<&'static str>) {
    let notice = DropNotice::new("handler");
    let saved = save_task.await; // dropping this future drops the handle
    println!("handler: got {saved:?}");
    notice.finish();
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let save_task = tokio::spawn(save());
    let saving = save_task.abort_handle(); // to ask later whether it finished
    let handler_task = tokio::spawn(handler(save_task));
    sleep(Duration::from_millis(400)).await;
    println!("main: aborting the handler");
    handler_task.abort();
    let _ = handler_task.await; // wait until the handler is gone

    sleep(Duration::from_secs(1)).await; // the runtime must outlive the save
    println!("main: the save has finished: {}", saving.is_finished());
}
// ANCHOR_END: all
