//! Chapter 25: lines from an `AsyncBufRead`. tokio's `Lines` is read with
//! `next_line`; `FramedRead` with a `LinesCodec` is a `Stream`. After a
//! decoding error it returns `None` once, which ends a `while let` loop;
//! polled again, it resumes with the next line.
//! Run it: cargo run -p listings --example ch25-lines

use futures::StreamExt;
use tokio::io::AsyncBufReadExt;
use tokio_util::codec::{FramedRead, LinesCodec};

// ANCHOR: all
const INPUT: &[u8] = b"GET /a\nGET /this-path-is-far-too-long\nGET /b\n";

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    // tokio's own lines: a loop on next_line, not a Stream.
    let mut lines = INPUT.lines(); // &[u8] is an AsyncBufRead
    while let Some(line) = lines.next_line().await? {
        println!("next_line: {line}");
    }

    // FramedRead + LinesCodec: a Stream of Result<String, LinesCodecError>.
    let codec = LinesCodec::new_with_max_length(16);
    let mut requests = FramedRead::new(INPUT, codec); // any AsyncRead
    while let Some(line) = requests.next().await {
        match line {
            Ok(line) => println!("framed: {line}"),
            Err(e) => println!("framed: error: {e}"),
        }
    }
    println!("framed: the loop has ended");
    // The None after an error comes once: polled again, FramedRead resumes.
    println!("framed: polled again: {:?}", requests.next().await);
    Ok(())
}
// ANCHOR_END: all
