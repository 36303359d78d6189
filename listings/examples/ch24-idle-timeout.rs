//! Chapter 24: an idle timeout. The server gives each read 1 s
//! (`tokio::time::timeout` around `next_line`); a client that says nothing
//! gets an `ERR` line and is disconnected, while a busy client goes on.
//! Run it: cargo run -p listings --example ch24-idle-timeout

use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{sleep, timeout};

type Db = Arc<Mutex<HashMap<String, String>>>;

/// Answers one request. A plain `fn`: the lock cannot be held across an
/// `.await` here, because there is none.
fn apply(db: &Db, line: &str) -> String {
    let mut words = line.splitn(3, ' ');
    let mut map = db.lock().unwrap(); // unlocked when `apply` returns
    match (words.next(), words.next(), words.next()) {
        (Some("SET"), Some(key), Some(value)) => {
            map.insert(key.to_string(), value.to_string());
            "OK".to_string()
        }
        (Some("GET"), Some(key), None) => match map.get(key) {
            Some(value) => format!("VALUE {value}"),
            None => "NONE".to_string(),
        },
        _ => format!("ERR cannot parse {line:?}"),
    }
}

// ANCHOR: server
const IDLE_LIMIT: Duration = Duration::from_secs(1);

async fn handle(socket: TcpStream, db: Db) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    loop {
        let line = match timeout(IDLE_LIMIT, lines.next_line()).await {
            Ok(Ok(Some(line))) => line,
            Ok(Ok(None)) => return Ok(()), // the client hung up
            Ok(Err(e)) => return Err(e),
            Err(_elapsed) => {
                println!("server: closing a connection idle for 1 s");
                writer.write_all(b"ERR idle for 1 s, closing\n").await?;
                return Ok(()); // dropping the socket closes it
            }
        };
        let reply = apply(&db, &line);
        writer.write_all(format!("{reply}\n").as_bytes()).await?;
    }
}
// ANCHOR_END: server

async fn serve(listener: TcpListener) {
    let db = Db::default();
    loop {
        match listener.accept().await {
            Ok((socket, _peer)) => {
                let db = Arc::clone(&db);
                tokio::spawn(async move {
                    if let Err(e) = handle(socket, db).await {
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

/// A test client: sends one line at a time and prints the reply.
struct Client {
    name: &'static str,
    replies: Lines<BufReader<OwnedReadHalf>>,
    writer: OwnedWriteHalf,
}

impl Client {
    async fn connect(name: &'static str, addr: std::net::SocketAddr) -> io::Result<Client> {
        let (reader, writer) = TcpStream::connect(addr).await?.into_split();
        let replies = BufReader::new(reader).lines();
        Ok(Client {
            name,
            replies,
            writer,
        })
    }

    async fn ask(&mut self, request: &str) -> io::Result<()> {
        self.writer
            .write_all(format!("{request}\n").as_bytes())
            .await?;
        let reply = self.replies.next_line().await?.unwrap_or_default();
        println!("{}: {request} -> {reply}", self.name);
        Ok(())
    }
}

// ANCHOR: main
/// Connects and never sends a line: only reads what the server says.
async fn silent_client(addr: std::net::SocketAddr) -> io::Result<()> {
    let stream = TcpStream::connect(addr).await?;
    let mut lines = BufReader::new(stream).lines();
    while let Some(line) = lines.next_line().await? {
        println!("silent: got {line:?}");
    }
    println!("silent: the server closed the connection");
    Ok(())
}

/// Sends a request at 0.2 s, 0.6 s and 1.2 s: never idle for 1 s.
async fn busy_client(addr: std::net::SocketAddr) -> io::Result<()> {
    let mut busy = Client::connect("busy", addr).await?;
    sleep(Duration::from_millis(200)).await;
    busy.ask("SET color blue").await?;
    sleep(Duration::from_millis(400)).await;
    busy.ask("GET color").await?;
    sleep(Duration::from_millis(600)).await;
    busy.ask("GET color").await?;
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));

    let (silent, busy) = tokio::join!(silent_client(addr), busy_client(addr));
    silent.and(busy)
}
// ANCHOR_END: main
