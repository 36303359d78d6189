//! Renders the whole book to HTML, as `mdbook build` does, and fails on any
//! error or warning mdBook logs. mdBook itself only logs some of them (an
//! unknown `[output.html]` key even drops the whole table) and exits 0.

mod support;

use mdbook_driver::MDBook;
use support::mdbook_log::with_mdbook_log;

#[test]
fn the_book_renders_without_errors_or_warnings() {
    let out = tempfile::tempdir().unwrap();
    let (result, log) = with_mdbook_log(|| {
        let mut book = MDBook::load(support::root())?;
        book.config.build.build_dir = out.path().to_owned();
        book.build()
    });
    if let Err(e) = result {
        panic!("mdBook failed to render the book: {e:#}\n{log}");
    }
    assert!(log.is_empty(), "mdBook logged problems while rendering the book:\n{log}");

    // The callout style is linked from every page (mdBook adds a hash to
    // the file name), and the Run button sends edition 2021, not 2015.
    let mut pages_with_runnable_code = 0;
    for entry in std::fs::read_dir(out.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let page = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(page.contains("href=\"theme/asyncio-"), "{name} does not link theme/asyncio.css");
        if page.contains("class=\"playground\"") {
            pages_with_runnable_code += 1;
            assert!(page.contains("edition2021"), "{name}: runnable code without edition2021");
        }
    }
    assert!(pages_with_runnable_code > 0, "no page has a Run button");
}
