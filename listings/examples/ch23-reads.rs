//! Chapter 23: `read` returns what has arrived, which can be fewer bytes
//! than asked; `read_exact` waits for exactly as many; a read of 0 bytes
//! means the peer shut down its writing half; `read_exact` then fails.
//! Run it: cargo run -p listings --example ch23-reads

use std::io;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::sleep;

/// A connected pair: (the client's end, the server's end).
async fn connected_pair() -> io::Result<(TcpStream, TcpStream)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let client = TcpStream::connect(listener.local_addr()?).await?;
    let (server, _peer) = listener.accept().await?;
    Ok((client, server))
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let (mut client, mut server) = connected_pair().await?;
    tokio::spawn(async move {
        for piece in ["hello", "wor", "ld!"] {
            server.write_all(piece.as_bytes()).await?;
            println!("server: sent {piece:?}");
            sleep(Duration::from_millis(300)).await;
        }
        server.shutdown().await?;
        println!("server: shut down its writing half");
        io::Result::Ok(())
    });

    let mut buf = [0u8; 64];
    let n = client.read(&mut buf).await?;
    let text = String::from_utf8_lossy(&buf[..n]);
    println!("client: asked for up to 64 bytes, read {n}: {text:?}");

    let mut six = [0u8; 6];
    client.read_exact(&mut six).await?;
    let text = String::from_utf8_lossy(&six);
    println!("client: read_exact filled all 6 bytes: {text:?}");

    let n = client.read(&mut buf).await?;
    println!("client: read {n} bytes: end of stream");

    let err = client.read_exact(&mut six).await.unwrap_err();
    println!("client: read_exact at the end: {:?}, {err}", err.kind());
    Ok(())
}
// ANCHOR_END: main
