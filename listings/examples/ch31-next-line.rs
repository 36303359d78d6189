//! Chapter 31: `Lines::next_line` is cancel safe. The same tick wins the
//! same round, but the half line stays in the `Lines` value, which lives
//! outside the loop, and the next call finishes it.
//! Run it: cargo run -p listings --example ch31-next-line

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
    let mut lines = BufReader::new(socket).lines();
    let mut received = Vec::new();
    let mut ticks = interval_at(Instant::now() + every, every);
    loop {
        tokio::select! {
            line = lines.next_line() => {
                let Some(item) = line? else {
                    break; // the client hung up
                };
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
