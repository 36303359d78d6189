//! Chapter 23: a `BufWriter` sends nothing until it is flushed, and the
//! server's read waits until the client shuts down its writing half; then
//! it reads 0 bytes. The other direction stays open.
//! Run it: cargo run -p listings --example ch23-shutdown

use std::io;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt, BufWriter};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

/// A connected pair: (the client's end, the server's end).
async fn connected_pair() -> io::Result<(TcpStream, TcpStream)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let client = TcpStream::connect(listener.local_addr()?).await?;
    let (server, _peer) = listener.accept().await?;
    Ok((client, server))
}

// ANCHOR: read
/// One read on the server's end, given up after 0.5 s.
async fn server_reads(server: &mut TcpStream) -> io::Result<()> {
    let mut buf = [0u8; 64];
    match timeout(Duration::from_millis(500), server.read(&mut buf)).await {
        Err(_elapsed) => println!("server: still waiting after 0.5 s"),
        Ok(Ok(0)) => println!("server: read 0 bytes: end of stream"),
        Ok(Ok(n)) => {
            let text = String::from_utf8_lossy(&buf[..n]);
            println!("server: read {n} bytes: {text:?}");
        }
        Ok(Err(e)) => return Err(e),
    }
    Ok(())
}
// ANCHOR_END: read

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let (client, mut server) = connected_pair().await?;
    let mut client = BufWriter::new(client);

    client.write_all(b"hello\n").await?;
    println!("client: wrote 6 bytes into its BufWriter");
    server_reads(&mut server).await?;

    client.flush().await?;
    println!("client: flushed");
    server_reads(&mut server).await?;
    server_reads(&mut server).await?;

    client.shutdown().await?;
    println!("client: shut down its writing half");
    server_reads(&mut server).await?;

    server.write_all(b"bye\n").await?;
    drop(server);
    let mut reply = String::new();
    client.read_to_string(&mut reply).await?;
    println!("client: read {reply:?} after its shutdown, then end of stream");
    Ok(())
}
// ANCHOR_END: main
