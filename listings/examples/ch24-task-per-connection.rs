//! Chapter 24: a task per connection. The accept loop spawns a task for
//! each client, so three clients whose requests each take 1 s on the
//! server, arriving 200 ms apart, are all answered within 1.4 s, not 3.
//! Run it: cargo run -p listings --example ch24-task-per-connection

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

// ANCHOR: server
async fn serve(listener: TcpListener) {
    println!("server: listening");
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

async fn handle(socket: TcpStream) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(name) = lines.next_line().await? {
        println!("server: working for {name}");
        tokio::time::sleep(Duration::from_secs(1)).await; // a slow request
        let reply = format!("done for {name}\n");
        writer.write_all(reply.as_bytes()).await?;
        println!("server: answered {name}");
    }
    Ok(())
}
// ANCHOR_END: server

// ANCHOR: client
async fn client(addr: SocketAddr, name: &str, start_after: Duration) -> io::Result<()> {
    tokio::time::sleep(start_after).await;
    let mut socket = TcpStream::connect(addr).await?;
    let (reader, mut writer) = socket.split();
    writer.write_all(format!("{name}\n").as_bytes()).await?;
    println!("{name}: request sent");
    let mut replies = BufReader::new(reader).lines();
    let reply = replies.next_line().await?.unwrap_or_default();
    println!("{name}: got {reply:?}");
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));

    let ms = Duration::from_millis;
    let (a, b, c) = tokio::join!(
        client(addr, "client 1", ms(0)),
        client(addr, "client 2", ms(200)),
        client(addr, "client 3", ms(400)),
    );
    a.and(b).and(c)
}
// ANCHOR_END: client
