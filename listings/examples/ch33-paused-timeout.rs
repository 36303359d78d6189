//! Chapter 33: the paused clock outside a test. `start_paused = true` on
//! `#[tokio::main]` (tokio's `test-util` feature) stops tokio's clock, and
//! the runtime moves it to the next timer whenever every task waits: a
//! client's 30 s timeout on a silent server runs out at once.
//! Run it: cargo run -p listings --example ch33-paused-timeout

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{Instant, timeout};

const REPLY_TIMEOUT: Duration = Duration::from_secs(30);

/// Sends one request line and returns the reply line. A server that says
/// nothing for 30 s gets an error of kind `TimedOut`.
async fn ask(addr: SocketAddr, request: &str) -> io::Result<String> {
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(format!("{request}\n").as_bytes()).await?;
    let mut lines = BufReader::new(stream).lines();
    match timeout(REPLY_TIMEOUT, lines.next_line()).await {
        Ok(line) => line?.ok_or_else(|| io::Error::from(io::ErrorKind::UnexpectedEof)),
        Err(_) => Err(io::Error::new(
            io::ErrorKind::TimedOut,
            "no reply within 30 s",
        )),
    }
}

/// Accepts connections and reads what comes, but never answers.
async fn silent_server(listener: TcpListener) -> io::Result<()> {
    loop {
        let (mut socket, _peer) = listener.accept().await?;
        tokio::spawn(async move {
            let mut ignored = Vec::new();
            let _ = socket.read_to_end(&mut ignored).await; // until the client hangs up
        });
    }
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(silent_server(listener));

    let start = Instant::now(); // tokio's clock
    println!("client: waiting for a reply");
    match ask(addr, "GET color").await {
        Ok(reply) => println!("client: got {reply:?}"),
        Err(e) => println!("client: {e}, gave up after {} s", start.elapsed().as_secs()),
    }
    Ok(())
}
// ANCHOR_END: main
