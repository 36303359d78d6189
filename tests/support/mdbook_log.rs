//! mdBook reports a broken `{{#include}}`, or a book.toml key it does not
//! know, as a log line and carries on. This collects those lines so that
//! build.rs and the render test can fail on them.
//!
//! Shared by build.rs (`#[path]`) and the tests (`support::mdbook_log`).

use std::io;
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct SharedBuffer(Arc<Mutex<Vec<u8>>>);

impl io::Write for SharedBuffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Runs `f` and returns what it returned together with every warning and
/// error that mdBook logged meanwhile (empty when all went well).
pub fn with_mdbook_log<T>(f: impl FnOnce() -> T) -> (T, String) {
    let buffer = SharedBuffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_ansi(false)
        .without_time()
        .with_writer(move || writer.clone())
        .finish();
    let value = tracing::subscriber::with_default(subscriber, f);
    let log = String::from_utf8_lossy(&buffer.0.lock().unwrap()).into_owned();
    (value, log)
}
