//! Chapter 17 (edition 2024 only): the temporary guard in a block's tail
//! expression is dropped before the block's locals, so it may lock a mutex
//! that is one of them. In edition 2021 the guard outlived the mutex:
//! E0597, "`cache` does not live long enough".
//! Run it: cargo run -p listings --example ch17-tail-guard

use std::sync::Mutex;

// ANCHOR: all
fn count(names: Vec<String>) -> usize {
    let cache = Mutex::new(names);
    cache.lock().unwrap().len() // the guard is dropped before `cache`
}

fn main() {
    let names = vec![String::from("ada"), String::from("grace")];
    println!("main: {} names in the cache", count(names));
}
// ANCHOR_END: all
