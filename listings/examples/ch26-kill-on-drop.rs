//! Chapter 26: dropping a `Child` does not stop the process unless the
//! command was built with `kill_on_drop(true)`. The parent keeps the
//! child's stdout after dropping the `Child`, and reads what still comes.
//! Run it: cargo run -p listings --example ch26-kill-on-drop

use std::env;
use std::io::{self, Write};
use std::process::Stdio;
use std::thread;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

fn main() -> io::Result<()> {
    // This program is its own child: `<this program> child count 3`.
    let args: Vec<String> = env::args().skip(1).collect();
    if args.first().is_some_and(|arg| arg == "child") {
        child(&args[1..]);
        return Ok(());
    }
    parent()
}

// ANCHOR: parent
/// Starts a child that prints three lines, reads one, drops the `Child`,
/// and reads on until the end of the child's output.
async fn drop_after_one_line(kill_on_drop: bool) -> io::Result<()> {
    println!("parent: kill_on_drop({kill_on_drop})");
    let mut child = Command::new(env::current_exe()?)
        .args(["child", "count", "3"])
        .stdout(Stdio::piped())
        .kill_on_drop(kill_on_drop)
        .spawn()?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();

    if let Some(line) = lines.next_line().await? {
        println!("parent: read {line:?}");
    }
    drop(child); // as a timeout, a `select!` or an abort would
    println!("parent: dropped the Child");
    while let Some(line) = lines.next_line().await? {
        println!("parent: read {line:?} after the drop");
    }
    println!("parent: end of the child's output");
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn parent() -> io::Result<()> {
    drop_after_one_line(false).await?;
    drop_after_one_line(true).await
}
// ANCHOR_END: parent

/// The child: `count N` prints `tick 1` to `tick N`, 300 ms apart, and
/// exits 300 ms after the last one.
fn child(args: &[String]) {
    let n: u32 = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(3);
    for i in 1..=n {
        println!("tick {i}");
        io::stdout().flush().expect("stdout is open"); // do not rely on println! flushing
        thread::sleep(Duration::from_millis(300));
    }
}
