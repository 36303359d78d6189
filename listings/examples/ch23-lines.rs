//! Chapter 23: `BufReader::lines` turns bytes into lines, whatever pieces
//! they arrive in; `next_line` gives `Ok(None)` at the end of the stream.
//! Run it: cargo run -p listings --example ch23-lines

use std::io;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
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
    let (client, mut server) = connected_pair().await?;
    tokio::spawn(async move {
        for piece in ["one\ntw", "o\r\nthr", "ee"] {
            server.write_all(piece.as_bytes()).await?;
            println!("server: sent {piece:?}");
            sleep(Duration::from_millis(300)).await;
        }
        server.shutdown().await?;
        println!("server: shut down its writing half");
        io::Result::Ok(())
    });

    let mut lines = BufReader::new(client).lines();
    while let Some(line) = lines.next_line().await? {
        println!("client: line {line:?}");
    }
    println!("client: next_line gave Ok(None): end of stream");
    Ok(())
}
// ANCHOR_END: main
