//! Chapter 18: `try_acquire` takes a permit only if one is free right now,
//! and otherwise says no at once instead of waiting. It is not async.
//! Run it: cargo run -p listings --example ch18-try-acquire

use tokio::sync::{Semaphore, SemaphorePermit, TryAcquireError};

// ANCHOR: all
fn admit(limit: &Semaphore, n: u32) -> Option<SemaphorePermit<'_>> {
    match limit.try_acquire() {
        Ok(permit) => {
            println!("request {n}: admitted");
            Some(permit)
        }
        Err(TryAcquireError::NoPermits) => {
            println!("request {n}: busy, try again later");
            None
        }
        Err(TryAcquireError::Closed) => {
            println!("request {n}: shutting down");
            None
        }
    }
}

fn main() {
    let limit = Semaphore::new(2);
    let first = admit(&limit, 1);
    let _second = admit(&limit, 2);
    let third = admit(&limit, 3); // both permits are taken
    assert!(third.is_none());
    drop(first); // request 1 is finished: its permit goes back
    let fourth = admit(&limit, 4);
    assert!(fourth.is_some());
}
// ANCHOR_END: all
