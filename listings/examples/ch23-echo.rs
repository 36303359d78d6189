//! Chapter 23: an echo server and its client in one program. The server
//! accepts connections in a spawned loop and sends back every byte it
//! reads; the client sends three lines and prints each answer.
//! Run it: cargo run -p listings --example ch23-echo

use std::io;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

// ANCHOR: server
/// Sends back everything it reads, until the client stops sending.
async fn echo(mut socket: TcpStream) -> io::Result<()> {
    let mut buf = [0u8; 1024];
    let mut total = 0;
    loop {
        let n = socket.read(&mut buf).await?;
        if n == 0 {
            println!("server: end of stream after {total} bytes, closing");
            return Ok(());
        }
        println!("server: echoing {n} bytes");
        socket.write_all(&buf[..n]).await?;
        total += n;
    }
}

async fn serve(listener: TcpListener) -> io::Result<()> {
    loop {
        let (socket, _peer) = listener.accept().await?;
        tokio::spawn(async move {
            if let Err(e) = echo(socket).await {
                println!("server: connection failed: {e}");
            }
        });
    }
}
// ANCHOR_END: server

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));

    let mut stream = TcpStream::connect(addr).await?;
    let (reader, mut writer) = stream.split();
    let mut replies = BufReader::new(reader).lines();
    for line in ["hello", "how are you?", "bye"] {
        writer.write_all(format!("{line}\n").as_bytes()).await?;
        println!("client: sent {line:?}");
        let reply = replies.next_line().await?.expect("the server answers");
        println!("client: got {reply:?}");
    }
    writer.shutdown().await?; // no more to send: the server reads 0 bytes
    while let Some(extra) = replies.next_line().await? {
        println!("client: got {extra:?}");
    }
    println!("client: the server closed the connection");
    Ok(())
}
// ANCHOR_END: main
