//! Chapter 16: an executor in about sixty lines. A task is a boxed future
//! plus a way back into the ready queue; waking a task sends it back;
//! `run` polls whatever is in the queue until no task is left. It runs the
//! hand-written `Countdown` and `Delay` futures and a tokio oneshot, with
//! no tokio runtime anywhere.
//! Run it: cargo run -p listings --example ch16-executor

use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::Duration;

use futures::future::{BoxFuture, FutureExt};
use tokio::sync::oneshot;

/// Returns `Pending` `left` times, waking itself each time.
struct Countdown {
    left: u32,
}

impl Future for Countdown {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.left == 0 {
            return Poll::Ready("liftoff");
        }
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// What a `Delay` and its timer thread share.
struct Shared {
    done: bool,
    waker: Option<Waker>,
}

/// Completes after `duration`: its first poll starts a thread that sleeps,
/// then wakes the task.
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
            return Poll::Ready(());
        }
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
        }
        Poll::Pending
    }
}

// ANCHOR: executor
/// A spawned future, and the way back into the executor's ready queue.
/// Any thread may hold a `Waker` and wake it, so a task must be `Send` and
/// `Sync`: shared through an `Arc`, with its future (which is `Send` but
/// not `Sync`) behind a `Mutex`.
struct Task {
    name: &'static str,
    /// `None` once the future has finished.
    future: Mutex<Option<BoxFuture<'static, ()>>>,
    queue: Sender<Arc<Task>>,
}

impl Wake for Task {
    /// Waking a task means putting it back in the ready queue.
    fn wake(self: Arc<Self>) {
        println!("  wake {}", self.name);
        let queue = self.queue.clone();
        let _ = queue.send(self); // fails only if the executor is gone
    }
}

struct Executor {
    ready: Receiver<Arc<Task>>,
    queue: Sender<Arc<Task>>,
}

impl Executor {
    fn new() -> Self {
        let (queue, ready) = channel();
        Executor { ready, queue }
    }

    fn spawn(&self, name: &'static str, future: impl Future<Output = ()> + Send + 'static) {
        let future = Mutex::new(Some(future.boxed()));
        let task = Task {
            name,
            future,
            queue: self.queue.clone(),
        };
        self.queue.send(Arc::new(task)).unwrap();
    }

    /// Polls ready tasks until every task has finished.
    fn run(self) {
        // From now on only tasks and their wakers hold a `Sender`, so once
        // every task is finished and dropped, `recv` returns `Err`.
        drop(self.queue);
        // `recv` blocks while the queue is empty: the executor sleeps
        // until some waker sends a task.
        while let Ok(task) = self.ready.recv() {
            let mut slot = task.future.lock().unwrap();
            let Some(mut future) = slot.take() else {
                continue; // woken after it had already finished
            };
            let waker = Waker::from(Arc::clone(&task));
            let mut cx = Context::from_waker(&waker);
            println!("poll {}", task.name);
            match future.as_mut().poll(&mut cx) {
                Poll::Pending => {
                    println!("  -> Pending");
                    *slot = Some(future);
                }
                Poll::Ready(()) => println!("  -> Ready"),
            }
        }
    }
}
// ANCHOR_END: executor

// ANCHOR: main
fn main() {
    let executor = Executor::new();
    let (report, answer) = oneshot::channel();

    executor.spawn("countdown", async {
        let result = Countdown { left: 2 }.await;
        println!("  countdown: {result}");
    });
    executor.spawn("timer", async move {
        Delay::new(Duration::from_secs(1)).await;
        println!("  timer: 1 s passed, sending the report");
        let _ = report.send("report");
    });
    executor.spawn("waiter", async move {
        match answer.await {
            Ok(text) => println!("  waiter: got {text:?}"),
            Err(error) => println!("  waiter: {error}"),
        }
    });

    executor.run();
    println!("main: every task finished");
}
// ANCHOR_END: main
