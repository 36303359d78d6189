//! Chapter 23: one `write` call may take only part of the buffer;
//! `write_all` writes it all, waiting while the peer does not read, which is
//! backpressure. The server starts reading only after 1 s.
//! Run it: cargo run -p listings --example ch23-write-all

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
    let reading = tokio::spawn(async move {
        sleep(Duration::from_secs(1)).await;
        println!("server: starts reading");
        let mut buf = vec![0u8; 64 * 1024];
        let mut total = 0;
        loop {
            let n = server.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            total += n;
        }
        println!("server: read {} MiB, then end of stream", total >> 20);
        io::Result::Ok(())
    });

    let data = vec![b'x'; 32 << 20]; // 32 MiB
    let n = client.write(&data).await?;
    let part = if n < data.len() { "only part" } else { "all" };
    println!("client: one write() took {part} of the 32 MiB");
    println!("client: write_all() of the rest, waiting");
    client.write_all(&data[n..]).await?;
    println!("client: write_all() returned: all 32 MiB are written");
    client.shutdown().await?;
    reading.await??;
    Ok(())
}
// ANCHOR_END: main
