//! Chapter 29: cleanup written after the work, as in Python's `finally`,
//! never runs when the future is dropped at an `.await` before it: the
//! timed-out upload leaves its session open on the server.
//! Run it: cargo run -p listings --example ch29-cleanup-skipped

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

// ANCHOR: all
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

async fn upload(name: &'static str, server: &Server, millis: u64) {
    let session = Session::open(name, server);
    sleep(Duration::from_millis(millis)).await; // the work
    println!("{name}: upload done");
    session.close().await; // skipped if the future is dropped above
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let server = Server::default();
    upload("upload 1", &server, 200).await;
    if timeout(
        Duration::from_millis(500),
        upload("upload 2", &server, 1000),
    )
    .await
    .is_err()
    {
        println!("main: upload 2 timed out");
    }
    println!("main: still open: {:?}", server.still_open());
}
// ANCHOR_END: all
