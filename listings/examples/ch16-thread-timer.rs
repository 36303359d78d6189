//! Chapter 16: a timer future written by hand. Its first poll starts a
//! thread that sleeps, then calls `wake()` on the waker the future stored.
//! It uses nothing from tokio, yet tokio runs it: the Waker is the whole
//! interface between a future and its executor.
//! Run it: cargo run -p listings --example ch16-thread-timer

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::thread;
use std::time::Duration;

// ANCHOR: delay
/// What the future and its timer thread share.
struct Shared {
    done: bool,
    waker: Option<Waker>,
}

struct Delay {
    duration: Duration,
    shared: Arc<Mutex<Shared>>,
    started: bool,
}

impl Delay {
    fn new(duration: Duration) -> Self {
        let shared = Shared {
            done: false,
            waker: None,
        };
        Delay {
            duration,
            shared: Arc::new(Mutex::new(shared)),
            started: false,
        }
    }
}

impl Future for Delay {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut shared = self.shared.lock().unwrap();
        if shared.done {
            println!("delay: polled, time is up -> Ready");
            return Poll::Ready(());
        }
        // The contract: before returning Pending, leave a way to be woken,
        // by the current waker: the task polling us may change. Clone it
        // only if the stored one would wake something else.
        match &shared.waker {
            Some(waker) if waker.will_wake(cx.waker()) => {}
            _ => shared.waker = Some(cx.waker().clone()),
        }
        drop(shared);

        if !self.started {
            self.started = true;
            let shared = Arc::clone(&self.shared);
            let duration = self.duration;
            thread::spawn(move || {
                thread::sleep(duration);
                let waker = {
                    let mut shared = shared.lock().unwrap();
                    shared.done = true;
                    shared.waker.take()
                };
                println!("timer thread: time is up, calling wake()");
                if let Some(waker) = waker {
                    waker.wake();
                }
            });
            println!("delay: first poll, timer thread started -> Pending");
        }
        Poll::Pending
    }
}
// ANCHOR_END: delay

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("main: awaiting a 1 s Delay");
    Delay::new(Duration::from_secs(1)).await;
    println!("main: done");
}
// ANCHOR_END: main
