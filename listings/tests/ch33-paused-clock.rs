//! Chapter 33: tests on a paused clock (`start_paused = true`, tokio's
//! `test-util` feature). A 30 s timeout and five minutes of retries run in
//! milliseconds; `advance` moves the clock by hand; and a paused clock does
//! not wait for a server outside the runtime.
//! Run it: cargo test -p listings --test ch33-paused-clock

use std::cell::RefCell;
use std::future::Future;
use std::io::{self, BufRead, Write};
use std::net::SocketAddr;
use std::thread;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::{Instant, sleep, timeout};

// ANCHOR: client
const REPLY_TIMEOUT: Duration = Duration::from_secs(30);

/// Sends one request line and returns the reply line. A server that says
/// nothing for 30 s gets an error of kind `TimedOut`.
async fn ask(addr: SocketAddr, request: &str) -> io::Result<String> {
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(format!("{request}\n").as_bytes()).await?;
    let mut lines = BufReader::new(stream).lines();
    match timeout(REPLY_TIMEOUT, lines.next_line()).await {
        Ok(line) => line?.ok_or_else(|| io::Error::from(io::ErrorKind::UnexpectedEof)),
        Err(_) => Err(io::Error::new(
            io::ErrorKind::TimedOut,
            "no reply within 30 s",
        )),
    }
}

/// Accepts connections and reads what comes, but never answers.
async fn silent_server(listener: TcpListener) -> io::Result<()> {
    loop {
        let (mut socket, _peer) = listener.accept().await?;
        tokio::spawn(async move {
            let mut ignored = Vec::new();
            let _ = socket.read_to_end(&mut ignored).await; // until the client hangs up
        });
    }
}
// ANCHOR_END: client

// ANCHOR: timeout_test
#[tokio::test(start_paused = true)]
async fn the_client_gives_up_on_a_silent_server_after_30_s() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(silent_server(listener));

    let wall = std::time::Instant::now(); // the real clock
    let start = Instant::now(); // tokio's clock, paused
    let error = ask(addr, "GET color").await.unwrap_err();

    assert_eq!(error.kind(), io::ErrorKind::TimedOut);
    assert!(start.elapsed() >= Duration::from_secs(30)); // on tokio's clock
    assert!(wall.elapsed() < Duration::from_secs(1)); // on the wall's: not 30 s
    Ok(())
}
// ANCHOR_END: timeout_test

// ANCHOR: advance
const TTL: Duration = Duration::from_secs(60);

/// A value that is good for 60 s, on tokio's clock.
struct Cached<T> {
    value: T,
    stored_at: Instant,
}

impl<T: Clone> Cached<T> {
    fn new(value: T) -> Cached<T> {
        let stored_at = Instant::now();
        Cached { value, stored_at }
    }

    fn get(&self) -> Option<T> {
        (self.stored_at.elapsed() < TTL).then(|| self.value.clone())
    }
}

#[tokio::test(start_paused = true)]
async fn a_cached_value_expires_after_60_s() {
    let cached = Cached::new("blue");
    tokio::time::advance(Duration::from_secs(59)).await;
    assert_eq!(cached.get(), Some("blue"));
    tokio::time::advance(Duration::from_secs(1)).await;
    assert_eq!(cached.get(), None);
}
// ANCHOR_END: advance

// ANCHOR: retry
const FIRST_DELAY: Duration = Duration::from_secs(10);
const MAX_DELAY: Duration = Duration::from_secs(60);
const GIVE_UP_AFTER: Duration = Duration::from_secs(5 * 60);

/// Calls `attempt` until it succeeds. Waits 10 s after the first failure
/// and twice as long after each one after it, but never more than 60 s;
/// a failure once 5 minutes have passed is the last.
async fn retry<T, E, F, Fut>(mut attempt: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let start = Instant::now();
    let mut delay = FIRST_DELAY;
    loop {
        match attempt().await {
            Ok(value) => return Ok(value),
            Err(e) if start.elapsed() >= GIVE_UP_AFTER => return Err(e),
            Err(_) => {
                sleep(delay).await;
                delay = (delay * 2).min(MAX_DELAY);
            }
        }
    }
}
// ANCHOR_END: retry

/// A service that fails its first `failures` calls, and notes when each
/// call came, on tokio's clock, since it was made.
struct Flaky {
    failures: usize,
    start: Instant,
    calls: RefCell<Vec<Duration>>,
}

impl Flaky {
    fn new(failures: usize) -> Flaky {
        let start = Instant::now();
        let calls = RefCell::new(Vec::new());
        Flaky {
            failures,
            start,
            calls,
        }
    }

    async fn call(&self) -> Result<&'static str, &'static str> {
        let mut calls = self.calls.borrow_mut();
        calls.push(self.start.elapsed());
        if calls.len() > self.failures {
            Ok("VALUE blue")
        } else {
            Err("ERR busy")
        }
    }
}

// ANCHOR: retry_tests
/// Whole seconds as `Duration`s: a paused clock lands on them exactly.
fn seconds(list: &[u64]) -> Vec<Duration> {
    list.iter().map(|&s| Duration::from_secs(s)).collect()
}

#[tokio::test(start_paused = true)]
async fn retry_waits_longer_after_each_failure() {
    let service = Flaky::new(4);
    let wall = std::time::Instant::now();

    assert_eq!(retry(|| service.call()).await, Ok("VALUE blue"));
    assert_eq!(*service.calls.borrow(), seconds(&[0, 10, 30, 70, 130]));
    assert!(wall.elapsed() < Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn retry_gives_up_after_five_minutes() {
    let service = Flaky::new(usize::MAX); // never recovers
    let (start, wall) = (Instant::now(), std::time::Instant::now());

    assert_eq!(retry(|| service.call()).await, Err("ERR busy"));
    let schedule = [0, 10, 30, 70, 130, 190, 250, 310];
    assert_eq!(*service.calls.borrow(), seconds(&schedule));
    assert!(start.elapsed() >= Duration::from_secs(310)); // over 5 minutes
    assert!(wall.elapsed() < Duration::from_secs(1)); // in under a second
}
// ANCHOR_END: retry_tests

// ANCHOR: outside
/// A server outside the runtime, on a thread of its own: it answers one
/// connection's request after `delay` of real time.
fn slow_server(listener: std::net::TcpListener, delay: Duration) -> io::Result<()> {
    let (socket, _peer) = listener.accept()?;
    let mut request = String::new();
    io::BufReader::new(&socket).read_line(&mut request)?;
    thread::sleep(delay);
    (&socket).write_all(b"VALUE blue\n")
}

#[tokio::test(start_paused = true)]
async fn a_paused_clock_does_not_wait_for_a_thread() -> io::Result<()> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    thread::spawn(move || slow_server(listener, Duration::from_secs(1)));

    let error = ask(addr, "GET color").await.unwrap_err();
    assert_eq!(error.kind(), io::ErrorKind::TimedOut); // the answer was 1 s away
    Ok(())
}

#[tokio::test(start_paused = true)]
async fn a_blocking_task_holds_the_paused_clock() -> io::Result<()> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    let server =
        tokio::task::spawn_blocking(move || slow_server(listener, Duration::from_millis(300)));

    let start = Instant::now();
    assert_eq!(ask(addr, "GET color").await?, "VALUE blue");
    assert_eq!(start.elapsed(), Duration::ZERO); // the clock did not move
    server.await??;
    Ok(())
}
// ANCHOR_END: outside
