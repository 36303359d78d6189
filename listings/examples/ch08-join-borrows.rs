//! Chapter 8: the futures in `join!` run inside the current task, so they
//! may borrow local variables and hold an `Rc` across an `.await`, even on
//! the multi-thread runtime, where `tokio::spawn` would refuse both.
//! Run it: cargo run -p listings --example ch08-join-borrows

use std::rc::Rc;
use std::time::Duration;

// ANCHOR: all
/// Borrows the words; returns a borrow of one of them.
async fn longest(words: &[String]) -> &str {
    tokio::time::sleep(Duration::from_millis(200)).await;
    let longest = words.iter().max_by_key(|word| word.len());
    longest.map_or("", |word| word.as_str())
}

/// Borrows the same words at the same time.
async fn letters(words: &[String]) -> usize {
    tokio::time::sleep(Duration::from_millis(400)).await;
    words.iter().map(|word| word.len()).sum()
}

#[tokio::main] // the multi-thread runtime, as in chapter 4's compile error
async fn main() {
    let words = Vec::from(["join", "borrows", "locals"].map(String::from));
    let settings = async {
        let settings = Rc::new(String::from("retries = 3")); // not Send
        tokio::time::sleep(Duration::from_millis(600)).await; // held across it
        format!("still have {settings}")
    };

    let (longest, letters, settings) = tokio::join!(longest(&words), letters(&words), settings);

    println!("longest word: {longest}");
    println!("letters in all: {letters}");
    println!("settings: {settings}");
    println!("main: the Vec is still mine: {words:?}");
}
// ANCHOR_END: all
