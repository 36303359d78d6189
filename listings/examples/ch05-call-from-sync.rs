//! Chapter 5: synchronous code calls an `async fn` through `block_on`.
//! Run it: cargo run -p listings --example ch05-call-from-sync

// ANCHOR: all
fn double(x: u32) -> u32 {
    x * 2
}

async fn double_later(x: u32) -> u32 {
    double(x) // async code calls regular code as usual
}

fn main() {
    assert_eq!(double(2), 4);
    let future = double_later(2); // allowed, but runs nothing yet
    assert_eq!(futures::executor::block_on(future), 4);
}
// ANCHOR_END: all
