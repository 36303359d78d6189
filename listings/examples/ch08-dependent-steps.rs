//! Chapter 8: steps that need each other's results are awaited in order;
//! only the independent ones are joined. Login (500 ms), then profile
//! (1000 ms) and settings (800 ms) together: about 1.5 s.
//! Run it: cargo run -p listings --example ch08-dependent-steps

use std::time::Duration;

// ANCHOR: all
async fn login(user: &str) -> String {
    println!("login: started");
    tokio::time::sleep(Duration::from_millis(500)).await;
    println!("login: finished");
    format!("token-for-{user}")
}

async fn fetch_profile(token: &str) -> String {
    println!("profile: started with {token}");
    tokio::time::sleep(Duration::from_millis(1000)).await;
    println!("profile: finished");
    String::from("Ada Lovelace")
}

async fn fetch_settings(token: &str) -> String {
    println!("settings: started with {token}");
    tokio::time::sleep(Duration::from_millis(800)).await;
    println!("settings: finished");
    String::from("dark mode")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Both fetches need the token, so login must finish first.
    let token = login("ada").await;
    // Neither fetch needs the other: run them together.
    let (profile, settings) = tokio::join!(fetch_profile(&token), fetch_settings(&token));
    println!("main: {profile}, {settings}");
}
// ANCHOR_END: all
