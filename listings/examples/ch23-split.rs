//! Chapter 23: `into_split` gives a read half and a write half that can go
//! to different tasks: one task writes while another reads the replies.
//! Dropping the write half shuts down the writing direction.
//! Run it: cargo run -p listings --example ch23-split

use std::io;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::sleep;

/// Answers each line in capitals, and says goodbye at the end of the stream.
async fn shout(socket: TcpStream) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        let reply = format!("{}\n", line.to_uppercase());
        writer.write_all(reply.as_bytes()).await?;
    }
    println!("server: end of stream, saying goodbye");
    writer.write_all(b"goodbye\n").await?;
    Ok(())
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        let (socket, _peer) = listener.accept().await?;
        if let Err(e) = shout(socket).await {
            println!("server: connection failed: {e}");
        }
        io::Result::Ok(())
    });

    let stream = TcpStream::connect(addr).await?;
    let (reader, mut writer) = stream.into_split();
    let writing = tokio::spawn(async move {
        for n in 1..=3 {
            writer.write_all(format!("ping {n}\n").as_bytes()).await?;
            println!("writer: sent \"ping {n}\"");
            sleep(Duration::from_millis(300)).await;
        }
        println!("writer: done, dropping its half");
        io::Result::Ok(())
    });

    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        println!("reader: got {line:?}");
    }
    println!("reader: end of stream");
    writing.await??;
    Ok(())
}
// ANCHOR_END: main
