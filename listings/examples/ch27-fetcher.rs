//! Chapter 27: a concurrent fetcher. It starts its own server, then fetches
//! eight items from it, at most three in flight, with a timeout on each
//! request and retries with backoff: about 3.3 s, not the 9.3 s of one at a
//! time. A client that sends a bad line meanwhile gets `400 bad request`.
//! Run it: cargo run -p listings --example ch27-fetcher

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use tokio::time::{sleep, timeout};

// ANCHOR: server
/// The server's items: id, how long it takes over each, and its answer.
const ITEMS: [(u32, u64, &str); 8] = [
    (1, 500, "200 anchor"),
    (2, 300, "200 bridge"),
    (3, 600, "200 candle"),
    (4, 800, "200 delta"),
    (5, 400, "200 ember"),
    (6, 1000, "404 no such item"),
    (7, 1000, "200 garnet"),
    (8, 800, "200 harbor"),
];

/// What the server does with the `attempt`-th request for item `id`: how
/// long it waits, then the line it answers (`None`: it hangs up instead).
fn reply(id: u32, attempt: u32) -> (Duration, Option<&'static str>) {
    let Some(&(_, millis, line)) = ITEMS.iter().find(|item| item.0 == id) else {
        return (Duration::ZERO, Some("404 no such item"));
    };
    let delay = Duration::from_millis(millis);
    match (id, attempt) {
        (3, 1) => (Duration::from_millis(2500), Some(line)), // 1 s past the limit
        (4, 1) => (delay, Some("503 busy")),
        (4, 2) => (delay, None), // hangs up without a word
        _ => (delay, Some(line)),
    }
}

/// Accepts connections for ever, one task each (chapter 24).
async fn serve(listener: TcpListener) {
    let attempts = Arc::new(Mutex::new(HashMap::new())); // id -> requests so far
    loop {
        match listener.accept().await {
            Ok((stream, _)) => {
                let attempts = Arc::clone(&attempts);
                tokio::spawn(async move {
                    // A client that hangs up early makes the write fail: nothing to do.
                    let _ = answer(stream, &attempts).await;
                });
            }
            Err(e) => {
                // Such as out of file descriptors: pause rather than spin.
                println!("server: accept failed: {e}");
                sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

/// Reads one request line, `GET <id>`, and answers one line.
async fn answer(stream: TcpStream, attempts: &Mutex<HashMap<u32, u32>>) -> io::Result<()> {
    let mut stream = BufReader::new(stream);
    let mut request = Vec::new();
    stream.read_until(b'\n', &mut request).await?; // bytes: they may not be UTF-8
    let id = std::str::from_utf8(&request)
        .ok()
        .and_then(|line| line.trim_end_matches(['\r', '\n']).strip_prefix("GET "))
        .and_then(|id| id.parse::<u32>().ok());
    let (delay, line) = match id {
        Some(id) => {
            let attempt = {
                let mut attempts = attempts.lock().unwrap(); // never held across an .await
                let count = attempts.entry(id).or_insert(0);
                *count += 1;
                *count
            };
            reply(id, attempt)
        }
        None => (Duration::ZERO, Some("400 bad request")), // not UTF-8, or not `GET <u32>`
    };
    sleep(delay).await;
    if let Some(line) = line {
        stream.write_all(format!("{line}\n").as_bytes()).await?;
    }
    Ok(()) // dropping the stream closes the connection
}
// ANCHOR_END: server

// ANCHOR: fetch
/// At most this long for one request, from connecting to the answer.
const LIMIT: Duration = Duration::from_millis(1500);
/// The pauses before the second and the third attempt; there is no fourth.
const BACKOFF: [Duration; 2] = [Duration::from_millis(200), Duration::from_millis(400)];

#[derive(Debug)]
enum FetchError {
    TimedOut,
    Closed,
    Status(u16, String),
    Io(io::Error),
}

impl FetchError {
    /// Worth another try? Not when the server said the item does not exist.
    fn is_retryable(&self) -> bool {
        !matches!(self, FetchError::Status(code, _) if *code < 500)
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::TimedOut => write!(f, "timed out"),
            FetchError::Closed => write!(f, "connection closed"),
            FetchError::Status(code, reason) => write!(f, "{code} {reason}"),
            FetchError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for FetchError {}

impl From<io::Error> for FetchError {
    fn from(error: io::Error) -> FetchError {
        FetchError::Io(error)
    }
}

/// One request: connect, send `GET <id>`, read the answer line.
async fn get(addr: SocketAddr, id: u32) -> Result<String, FetchError> {
    let mut stream = BufReader::new(TcpStream::connect(addr).await?);
    stream.write_all(format!("GET {id}\n").as_bytes()).await?;
    let mut line = String::new();
    if stream.read_line(&mut line).await? == 0 {
        return Err(FetchError::Closed); // end of stream before any answer
    }
    let (code, rest) = line.trim_end().split_once(' ').unwrap_or(("", ""));
    match code.parse::<u16>() {
        Ok(200) => Ok(rest.to_string()),
        Ok(code) => Err(FetchError::Status(code, rest.to_string())),
        Err(_) => Err(io::Error::new(io::ErrorKind::InvalidData, "not an answer line").into()),
    }
}

/// Up to three attempts, each under `LIMIT`, with a pause between them.
async fn fetch_with_retries(addr: SocketAddr, slot: usize, id: u32) -> Result<String, FetchError> {
    let mut pauses = BACKOFF.iter();
    let mut attempt = 1;
    loop {
        match attempt {
            1 => println!("slot {slot}: GET {id}"),
            _ => println!("slot {slot}: GET {id}, try {attempt}"),
        }
        let error = match timeout(LIMIT, get(addr, id)).await {
            Ok(Ok(body)) => {
                println!("slot {slot}: item {id} ok, {body}");
                return Ok(body);
            }
            Ok(Err(error)) => error,
            Err(_elapsed) => FetchError::TimedOut, // the request was dropped
        };
        match pauses.next() {
            Some(pause) if error.is_retryable() => {
                let millis = pause.as_millis();
                println!("slot {slot}: {error}, waiting {millis} ms");
                sleep(*pause).await;
                attempt += 1;
            }
            _ => {
                println!("slot {slot}: {error}, giving up");
                return Err(error);
            }
        }
    }
}
// ANCHOR_END: fetch

// ANCHOR: main
/// A client that sends the server a line that is not a request, at 0.7 s.
async fn rogue(addr: SocketAddr) -> io::Result<()> {
    sleep(Duration::from_millis(700)).await;
    let mut stream = BufReader::new(TcpStream::connect(addr).await?);
    stream.write_all(b"GET four\n").await?;
    let mut answer = String::new();
    stream.read_line(&mut answer).await?;
    println!("rogue: GET four -> {}", answer.trim_end());
    Ok(())
}

/// At most this many requests in flight.
const SLOTS: usize = 3;

type Done = (usize, u32, Result<String, FetchError>); // slot, id, outcome

/// Starts fetching item `id` in `slot`, as a task in `set`.
fn start(set: &mut JoinSet<Done>, addr: SocketAddr, slot: usize, id: u32) {
    set.spawn(async move { (slot, id, fetch_with_retries(addr, slot, id).await) });
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(serve(listener));
    let rogue = tokio::spawn(rogue(addr)); // while the fetches run

    let wanted: Vec<u32> = (1..=8).collect();
    let mut queue = wanted.iter().copied();
    let mut set = JoinSet::new();
    for slot in 1..=SLOTS {
        if let Some(id) = queue.next() {
            start(&mut set, addr, slot, id);
        }
    }
    let mut results = HashMap::new();
    while let Some(joined) = set.join_next().await {
        let (slot, id, result) = joined.expect("a fetch task panicked");
        results.insert(id, result);
        println!("progress: {} of {} done", results.len(), wanted.len());
        if let Some(next) = queue.next() {
            start(&mut set, addr, slot, next); // the freed slot takes the next item
        }
    }

    rogue.await??; // long done; `?` turns a `JoinError` into an `io::Error`

    println!("in input order:");
    for id in &wanted {
        match &results[id] {
            Ok(body) => println!("item {id} -> {body}"),
            Err(error) => println!("item {id} -> failed ({error})"),
        }
    }
    let ok = results.values().filter(|result| result.is_ok()).count();
    println!("{ok} ok, {} failed", results.len() - ok);
    Ok(())
}
// ANCHOR_END: main
