//! Chapter 29: the first fix. The session lives outside the future that
//! may be cancelled, so the code that owns it calls `close().await` after
//! the work on every path, whether the work finished or timed out.
//! Run it: cargo run -p listings --example ch29-close-every-path

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::{sleep, timeout};

/// The far side of every session: it keeps a session open until it is
/// told goodbye, and saying goodbye takes a round trip.
#[derive(Clone, Default)]
struct Server {
    open: Arc<Mutex<BTreeSet<&'static str>>>,
}

impl Server {
    fn connect(&self, name: &'static str) {
        self.open.lock().unwrap().insert(name);
        println!("{name}: session opened");
    }

    async fn goodbye(&self, name: &'static str) {
        sleep(Duration::from_millis(200)).await; // the round trip
        self.open.lock().unwrap().remove(name);
        println!("server: {name} closed");
    }

    fn still_open(&self) -> Vec<&'static str> {
        self.open.lock().unwrap().iter().copied().collect()
    }
}

struct Session {
    name: &'static str,
    server: Server,
}

impl Session {
    fn open(name: &'static str, server: &Server) -> Session {
        server.connect(name);
        let server = server.clone();
        Session { name, server }
    }

    /// The cleanup: it awaits the server's answer.
    async fn close(self) {
        self.server.goodbye(self.name).await;
    }
}

// ANCHOR: all
/// The work only borrows the session: dropping it leaves the session open.
async fn upload(session: &Session, millis: u64) {
    sleep(Duration::from_millis(millis)).await;
    println!("{}: upload done", session.name);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let server = Server::default();
    for (name, millis) in [("upload 1", 200), ("upload 2", 1000)] {
        let session = Session::open(name, &server);
        let work = timeout(Duration::from_millis(500), upload(&session, millis));
        if work.await.is_err() {
            println!("main: {name} timed out");
        }
        session.close().await; // reached after the work and after a timeout
    }
    println!("main: still open: {:?}", server.still_open());
}
// ANCHOR_END: all
