//! Chapter 9: a spawned task must be `'static`: it may not borrow a local
//! variable of the function that spawns it, even one that is awaited later.

use std::time::Duration;

// ANCHOR: main
async fn greet(names: &[String]) {
    for name in names {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("hello, {name}");
    }
}

#[tokio::main]
async fn main() {
    let names = vec![String::from("Ada"), String::from("Grace")];
    let greeter = tokio::spawn(greet(&names));
    greeter.await.unwrap();
    println!("main still has {} names", names.len());
}
// ANCHOR_END: main
