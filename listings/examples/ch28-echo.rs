//! Chapter 28: 100 clients each make 100 round trips of a short line to an
//! echo server in the same program, over loopback TCP, on one thread. A
//! benchmark: it prints one measurement.
//! Run it: cargo run --release -p listings --example ch28-echo

use std::io;
use std::net::SocketAddr;
use std::time::Instant;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

// ANCHOR: all
const CLIENTS: usize = 100;
const ROUND_TRIPS: usize = 100;

async fn echo(socket: TcpStream) -> io::Result<()> {
    socket.set_nodelay(true)?; // as asyncio does for every TCP socket
    let mut socket = BufReader::new(socket);
    let mut line = String::new();
    while socket.read_line(&mut line).await? > 0 {
        socket.write_all(line.as_bytes()).await?;
        line.clear();
    }
    Ok(())
}

async fn client(addr: SocketAddr) -> io::Result<()> {
    let socket = TcpStream::connect(addr).await?;
    socket.set_nodelay(true)?;
    let mut socket = BufReader::new(socket);
    let mut line = String::new();
    for _ in 0..ROUND_TRIPS {
        socket.write_all(b"ping\n").await?;
        line.clear();
        socket.read_line(&mut line).await?;
        assert_eq!(line, "ping\n");
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(echo(socket));
        }
    });
    let start = Instant::now();
    let mut clients = JoinSet::new();
    for _ in 0..CLIENTS {
        clients.spawn(client(addr));
    }
    while let Some(done) = clients.join_next().await {
        done.unwrap()?;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let label = format!("tokio: {CLIENTS} clients x {ROUND_TRIPS} round trips");
    println!("{label}: {elapsed:.3} s");
    Ok(())
}
// ANCHOR_END: all
