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
    // trybuild fails on a pattern that matches nothing: CHAPTER may name a
    // chapter without compile-fail listings.
    if support::selected_files("listings/compile-fail", "rs").is_empty() {
        return;
    }
    let chapter = support::chapter().unwrap_or("");
    trybuild::TestCases::new().compile_fail(format!("listings/compile-fail/{chapter}*.rs"));
}
