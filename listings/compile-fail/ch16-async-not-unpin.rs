//! Chapter 16: the future of an `async fn` is never `Unpin`, even one with
//! no borrow and no `.await` at all, so `Pin::new` refuses it. `pin!` or
//! `Box::pin` pins any future.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Waker};

// ANCHOR: main
async fn answer() -> u32 {
    42 // no locals, no .await: nothing could point into this future
}

fn main() {
    let mut future = answer();
    let mut cx = Context::from_waker(Waker::noop());
    // Pin::new pins only what is Unpin, that is, what does not need it.
    let _ = Pin::new(&mut future).poll(&mut cx);
}
// ANCHOR_END: main
