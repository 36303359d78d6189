//! Chapter 31: `read_line` is not cancel safe. A tick wins a round while a
//! line is half received, the dropped `read_line` takes the half it had
//! read with it, and the item is lost.
//! Run it: cargo run -p listings --example ch31-read-line

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{Instant, interval_at, sleep};

/// The other side: item 1 at once, item 2 in two parts 600 ms apart, then
/// item 3, then it hangs up.
async fn client(addr: SocketAddr) -> io::Result<()> {
    let mut socket = TcpStream::connect(addr).await?;
    socket.write_all(b"item 1\n").await?;
    println!("client: sent item 1");
    sleep(Duration::from_millis(300)).await;
    socket.write_all(b"item 2").await?;
    println!("client: sent item 2 without its newline");
    sleep(Duration::from_millis(600)).await;
    socket.write_all(b"\nitem 3\n").await?;
    println!("client: sent the newline, then item 3");
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let client = tokio::spawn(client(listener.local_addr()?));
    let (socket, _) = listener.accept().await?;
    let every = Duration::from_millis(600);
    // ANCHOR: read
    let mut reader = BufReader::new(socket);
    let mut line = String::new();
    let mut received = Vec::new();
    let mut ticks = interval_at(Instant::now() + every, every);
    loop {
        tokio::select! {
            read = reader.read_line(&mut line) => {
                if read? == 0 {
                    break; // the client hung up
                }
                let item = line.trim_end().to_string();
                line.clear();
                println!("main: got {item:?}");
                received.push(item);
            }
            _ = ticks.tick() => println!("main: tick"),
        }
    }
    println!("main: received {received:?}");
    // ANCHOR_END: read
    client.await.expect("the client does not panic")
}
