//! Chapter 26: a timeout on `child.wait()`, then `child.kill().await`, which
//! sends SIGKILL and waits for the child to end. A killed child has no exit
//! code; on Unix its status names the signal.
//! Run it: cargo run -p listings --example ch26-timeout-kill

use std::env;
use std::io::{self, Write};
use std::thread;
use std::time::Duration;

use tokio::process::Command;
use tokio::time::timeout;

fn main() -> io::Result<()> {
    // This program is its own child: `<this program> child sleep 5`.
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
    use std::os::unix::process::ExitStatusExt; // for `signal()`, Unix only

    println!("parent: starting a child that needs 5 s");
    let mut child = Command::new(env::current_exe()?)
        .args(["child", "sleep", "5"])
        .spawn()?;

    match timeout(Duration::from_secs(1), child.wait()).await {
        Ok(status) => println!("parent: the child ended with {}", status?),
        Err(_) => {
            println!("parent: no exit within 1 s, killing it");
            child.kill().await?; // SIGKILL, then wait for the end
        }
    }

    // `wait` again gives the status the child ended with.
    let status = child.wait().await?;
    println!("parent: {status}");
    let (code, signal) = (status.code(), status.signal());
    println!("parent: code {code:?}, signal {signal:?}");
    Ok(())
}
// ANCHOR_END: parent

/// The child: `sleep N` says so, then sleeps N seconds.
fn child(args: &[String]) {
    let seconds: u64 = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(5);
    println!("child: going to sleep for {seconds} s");
    io::stdout().flush().expect("stdout is open"); // do not rely on println! flushing
    thread::sleep(Duration::from_secs(seconds));
    println!("child: awake");
}
