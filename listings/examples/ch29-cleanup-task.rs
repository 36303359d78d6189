//! Chapter 29: the second fix. The session's `Drop` cannot await, so it
//! sends the session's name to a cleanup task, which says the goodbye.
//! Every path that drops a session, a finished upload or a timed-out one,
//! closes it; `main` waits for the cleanup task before it returns.
//! Run it: cargo run -p listings --example ch29-cleanup-task

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
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

// ANCHOR: guard
/// Opens sessions whose `Drop` hands the goodbye to the cleanup task.
struct Sessions {
    server: Server,
    closer: UnboundedSender<&'static str>,
}

impl Sessions {
    fn open(&self, name: &'static str) -> Session {
        self.server.connect(name);
        let closer = self.closer.clone();
        Session { name, closer }
    }
}

struct Session {
    name: &'static str,
    closer: UnboundedSender<&'static str>,
}

impl Drop for Session {
    fn drop(&mut self) {
        // `send` on an unbounded channel does not await, so `drop` may call
        // it. It fails only if the cleanup task has ended.
        let _ = self.closer.send(self.name);
    }
}

/// The cleanup task: a goodbye for every session dropped, until every
/// sender is gone.
async fn cleanup(server: Server, mut closing: UnboundedReceiver<&'static str>) {
    while let Some(name) = closing.recv().await {
        server.goodbye(name).await;
    }
}
// ANCHOR_END: guard

// ANCHOR: main
async fn upload(name: &'static str, sessions: &Sessions, millis: u64) {
    let _session = sessions.open(name);
    sleep(Duration::from_millis(millis)).await;
    println!("{name}: upload done");
} // `_session` is dropped here, or at the `.await` above if cancelled

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let server = Server::default();
    let (closer, closing) = unbounded_channel();
    let cleaner = tokio::spawn(cleanup(server.clone(), closing));
    let sessions = Sessions {
        server: server.clone(),
        closer,
    };

    upload("upload 1", &sessions, 200).await;
    let second = upload("upload 2", &sessions, 1000);
    if timeout(Duration::from_millis(500), second).await.is_err() {
        println!("main: upload 2 timed out");
    }

    drop(sessions); // the last sender: the cleaner ends after the last goodbye
    cleaner.await.unwrap();
    println!("main: still open: {:?}", server.still_open());
}
// ANCHOR_END: main
