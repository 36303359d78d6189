//! Every program in `listings/compile-fail/` must fail to compile with
//! exactly the message committed beside it (`<name>.stderr`), which the
//! chapters include. trybuild compiles them as the workspace's edition,
//! 2024. `BLESS=1 cargo test --test compile_fail` rewrites the messages (it
//! sets trybuild's own `TRYBUILD=overwrite`).

mod support;

#[test]
fn compile_fail_listings_give_the_errors_the_book_shows() {
    if support::blessing() {
        // SAFETY: this binary's only test sets the variable before trybuild
        // starts any thread that could read the environment.
        unsafe { std::env::set_var("TRYBUILD", "overwrite") };
    }
    let pattern = format!(
        "listings/compile-fail/{}*.rs",
        support::chapter().unwrap_or("")
    );
    let cases = glob_count(&pattern);
    if cases == 0 {
        return; // CHAPTER names a chapter without compile-fail listings
    }
    trybuild::TestCases::new().compile_fail(pattern);
}

/// How many files `listings/compile-fail/PREFIX*.rs` matches (trybuild
/// fails on a pattern that matches nothing).
fn glob_count(pattern: &str) -> usize {
    let (dir, prefix) = pattern.rsplit_once('/').unwrap();
    let prefix = prefix.trim_end_matches("*.rs");
    std::fs::read_dir(support::root().join(dir))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with(prefix) && name.ends_with(".rs"))
        .count()
}
