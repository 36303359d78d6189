//! Chapter 32: graceful shutdown of chapter 24's server. On Ctrl-C (or
//! after 1.5 s, when no one presses it) it stops accepting, tells its
//! connections to finish, waits up to 2 s for them, cuts off the one that
//! is still busy, and exits with status 1 because it had to (0 when every
//! connection finished in time).
//! Run it: cargo run -p listings --example ch32-shutdown

use std::io::{self, ErrorKind};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, timeout};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

// ANCHOR: server
/// Accepts connections until the future is dropped. Each connection's task
/// is tracked, finishes up when `shutdown` is cancelled, and is dropped
/// where it stands when `cut_off` is.
async fn accept_loop(
    listener: TcpListener,
    tracker: &TaskTracker,
    shutdown: &CancellationToken,
    cut_off: &CancellationToken,
) {
    println!("server: listening");
    loop {
        match listener.accept().await {
            Ok((socket, _peer)) => {
                let connection = handle(socket, shutdown.clone());
                tracker.spawn(cut_off.clone().run_until_cancelled_owned(async move {
                    if let Err(e) = connection.await {
                        println!("server: connection failed: {e}");
                    }
                }));
            }
            Err(e) => {
                // e.g. out of file descriptors: wait for it to pass
                println!("server: accept failed: {e}");
                sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// Serves one connection: `NAME SECONDS` asks for that many seconds of work.
async fn handle(socket: TcpStream, shutdown: CancellationToken) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    loop {
        // Between requests, a shutdown closes the connection at once.
        let line = tokio::select! {
            _ = shutdown.cancelled() => {
                println!("server: closing an idle connection");
                return Ok(());
            }
            line = lines.next_line() => line?,
        };
        let Some(line) = line else {
            return Ok(()); // the client hung up
        };
        let Some((name, seconds)) = parse(&line) else {
            writer.write_all(b"ERR expected NAME SECONDS\n").await?;
            continue;
        };
        // A request that has started is finished, shutdown or not.
        println!("server: working for {name} ({seconds} s)");
        let work = DropNotice::new(format!("server: work for {name}"));
        sleep(Duration::from_secs(seconds)).await;
        work.finish();
        writer
            .write_all(format!("done for {name}\n").as_bytes())
            .await?;
        println!("server: answered {name}");
    }
}
// ANCHOR_END: server

fn parse(line: &str) -> Option<(&str, u64)> {
    let (name, seconds) = line.split_once(' ')?;
    Some((name, seconds.parse().ok()?))
}

// ANCHOR: main
const GRACE: Duration = Duration::from_secs(2);

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let clients = tokio::spawn(clients(listener.local_addr().expect("address")));
    let tracker = TaskTracker::new();
    let shutdown = CancellationToken::new();
    let cut_off = CancellationToken::new();

    // Serve until Ctrl-C, or for 1.5 s when no one presses it.
    let trigger = tokio::select! {
        result = tokio::signal::ctrl_c() => {
            result.expect("cannot listen for Ctrl-C");
            "Ctrl-C"
        }
        _ = sleep(Duration::from_millis(1500)) => "timer",
        _ = accept_loop(listener, &tracker, &shutdown, &cut_off) => unreachable!(),
    };
    // The accept loop lost the race: it was dropped, and the listener with it.
    println!("main: shutting down ({trigger})");

    shutdown.cancel(); // every connection: finish what you are doing
    tracker.close(); // no connection will be added: `wait` may end
    let (secs, open) = (GRACE.as_secs(), tracker.len());
    println!("main: waiting up to {secs} s for {open} connections");
    let code = match timeout(GRACE, tracker.wait()).await {
        Ok(()) => {
            println!("main: every connection finished");
            ExitCode::SUCCESS
        }
        Err(_elapsed) => {
            let busy = tracker.len();
            println!("main: deadline passed with {busy} still busy, cutting off");
            cut_off.cancel(); // drops each task's future where it stands
            tracker.wait().await; // and now they are gone
            eprintln!("error: the deadline cut off {busy} connection(s)");
            ExitCode::from(1)
        }
    };
    clients.await.expect("the clients finish");
    code
}
// ANCHOR_END: main

// ANCHOR: clients
/// The clients, in this process for the book's sake: `slow` and `quick`
/// send one request each, `idle` sends nothing, `late` comes after the
/// shutdown has started.
async fn clients(addr: SocketAddr) {
    let ms = Duration::from_millis;
    tokio::join!(
        request(addr, "slow", 5, ms(200)),
        idle(addr, ms(600)),
        request(addr, "quick", 1, ms(1000)),
        late(addr, ms(2500)),
    );
}

async fn request(addr: SocketAddr, name: &str, seconds: u64, start_after: Duration) {
    sleep(start_after).await;
    let mut socket = TcpStream::connect(addr).await.expect("connect");
    let (reader, mut writer) = socket.split();
    let request = format!("{name} {seconds}\n");
    writer.write_all(request.as_bytes()).await.expect("send");
    println!("{name}: request sent ({seconds} s of work)");
    let mut replies = BufReader::new(reader).lines();
    while let Ok(Some(reply)) = replies.next_line().await {
        println!("{name}: got {reply:?}");
    }
    println!("{name}: the server closed the connection");
}

async fn idle(addr: SocketAddr, start_after: Duration) {
    sleep(start_after).await;
    let mut socket = TcpStream::connect(addr).await.expect("connect");
    println!("idle: connected, sending nothing");
    let mut replies = BufReader::new(&mut socket).lines();
    while let Ok(Some(reply)) = replies.next_line().await {
        println!("idle: got {reply:?}");
    }
    println!("idle: the server closed the connection");
}

async fn late(addr: SocketAddr, start_after: Duration) {
    sleep(start_after).await;
    match TcpStream::connect(addr).await {
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => {
            println!("late: connection refused")
        }
        Err(e) => println!("late: cannot connect: {e}"),
        Ok(_) => println!("late: connected, so the server still accepts"),
    }
}
// ANCHOR_END: clients

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
