//! Chapter 30: `child_token()` makes a token that its parent's `cancel()`
//! reaches, but whose own `cancel()` stays below it; `clone()` makes
//! another handle to the same token.
//! Run it: cargo run -p listings --example ch30-child-token

use tokio_util::sync::CancellationToken;

/// Prints which of the tokens are cancelled.
fn report(when: &str, tokens: &[(&str, &CancellationToken)]) {
    let states: Vec<String> = tokens
        .iter()
        .map(|(name, token)| format!("{name} {}", token.is_cancelled()))
        .collect();
    println!("{when}: {}", states.join(", "));
}

// ANCHOR: main
fn main() {
    let server = CancellationToken::new();
    let conn_1 = server.child_token();
    let conn_2 = server.child_token();
    let request = conn_2.child_token(); // a grandchild
    let also_server = server.clone(); // the same token, not a child
    let all = [
        ("server", &server),
        ("conn 1", &conn_1),
        ("conn 2", &conn_2),
        ("request", &request),
    ];

    report("at first", &all);
    conn_1.cancel();
    report("conn_1.cancel()", &all);
    request.cancel();
    report("request.cancel()", &all);
    also_server.cancel();
    report("also_server.cancel()", &all);

    let late = server.child_token();
    println!("a child made now: cancelled {}", late.is_cancelled());
}
// ANCHOR_END: main
