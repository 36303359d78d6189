//! Chapter 24: shared state. A key-value server (`SET key value`,
//! `GET key`) keeps one `HashMap` behind an `Arc<std::sync::Mutex>`; every
//! connection's task locks it briefly, never across an `.await`.
//! Run it: cargo run -p listings --example ch24-kv-store

use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};

// ANCHOR: server
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

async fn handle(socket: TcpStream, db: Db) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        let reply = apply(&db, &line); // locked and unlocked in there
        writer.write_all(format!("{reply}\n").as_bytes()).await?;
    }
    Ok(())
}

async fn serve(listener: TcpListener) {
    let db = Db::default(); // one map for every connection
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
// ANCHOR_END: server

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
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));

    let mut ann = Client::connect("ann", addr).await?;
    let mut bob = Client::connect("bob", addr).await?;
    ann.ask("SET color blue").await?;
    bob.ask("GET color").await?;
    bob.ask("SET color green").await?;
    ann.ask("GET color").await?;
    ann.ask("GET size").await?;
    Ok(())
}
// ANCHOR_END: main
