//! Chapter 12: dropping a `JoinSet` aborts every task in it, while a task
//! whose `JoinHandle` was dropped keeps running.
//! Run it: cargo run -p listings --example ch12-drop-joinset

use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

// ANCHOR: all
/// Prints a line when the server's future is dropped before it finished.
struct DropNotice {
    name: &'static str,
    finished: bool,
}

impl Drop for DropNotice {
    fn drop(&mut self) {
        if !self.finished {
            println!("{}: cancelled before it finished", self.name);
        }
    }
}

async fn server(name: &'static str, millis: u64) {
    let mut notice = DropNotice { name, finished: false };
    println!("{name}: asked");
    sleep(Duration::from_millis(millis)).await; // the network
    println!("{name}: answered after {millis} ms");
    notice.finished = true;
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(server("lone task", 500));
    drop(handle); // detaches the task (chapter 9)

    {
        let mut set = JoinSet::new();
        set.spawn(server("set task 1", 500));
        set.spawn(server("set task 2", 1000));
        sleep(Duration::from_millis(100)).await; // let all three start
        println!("main: dropping the JoinSet");
    } // the set goes out of scope here, and its Drop aborts both tasks

    sleep(Duration::from_secs(1)).await;
    println!("main: done waiting");
}
// ANCHOR_END: all
