//! Every program in `listings/compile-fail/` must fail to compile with
//! exactly the message committed beside it (`<name>.stderr`), which the
//! chapters include. trybuild compiles them as the workspace's edition,
//! 2024, against this package's dependencies only (tokio, futures,
//! tokio-util), which is why this test lives here and not in `tests/`:
//! there, trybuild would first check mdBook and the other test tools again.
//! `BLESS=1 cargo test --test compile_fail` rewrites the messages (it sets
//! trybuild's own `TRYBUILD=overwrite`). `CHAPTER=ch17` checks only the
//! files whose name starts with `ch17`.

#[test]
fn compile_fail_listings_give_the_errors_the_book_shows() {
    if std::env::var_os("BLESS").is_some() {
        // SAFETY: this binary's only test sets the variable before trybuild
        // starts any thread that could read the environment.
        unsafe { std::env::set_var("TRYBUILD", "overwrite") };
    }
    let chapter = std::env::var("CHAPTER").unwrap_or_default();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("compile-fail");
    let any = std::fs::read_dir(&dir).unwrap().any(|entry| {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        name.starts_with(&chapter) && name.ends_with(".rs")
    });
    // trybuild fails on a pattern that matches nothing: CHAPTER may name a
    // chapter without compile-fail listings.
    if any {
        trybuild::TestCases::new().compile_fail(format!("compile-fail/{chapter}*.rs"));
    }
}
