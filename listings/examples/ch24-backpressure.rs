//! Chapter 24: backpressure. `write_all` to a client that does not read
//! waits once the socket buffers are full; that connection's task waits
//! with it, and the other connections are still served.
//! Run it: cargo run -p listings --example ch24-backpressure

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::sleep;

const MIB: usize = 1 << 20;

// ANCHOR: server
async fn handle(socket: TcpStream) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        match line.as_str() {
            "PING" => writer.write_all(b"PONG\n").await?,
            "DUMP" => {
                println!("server: writing 64 MiB");
                // 64 MiB, more than the socket buffers hold, a block at a time
                let block = vec![b'x'; 64 * 1024];
                for _ in 0..64 * MIB / block.len() {
                    writer.write_all(&block).await?; // waits while the client does not read
                }
                println!("server: all 64 MiB written");
            }
            _ => writer.write_all(b"ERR unknown command\n").await?,
        }
    }
    Ok(())
}
// ANCHOR_END: server

async fn serve(listener: TcpListener) {
    loop {
        match listener.accept().await {
            Ok((socket, _peer)) => {
                tokio::spawn(async move {
                    if let Err(e) = handle(socket).await {
                        println!("server: connection failed: {e}");
                    }
                });
            }
            Err(e) => {
                // e.g. out of file descriptors: wait for it to pass
                println!("server: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

// ANCHOR: clients
/// Asks for the dump, then reads nothing for 2 s, long after the pings.
async fn lazy_client(addr: SocketAddr) -> io::Result<()> {
    let mut socket = TcpStream::connect(addr).await?;
    socket.write_all(b"DUMP\n").await?;
    sleep(Duration::from_secs(2)).await;
    println!("lazy: starts reading");
    let mut buf = vec![0; 64 * 1024];
    let mut total = 0;
    while total < 64 * MIB {
        let n = socket.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        total += n;
    }
    println!("lazy: got {} MiB", total / MIB);
    Ok(())
}

/// Pings at 0.3 s and 0.6 s, while the lazy client is not reading.
async fn polite_client(addr: SocketAddr) -> io::Result<()> {
    let socket = TcpStream::connect(addr).await?;
    let (reader, mut writer) = socket.into_split();
    let mut replies = BufReader::new(reader).lines();
    for _ in 0..2 {
        sleep(Duration::from_millis(300)).await;
        writer.write_all(b"PING\n").await?;
        let reply = replies.next_line().await?.unwrap_or_default();
        println!("polite: PING -> {reply}");
    }
    Ok(())
}
// ANCHOR_END: clients

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));

    let (lazy, polite) = tokio::join!(lazy_client(addr), polite_client(addr));
    lazy.and(polite)
}
