//! Chapter 26: `tokio::process::Command` runs a program and waits without
//! holding the runtime's thread. `output()` collects the child's stdout,
//! stderr and exit status; `status()` lets its output through and gives the
//! status only. The child is this same program, run with `child ...`.
//! Run it: cargo run -p listings --example ch26-output

use std::env;
use std::io;
use std::process::ExitCode;

use tokio::process::Command;

// ANCHOR: main
fn main() -> io::Result<ExitCode> {
    // This program is its own child: `<this program> child greet` and
    // `<this program> child fail` run `child`, with no runtime.
    let args: Vec<String> = env::args().skip(1).collect();
    if args.first().is_some_and(|arg| arg == "child") {
        return Ok(child(&args[1..]));
    }
    parent()?;
    Ok(ExitCode::SUCCESS)
}

#[tokio::main(flavor = "current_thread")]
async fn parent() -> io::Result<()> {
    let me = env::current_exe()?;

    // Collect everything the child writes, and how it ended.
    let output = Command::new(&me).args(["child", "greet"]).output().await?;
    println!("parent: {}", output.status);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("parent: stdout {stdout:?}");
    println!("parent: stderr {stderr:?}");

    // Only how it ended: the child's lines go straight to our stdout.
    let status = Command::new(&me).args(["child", "fail"]).status().await?;
    let (code, success) = (status.code(), status.success());
    println!("parent: code {code:?}, success {success}");
    Ok(())
}
// ANCHOR_END: main

// ANCHOR: child
/// What this program does when it runs as the child.
fn child(args: &[String]) -> ExitCode {
    match args.first().map(String::as_str) {
        Some("greet") => {
            println!("child: hello");
            eprintln!("child: a warning");
            ExitCode::SUCCESS
        }
        Some("fail") => {
            println!("child: giving up with code 3");
            ExitCode::from(3)
        }
        _ => ExitCode::FAILURE,
    }
}
// ANCHOR_END: child
