//! Chapter 16: polling a future by hand, the way the Python snippet drives a
//! coroutine with `send(None)`: pin it, make a `Context`, call `poll` until
//! it returns `Ready`.
//! Run it: cargo run -p listings --example ch16-poll-by-hand

use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

struct Countdown {
    left: u32,
}

impl Future for Countdown {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.left == 0 {
            return Poll::Ready(());
        }
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

// ANCHOR: main
async fn fetch() -> String {
    println!("fetch: started");
    Countdown { left: 2 }.await;
    let data = String::from("data");
    println!("fetch: got {data:?}");
    data.to_uppercase()
}

fn main() {
    // `poll` needs the future pinned: it must not move once polled.
    let mut future = pin!(fetch());
    // A waker that does nothing: this driver polls in a loop anyway.
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    let result = loop {
        polls += 1;
        match future.as_mut().poll(&mut cx) {
            Poll::Pending => println!("driver: poll {polls} -> Pending"),
            Poll::Ready(value) => break value,
        }
    };
    println!("driver: poll {polls} -> Ready({result:?})");
}
// ANCHOR_END: main
