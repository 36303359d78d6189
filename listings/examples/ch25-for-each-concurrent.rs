//! Chapter 25: `for_each_concurrent(2, ..)` runs an async closure on every
//! item of a stream, at most two at a time, on one task. Four uploads take
//! about 1.2 s, where one at a time would take 2.2.
//! Run it: cargo run -p listings --example ch25-for-each-concurrent

use std::time::Duration;

use futures::stream::{self, StreamExt};

// ANCHOR: all
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let uploads = [(1, 400), (2, 800), (3, 600), (4, 400)];
    stream::iter(uploads)
        .for_each_concurrent(2, |(id, millis)| async move {
            println!("upload {id}: started");
            tokio::time::sleep(Duration::from_millis(millis)).await;
            println!("upload {id}: done");
        })
        .await;
    println!("main: all uploads done");
}
// ANCHOR_END: all
