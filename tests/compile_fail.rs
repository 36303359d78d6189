//! Every program in `listings/compile-fail/` must fail to compile with
//! exactly the message committed beside it (`<name>.stderr`), which the
//! chapters include. `BLESS=1 cargo test --test compile_fail` rewrites the
//! messages (it sets trybuild's own `TRYBUILD=overwrite`).

mod support;

#[test]
fn compile_fail_listings_give_the_errors_the_book_shows() {
    if support::blessing() {
        std::env::set_var("TRYBUILD", "overwrite");
    }
    trybuild::TestCases::new().compile_fail("listings/compile-fail/*.rs");
}
