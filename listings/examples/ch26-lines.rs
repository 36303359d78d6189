//! Chapter 26: with `Stdio::piped()` the parent reads the child's stdout
//! line by line while the child runs, as each line arrives, instead of all
//! of it at the end as `output()` gives it.
//! Run it: cargo run -p listings --example ch26-lines

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
#[tokio::main(flavor = "current_thread")]
async fn parent() -> io::Result<()> {
    let mut child = Command::new(env::current_exe()?)
        .args(["child", "count", "3"])
        .stdout(Stdio::piped())
        .spawn()?;

    // Take the pipe out of the `Child`, and read it a line at a time.
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut lines = BufReader::new(stdout).lines();
    while let Some(line) = lines.next_line().await? {
        println!("parent: got {line:?}");
    }

    // End of output: the child closed its stdout. Now collect its status.
    let status = child.wait().await?;
    println!("parent: end, {status}");
    Ok(())
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
