//! Chapter 26: awaiting three children's `output()` together. Each child
//! takes 1 s; together they take about 1 s, not 3, because waiting for a
//! process does not hold the runtime's thread.
//! Run it: cargo run -p listings --example ch26-concurrent

use std::env;
use std::io;
use std::path::Path;
use std::thread;
use std::time::Duration;

use tokio::process::Command;

fn main() -> io::Result<()> {
    // This program is its own child: `<this program> child work 1`.
    let args: Vec<String> = env::args().skip(1).collect();
    if args.first().is_some_and(|arg| arg == "child") {
        child(&args[1..]);
        return Ok(());
    }
    parent()
}

// ANCHOR: parent
/// Runs `<me> child work <id>` and returns what it printed.
async fn run_child(me: &Path, id: &str) -> io::Result<String> {
    let output = Command::new(me)
        .args(["child", "work", id])
        .output()
        .await?;
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text.trim_end().to_string())
}

#[tokio::main(flavor = "current_thread")]
async fn parent() -> io::Result<()> {
    let me = env::current_exe()?;
    println!("parent: starting three children");
    let (first, second, third) = tokio::try_join!(
        run_child(&me, "1"),
        run_child(&me, "2"),
        run_child(&me, "3"),
    )?;
    for answer in [first, second, third] {
        println!("parent: a child said {answer:?}");
    }
    Ok(())
}
// ANCHOR_END: parent

/// The child: `work ID` works for 1 s, then says so.
fn child(args: &[String]) {
    let id = args.get(1).map(String::as_str).unwrap_or("?");
    thread::sleep(Duration::from_secs(1));
    println!("child {id}: done after 1 s");
}
