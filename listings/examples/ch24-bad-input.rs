//! Chapter 24: bad input. The server reads lines of at most 32 bytes with
//! `take` + `read_until`, and answers an overlong line, invalid UTF-8 and an
//! unknown command each with an `ERR` line; the connection carries on, and
//! a polite client on another connection is served meanwhile.
//! Run it: cargo run -p listings --example ch24-bad-input

use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};

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

// ANCHOR: read_line
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
// ANCHOR_END: read_line

// ANCHOR: server
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
// ANCHOR_END: server

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
/// A test client: sends raw bytes and prints the reply beside a label.
struct Client {
    name: &'static str,
    replies: BufReader<OwnedReadHalf>,
    writer: OwnedWriteHalf,
}

impl Client {
    async fn connect(name: &'static str, addr: std::net::SocketAddr) -> io::Result<Client> {
        let (reader, writer) = TcpStream::connect(addr).await?.into_split();
        let replies = BufReader::new(reader);
        Ok(Client {
            name,
            replies,
            writer,
        })
    }

    /// Sends `parts` one after another, 300 ms apart, and prints the reply.
    async fn send(&mut self, label: &str, parts: &[&[u8]]) -> io::Result<()> {
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
            self.writer.write_all(part).await?;
        }
        let mut reply = String::new();
        self.replies.read_line(&mut reply).await?;
        println!("{}: {label} -> {}", self.name, reply.trim_end());
        Ok(())
    }

    async fn ask(&mut self, request: &str) -> io::Result<()> {
        let line = format!("{request}\n");
        self.send(request, &[line.as_bytes()]).await
    }
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));

    let mut polite = Client::connect("polite", addr).await?;
    let mut rogue = Client::connect("rogue", addr).await?;
    polite.ask("SET color blue").await?;

    // 100 bytes without a newline, then the rest of the line 300 ms later;
    // the polite client is served in between.
    let parts: [&[u8]; 2] = [&[b'x'; 100], b" and the end of it\n"];
    let label = "a 100-byte line, its end 300 ms later";
    let (r, p) = tokio::join!(rogue.send(label, &parts), polite.ask("GET color"));
    r.and(p)?;

    rogue.send("bytes ff fe", &[b"\xff\xfe\n"]).await?;
    rogue.ask("FLY me to the moon").await?;
    rogue.ask("GET").await?;
    rogue.send(r"GET color\r\n", &[b"GET color\r\n"]).await?; // a CRLF line end
    rogue.ask("GET color").await?; // the connection still works
    polite.ask("GET color").await?;
    Ok(())
}
// ANCHOR_END: main
