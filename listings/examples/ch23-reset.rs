//! Chapter 23: a connection reset. A socket closed with unread data, or
//! after `set_zero_linger`, sends a reset; the peer's read fails with
//! `ConnectionReset`, and its next write with `BrokenPipe`.
//! Run it: cargo run -p listings --example ch23-reset

use std::io;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A connected pair: (the client's end, the server's end).
async fn connected_pair() -> io::Result<(TcpStream, TcpStream)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let client = TcpStream::connect(listener.local_addr()?).await?;
    let (server, _peer) = listener.accept().await?;
    Ok((client, server))
}

// ANCHOR: client
/// The client's side: a read, then a write, on a connection the server
/// has reset.
async fn client_sees(client: &mut TcpStream) {
    let mut buf = [0u8; 64];
    match client.read(&mut buf).await {
        Ok(n) => println!("client: read {n} bytes"),
        Err(e) => println!("client: read failed: {:?}: {e}", e.kind()),
    }
    match client.write_all(b"still there?\n").await {
        Ok(()) => println!("client: write succeeded"),
        Err(e) => println!("client: write failed: {:?}: {e}", e.kind()),
    }
}
// ANCHOR_END: client

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let (mut client, server) = connected_pair().await?;
    server.set_zero_linger()?;
    drop(server);
    println!("server: set a zero linger and dropped its socket");
    client_sees(&mut client).await;

    let (mut client, server) = connected_pair().await?;
    client.write_all(b"a request\n").await?;
    server.readable().await?; // the request has arrived; nobody reads it
    drop(server);
    println!("server: dropped its socket with the request unread");
    client_sees(&mut client).await;
    Ok(())
}
// ANCHOR_END: main
