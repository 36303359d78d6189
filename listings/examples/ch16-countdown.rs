//! Chapter 16: a future written by hand. `Countdown` returns `Pending` a
//! few times, waking itself each time, then `Ready`. Any executor can run it;
//! here tokio does.
//! Run it: cargo run -p listings --example ch16-countdown

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

// ANCHOR: all
struct Countdown {
    left: u32,
}

impl Future for Countdown {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.left == 0 {
            println!("countdown: polled, 0 left -> Ready");
            return Poll::Ready("liftoff");
        }
        println!("countdown: polled, {} left -> Pending", self.left);
        self.left -= 1;
        // Nothing outside will ever wake this task, so ask to be polled
        // again right away. Returning Pending without this would hang.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let result = Countdown { left: 3 }.await;
    println!("main: {result}");
}
// ANCHOR_END: all
