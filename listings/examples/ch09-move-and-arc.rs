//! Chapter 9: the two ways to give a spawned task data it may keep as long
//! as it likes: move the data into it, or share it through an `Arc`.
//! Run it: cargo run -p listings --example ch09-move-and-arc

use std::sync::Arc;
use std::time::Duration;

async fn greet(names: &[String]) {
    for name in names {
        tokio::time::sleep(Duration::from_millis(100)).await;
        println!("hello, {name}");
    }
}

#[tokio::main]
async fn main() {
    // ANCHOR: move
    let names = vec![String::from("Ada"), String::from("Grace")];
    // `async move` moves `names` into the task: the task owns it now, and
    // `greet` borrows from the task's own data.
    let greeter = tokio::spawn(async move {
        greet(&names).await;
        names // hand the list back when done
    });
    // `names` is moved: using it here would not compile. Get it back from
    // the task instead.
    let names = greeter.await.unwrap();
    println!("main: got {} names back", names.len());
    // ANCHOR_END: move

    // ANCHOR: arc
    let names = Arc::new(vec![String::from("Edsger"), String::from("Barbara")]);
    // A second pointer to the same list, for the task to own.
    let for_greeter = Arc::clone(&names);
    let greeter = tokio::spawn(async move {
        greet(&for_greeter).await;
    });
    greeter.await.unwrap();
    let list = names.join(", ");
    println!("main: still has {} names: {list}", names.len());
    // ANCHOR_END: arc
}
