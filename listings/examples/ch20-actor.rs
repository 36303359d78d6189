//! Chapter 20: an actor. One task owns a bank balance and serves requests
//! that arrive on an mpsc channel; each request carries a oneshot `Sender`
//! for its reply. No Mutex: only the actor ever touches the balance.
//! Run it: cargo run -p listings --example ch20-actor

use tokio::sync::{mpsc, oneshot};

// ANCHOR: actor
/// What the account can be asked to do. Each request brings the sending
/// half of a oneshot channel, on which the account sends its answer.
enum Request {
    Deposit {
        amount: u64,
        reply: oneshot::Sender<u64>,
    },
    Balance {
        reply: oneshot::Sender<u64>,
    },
}

/// The actor: the only code that can see `balance`.
async fn account(mut inbox: mpsc::Receiver<Request>) {
    let mut balance = 0;
    while let Some(request) = inbox.recv().await {
        // A failed reply means the asker stopped waiting; nothing to undo.
        match request {
            Request::Deposit { amount, reply } => {
                balance += amount;
                let _ = reply.send(balance);
            }
            Request::Balance { reply } => {
                let _ = reply.send(balance);
            }
        }
    }
    println!("account: every handle is gone, the actor stops");
}
// ANCHOR_END: actor

// ANCHOR: handle
/// What the rest of the program holds: a cheap, cloneable way to ask.
#[derive(Clone)]
struct AccountHandle {
    inbox: mpsc::Sender<Request>,
}

impl AccountHandle {
    fn start() -> (AccountHandle, tokio::task::JoinHandle<()>) {
        let (inbox, requests) = mpsc::channel(16);
        let actor = tokio::spawn(account(requests));
        (AccountHandle { inbox }, actor)
    }

    async fn deposit(&self, amount: u64) -> u64 {
        let (reply, answer) = oneshot::channel();
        let request = Request::Deposit { amount, reply };
        self.inbox.send(request).await.expect("actor running");
        answer.await.expect("the actor always replies")
    }

    async fn balance(&self) -> u64 {
        let (reply, answer) = oneshot::channel();
        let request = Request::Balance { reply };
        self.inbox.send(request).await.expect("actor running");
        answer.await.expect("the actor always replies")
    }
}
// ANCHOR_END: handle

// ANCHOR: main
#[tokio::main]
async fn main() {
    let (account, actor) = AccountHandle::start();

    // Ten client tasks on the worker threads, a hundred deposits each.
    let mut clients = Vec::new();
    for _ in 0..10 {
        let account = account.clone();
        clients.push(tokio::spawn(async move {
            for _ in 0..100 {
                account.deposit(1).await;
            }
        }));
    }
    for client in clients {
        client.await.unwrap();
    }
    let balance = account.balance().await;
    println!("main: balance after 10 x 100 deposits of 1: {balance}");

    drop(account); // the last handle: the actor's recv() now returns None
    actor.await.unwrap();
}
// ANCHOR_END: main
