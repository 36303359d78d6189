//! Chapter 26: writing to a child's stdin. The child reads until the end of
//! its input, which comes only when the parent drops its end of the pipe:
//! a parent that keeps the `ChildStdin` keeps the child waiting, even after
//! `shutdown()`, which on Unix does nothing for a `ChildStdin`.
//! Run it: cargo run -p listings --example ch26-stdin

use std::env;
use std::io::{self, BufRead};
use std::process::Stdio;
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::process::Command;
use tokio::time::timeout;

fn main() -> io::Result<()> {
    // This program is its own child: `<this program> child sort`.
    let args: Vec<String> = env::args().skip(1).collect();
    if args.first().is_some_and(|arg| arg == "child") {
        return child();
    }
    parent()
}

// ANCHOR: parent
#[tokio::main(flavor = "current_thread")]
async fn parent() -> io::Result<()> {
    let mut child = Command::new(env::current_exe()?)
        .args(["child", "sort"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;

    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(b"pear\napple\nfig\n").await?;
    stdin.shutdown().await?; // as on a TcpStream: but see what follows
    println!("parent: wrote three words, called shutdown()");

    // The child sorts at the end of its input, and we still hold `stdin`:
    // on Unix, `shutdown()` on a `ChildStdin` does nothing.
    if timeout(Duration::from_secs(1), child.wait()).await.is_err() {
        println!("parent: no exit within 1 s, the child is still reading");
    }

    drop(stdin); // closes the pipe: the child reads the end of its input
    let output = child.wait_with_output().await?;
    let sorted = String::from_utf8_lossy(&output.stdout);
    println!("parent: the child answered {sorted:?}");
    println!("parent: it ended with {}", output.status);
    Ok(())
}
// ANCHOR_END: parent

/// The child: reads lines until the end of its input, then prints them
/// sorted, like `sort`.
fn child() -> io::Result<()> {
    let mut words = io::stdin().lock().lines().collect::<io::Result<Vec<_>>>()?;
    words.sort();
    for word in words {
        println!("{word}");
    }
    Ok(())
}
