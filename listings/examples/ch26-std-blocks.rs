//! Chapter 26: the same three children as ch26-concurrent, run with
//! `std::process::Command`. Its `output()` blocks the runtime's thread, so
//! the `try_join!` runs them one after another: about 3 s, not 1.
//! Run it: cargo run -p listings --example ch26-std-blocks

use std::env;
use std::io;
use std::path::Path;
use std::thread;
use std::time::Duration;

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
/// The same as before, with std's `Command`: nothing in it awaits.
async fn run_child(me: &Path, id: &str) -> io::Result<String> {
    let output = std::process::Command::new(me)
        .args(["child", "work", id])
        .output()?; // blocks the thread until the child ends
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text.trim_end().to_string())
}
// ANCHOR_END: parent

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

/// The child: `work ID` works for 1 s, then says so.
fn child(args: &[String]) {
    let id = args.get(1).map(String::as_str).unwrap_or("?");
    thread::sleep(Duration::from_secs(1));
    println!("child {id}: done after 1 s");
}
