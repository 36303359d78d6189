//! Chapter 25: `asyncio.wait`'s two early returns. `select_all` gives the
//! first future to finish and hands back the others; a loop on
//! `FuturesUnordered` stops at the first error. About 1.2 s, where waiting
//! for everything would take 2.4.
//! Run it: cargo run -p listings --example ch25-wait

use std::time::Duration;

use futures::StreamExt;
use futures::future;
use futures::stream::FuturesUnordered;

/// Prints `<name>: dropped before it finished` when dropped, unless
/// `finish` was called first: shows where a cancellation stopped a future.
struct DropNotice {
    name: String,
    finished: bool,
}

impl DropNotice {
    fn new(name: impl Into<String>) -> DropNotice {
        DropNotice {
            name: name.into(),
            finished: false,
        }
    }

    /// The work is done: drop quietly.
    fn finish(mut self) {
        self.finished = true;
    }
}

impl Drop for DropNotice {
    fn drop(&mut self) {
        if !self.finished {
            println!("{}: dropped before it finished", self.name);
        }
    }
}

// ANCHOR: fetch
async fn fetch(id: u32, millis: u64, fails: bool) -> Result<String, String> {
    let notice = DropNotice::new(format!("fetch {id}"));
    println!("fetch {id}: request sent");
    tokio::time::sleep(Duration::from_millis(millis)).await; // the network
    notice.finish();
    if fails {
        return Err(format!("fetch {id} lost its connection"));
    }
    println!("fetch {id}: response received");
    Ok(format!("record {id}"))
}
// ANCHOR_END: fetch

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    // ANCHOR: first_completed
    // select_all wants futures that are Unpin: Box::pin makes them so.
    let fetches = vec![
        Box::pin(fetch(1, 1200, false)),
        Box::pin(fetch(2, 400, false)),
        Box::pin(fetch(3, 800, false)),
    ];
    let (first, index, rest) = future::select_all(fetches).await;
    println!("main: first was {} at index {index}", first?);
    println!("main: {} not finished, dropping them", rest.len());
    drop(rest); // or keep them, and await them later
    // ANCHOR_END: first_completed

    // ANCHOR: first_exception
    let mut fetches = FuturesUnordered::new();
    fetches.push(fetch(4, 1200, false));
    fetches.push(fetch(5, 800, true));
    fetches.push(fetch(6, 400, false));
    while let Some(result) = fetches.next().await {
        match result {
            Ok(record) => println!("main: kept {record}"),
            Err(e) => {
                println!("main: error: {e}");
                break; // stop at the first error
            }
        }
    }
    drop(fetches); // drops the fetches still running
    // ANCHOR_END: first_exception
    Ok(())
}
