//! Chapter 33: testing the key-value server of chapter 24 over loopback.
//! Each test starts its own server on 127.0.0.1, port 0, and talks to it
//! with a client in the same test; a bad request must get its `ERR` line
//! and leave the connection working.
//! Run it: cargo test -p listings --test ch33-server

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

// The server, as chapter 24 left it (listings/examples/ch24-bad-input.rs).

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

const MAX_LINE: usize = 32; // bytes, not counting the newline

enum Line {
    Text(String),
    TooLong,
    NotUtf8,
}

/// Reads one line of at most `MAX_LINE` bytes; `None` at the end of input.
async fn read_line<R: AsyncBufRead + Unpin>(reader: &mut R) -> io::Result<Option<Line>> {
    let mut buf = Vec::new();
    let mut bounded = (&mut *reader).take(MAX_LINE as u64 + 1); // + newline
    if bounded.read_until(b'\n', &mut buf).await? == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop(); // a "\r\n" line end, as `next_line` strips it too
        }
    } else if buf.len() > MAX_LINE {
        skip_rest_of_line(reader).await?;
        return Ok(Some(Line::TooLong));
    } // else the input ended in the middle of a line: take what came
    Ok(Some(match String::from_utf8(buf) {
        Ok(text) => Line::Text(text),
        Err(_) => Line::NotUtf8,
    }))
}

/// Throws bytes away up to and including the next newline, one buffer at
/// a time, so that even an endless line costs no memory.
async fn skip_rest_of_line<R: AsyncBufRead + Unpin>(reader: &mut R) -> io::Result<()> {
    loop {
        let chunk = reader.fill_buf().await?;
        if chunk.is_empty() {
            return Ok(()); // the input ended
        }
        if let Some(i) = chunk.iter().position(|&b| b == b'\n') {
            reader.consume(i + 1);
            return Ok(());
        }
        let n = chunk.len();
        reader.consume(n);
    }
}

async fn handle(socket: TcpStream, db: Db) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut reader = BufReader::new(reader);
    while let Some(line) = read_line(&mut reader).await? {
        let reply = match line {
            Line::Text(text) => apply(&db, &text), // ERR for what it cannot parse
            Line::TooLong => format!("ERR line longer than {MAX_LINE} bytes"),
            Line::NotUtf8 => "ERR not UTF-8".to_string(),
        };
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

// ANCHOR: helpers
/// Starts a server of its own for one test, on a port the system picks.
/// It runs on the test's runtime, so it stops when the test ends.
async fn start_server() -> io::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));
    Ok(addr)
}

/// A test client: one connection, one request line at a time.
struct Client {
    replies: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
}

impl Client {
    async fn connect(addr: SocketAddr) -> io::Result<Client> {
        let (reader, writer) = TcpStream::connect(addr).await?.into_split();
        let replies = BufReader::new(reader);
        Ok(Client { replies, writer })
    }

    /// Sends raw bytes and returns the reply line, without its newline. A
    /// server that does not answer within 5 s fails the test; without a
    /// limit, it would hang it.
    async fn send(&mut self, bytes: &[u8]) -> io::Result<String> {
        self.writer.write_all(bytes).await?;
        let mut reply = String::new();
        timeout(Duration::from_secs(5), self.replies.read_line(&mut reply))
            .await
            .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "no reply within 5 s"))??;
        Ok(reply.trim_end_matches('\n').to_string())
    }

    async fn ask(&mut self, request: &str) -> io::Result<String> {
        self.send(format!("{request}\n").as_bytes()).await
    }
}
// ANCHOR_END: helpers

// ANCHOR: tests
#[tokio::test]
async fn a_value_set_on_one_connection_is_read_on_another() -> io::Result<()> {
    let addr = start_server().await?;
    let mut ann = Client::connect(addr).await?;
    let mut bob = Client::connect(addr).await?;

    assert_eq!(ann.ask("SET color blue").await?, "OK");
    assert_eq!(bob.ask("GET color").await?, "VALUE blue");
    assert_eq!(bob.ask("GET size").await?, "NONE");
    Ok(())
}

#[tokio::test]
async fn bad_requests_get_an_error_and_the_connection_goes_on() -> io::Result<()> {
    let addr = start_server().await?;
    let mut rogue = Client::connect(addr).await?;

    assert_eq!(rogue.ask("SET color blue").await?, "OK");
    assert_eq!(
        rogue.ask("FLY me to the moon").await?,
        r#"ERR cannot parse "FLY me to the moon""#
    );
    assert_eq!(rogue.send(b"\xff\xfe\n").await?, "ERR not UTF-8");
    let long_line = format!("SET {} x\n", "k".repeat(100));
    assert_eq!(
        rogue.send(long_line.as_bytes()).await?,
        "ERR line longer than 32 bytes"
    );
    assert_eq!(rogue.ask("GET color").await?, "VALUE blue"); // still served
    Ok(())
}
// ANCHOR_END: tests
