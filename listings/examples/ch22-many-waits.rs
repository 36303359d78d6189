//! Chapter 22: 300 waits of 100 ms, as tokio tasks and as OS threads. Both
//! overlap their waits; creating the tasks is much cheaper.
//! Run it: cargo run -p listings --example ch22-many-waits

use std::time::{Duration, Instant};

// ANCHOR: all
const WAITERS: usize = 300;
const WAIT: Duration = Duration::from_millis(100);

async fn with_tasks() -> Run {
    let start = Instant::now();
    let mut waiters = Vec::new();
    for _ in 0..WAITERS {
        waiters.push(tokio::spawn(tokio::time::sleep(WAIT)));
    }
    let created = start.elapsed();
    for waiter in waiters {
        waiter.await.unwrap();
    }
    Run {
        created,
        total: start.elapsed(),
    }
}

/// The same with one OS thread per wait. This is blocking code, so `main`
/// runs it with `spawn_blocking` (chapter 21).
fn with_threads() -> Run {
    let start = Instant::now();
    let mut waiters = Vec::new();
    for _ in 0..WAITERS {
        waiters.push(std::thread::spawn(|| std::thread::sleep(WAIT)));
    }
    let created = start.elapsed();
    for waiter in waiters {
        waiter.join().unwrap();
    }
    Run {
        created,
        total: start.elapsed(),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (mut tasks, mut threads) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        tasks.push(with_tasks().await);
        threads.push(tokio::task::spawn_blocking(with_threads).await.unwrap());
    }
    let (tasks, threads) = (best(&tasks), best(&threads));
    println!("300 tasks:   the waits {}", overlapped(&tasks));
    println!("300 threads: the waits {}", overlapped(&threads));
    let share = if tasks.created * 5 < threads.created {
        "less than a fifth of"
    } else {
        "more than a fifth of"
    };
    println!("creating the tasks took {share} the time creating the threads took");
}
// ANCHOR_END: all

/// What one run took: creating the waiters, and the whole run.
struct Run {
    created: Duration,
    total: Duration,
}

/// The best of several runs: a busy machine makes some of them slow.
fn best(runs: &[Run]) -> Run {
    Run {
        created: runs.iter().map(|run| run.created).min().unwrap(),
        total: runs.iter().map(|run| run.total).min().unwrap(),
    }
}

fn overlapped(run: &Run) -> &'static str {
    // One after another, the waits would take 30 s.
    if run.total < Duration::from_secs(1) {
        "overlapped"
    } else {
        "did not overlap"
    }
}
