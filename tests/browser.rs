//! The rendered book in a real browser: headless Chromium, driven over the
//! DevTools protocol (chromiumoxide), opens every page the way a reader
//! does and checks what the reader sees:
//! - every page loads with no console error, and asks for nothing but the
//!   book's files and the playground;
//! - every Run button sends the listing's whole program (its hidden lines
//!   included) as the workspace's edition, and shows what the listing
//!   printed when the tests ran it;
//! - every figure a chapter includes is visible, with a size;
//! - at 400 px wide nothing reaches past a page's right edge, except in
//!   code blocks and tables, which scroll inside themselves;
//! - in each of mdBook's five themes, the "Coming from asyncio" callouts
//!   and the figures keep a contrast of at least 4.5:1;
//! - search finds each chapter that has a word no other page has by that
//!   word;
//! - the 404 page finds its styles under the site's address.
//!
//! No request leaves the browser. Request interception answers every one:
//! the book's files from the folder mdBook rendered it to, served at
//! `https://book.test` under book.toml's `site-url`, as GitHub Pages serves
//! a project page; the playground's two calls with a stand-in that records
//! the program it was sent and answers with the listing's recorded output;
//! anything else is refused and fails the test. Each test starts its own
//! Chromium, with a new profile.
//!
//! They need the `browser` feature, which builds chromiumoxide, and
//! Chromium: `cargo test --features browser --test browser`. Plain `cargo
//! test` builds neither and lists one ignored test that says so. Without
//! Chromium the tests pass and say they were skipped; with `CI` set they
//! fail (`.ci/run` installs Chromium first). `CHAPTER=ch07` checks only
//! chapter 7's page.

mod support;

#[cfg(not(feature = "browser"))]
#[test]
#[ignore = "needs Chromium and the browser feature: cargo test --features browser --test browser"]
fn in_chromium() {}

#[cfg(feature = "browser")]
mod in_chromium {
    use super::support;

    use std::collections::{BTreeMap, HashMap, HashSet};
    use std::path::{Path, PathBuf};
    use std::sync::{Arc, Mutex, OnceLock};
    use std::time::Duration;

    use base64::Engine;
    use base64::prelude::BASE64_STANDARD;
    use chromiumoxide::Page;
    use chromiumoxide::browser::{Browser, BrowserConfig};
    use chromiumoxide::cdp::IntoEventKind;
    use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
    use chromiumoxide::cdp::browser_protocol::fetch::{
        EventRequestPaused, FailRequestParams, FulfillRequestParams, HeaderEntry,
    };
    use chromiumoxide::cdp::browser_protocol::input::{
        DispatchKeyEventParams, DispatchKeyEventType,
    };
    use chromiumoxide::cdp::browser_protocol::log::{
        EnableParams as EnableLog, EventEntryAdded, LogEntryLevel,
    };
    use chromiumoxide::cdp::browser_protocol::network::ErrorReason;
    use chromiumoxide::cdp::js_protocol::runtime::{
        ConsoleApiCalledType, EventConsoleApiCalled, EventExceptionThrown,
    };
    use chromiumoxide::layout::Point;
    use futures::StreamExt;
    use serde_json::{Value, json};
    use tempfile::TempDir;

    /// The address the book is served at, which no network has: every request
    /// is answered by the test.
    const ORIGIN: &str = "https://book.test";
    /// Where mdBook's Run button sends its two requests.
    const PLAYGROUND: &str = "https://play.rust-lang.org";
    /// mdBook's themes, by the id of their button in the theme menu.
    const THEMES: [&str; 5] = ["light", "rust", "coal", "navy", "ayu"];
    /// WCAG's minimum contrast for text.
    const MIN_CONTRAST: f64 = 4.5;

    #[test]
    fn every_page_loads_shows_its_figures_and_runs_its_listings() {
        let Some(chrome) = chrome() else { return };
        let problems = chrome.in_each_page(1280, &site().pages, |tab, page| {
            Box::pin(async move {
                let mut problems = tab.figures_problems(page).await;
                // print.html repeats every chapter; its blocks are theirs.
                if page.source.is_some() {
                    problems.extend(tab.run_buttons_problems(page).await);
                }
                problems
            })
        });
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// mdBook clips its pages sideways (the body's `overflow-x` is hidden),
    /// so what is too wide for a phone does not scroll the page: it is cut
    /// off. At 400 px, nothing in a page's text reaches past the window's right
    /// edge, except inside a code block or a table, and those scroll inside
    /// themselves.
    #[test]
    fn at_400_px_only_code_and_tables_scroll_sideways() {
        let Some(chrome) = chrome() else { return };
        let problems = chrome.in_each_page(400, &site().pages, |tab, page| {
            Box::pin(async move {
                let found = tab.call(TOO_WIDE_JS).await;
                let found = found.as_array().cloned().unwrap_or_default();
                (found.iter())
                    .map(|problem| {
                        format!(
                            "{} at 400 px: {}",
                            page.html,
                            problem.as_str().unwrap_or("?")
                        )
                    })
                    .collect()
            })
        });
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_theme_keeps_callouts_and_figures_readable() {
        let Some(chrome) = chrome() else { return };
        let pages: Vec<BookPage> = (site().pages.iter())
            .filter(|page| page.has_callout || !page.figures.is_empty())
            .cloned()
            .collect();
        assert!(!pages.is_empty(), "no page has a callout or a figure");
        let problems = chrome.in_each_page(1280, &pages, |tab, page| {
            Box::pin(async move {
                let mut problems = Vec::new();
                for theme in THEMES {
                    if let Err(problem) = tab.choose_theme(theme).await {
                        problems.push(format!("{}: {problem}", page.html));
                        continue;
                    }
                    let found = tab.call(LOW_CONTRAST_JS).await;
                    for low in found["low"].as_array().into_iter().flatten() {
                        let text = |key: &str| low[key].as_str().unwrap_or_default().to_owned();
                        problems.push(format!(
                            "{} in the {theme} theme: {} {:?} is {} on {}, a contrast of {:.2}:1 (at least {MIN_CONTRAST}:1 is needed)",
                            page.html,
                            text("where"),
                            text("text"),
                            text("fg"),
                            text("bg"),
                            low["ratio"].as_f64().unwrap_or_default()
                        ));
                    }
                    for colour in found["unreadable"].as_array().into_iter().flatten() {
                        problems.push(format!(
                            "{} in the {theme} theme: cannot read the colour of {}",
                            page.html,
                            colour.as_str().unwrap_or("?")
                        ));
                    }
                    if found["checked"].as_u64() == Some(0) {
                        problems.push(format!(
                            "{} in the {theme} theme: no callout or figure text was found to check",
                            page.html
                        ));
                    }
                }
                problems
            })
        });
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Typing a word that only one chapter contains shows that chapter first:
    /// for each chapter with such a word (see `words_only_one_page_has`; most
    /// have one, and fewer than three in four means the index is broken).
    #[test]
    fn search_finds_chapters_by_words_only_they_contain() {
        let Some(chrome) = chrome() else { return };
        let site = site();
        let words = words_only_one_page_has();
        let chapters: Vec<&BookPage> = (site.pages.iter())
            .filter(|page| page.source.is_some() && page.html != "404.html")
            .collect();
        let searched: Vec<(&BookPage, &String)> = (chapters.iter())
            .filter_map(|page| Some((*page, words.get(&page.html)?)))
            .collect();
        assert!(
            searched.len() * 4 >= chapters.len() * 3,
            "only {} of {} chapters have a word that search finds on them alone",
            searched.len(),
            chapters.len()
        );
        let problems = chrome.run(async {
            let tab = chrome.tab(1280).await;
            let mut problems = tab.open("index.html").await;
            if let Err(problem) = tab.open_search().await {
                return vec![format!("index.html: {problem}")];
            }
            for (page, word) in searched {
                match tab.search(word).await {
                    Ok(first) if first.split(['?', '#']).next() == Some(page.html.as_str()) => {}
                    Ok(first) => problems.push(format!(
                        "search for {word:?}, a word only {} has: the first result is {first:?}",
                        page.html
                    )),
                    Err(problem) => problems.push(format!("search for {word:?}: {problem}")),
                }
            }
            problems.extend(tab.errors("index.html").await);
            problems
        });
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// GitHub Pages answers an address the site lacks with its 404 page and
    /// status 404. That page is at an address of any depth, so it must find its
    /// styles and scripts from book.toml's `site-url`: with a wrong one, they
    /// are asked for outside the book, and fail.
    #[test]
    fn the_404_page_finds_its_styles_and_links_into_the_book() {
        let Some(chrome) = chrome() else { return };
        let missing = "no/such/chapter.html";
        let problems = chrome.run(async {
            let tab = chrome.tab(1280).await;
            let mut problems: Vec<String> = tab
                .open(missing)
                .await
                .into_iter()
                // The page itself answers 404, as it should, and Chromium logs that.
                .filter(|problem| !(problem.contains("status of 404") && problem.contains(missing)))
                .collect();
            let found = tab
                .call(
                    "() => ({
                        heading: document.querySelector('main h1')?.textContent,
                        styled: [...document.styleSheets].some(s => s.href && s.href.includes('/theme/asyncio')),
                        links: [...document.querySelectorAll('main a:not(.header)')].map(a => a.href),
                    })",
                )
                .await;
            if found["heading"] != "Page not found" {
                problems.push(format!(
                    "{missing}: the 404 page's heading is {}",
                    found["heading"]
                ));
            }
            if found["styled"] != true {
                problems.push(format!("{missing}: the 404 page has not loaded theme/asyncio.css"));
            }
            let site = site();
            for link in found["links"].as_array().into_iter().flatten() {
                let link = link.as_str().unwrap_or_default();
                let file = link.strip_prefix(&site.base_url()).map(|f| f.split('#').next().unwrap());
                if !file.is_some_and(|file| site.dir.path().join(file).is_file()) {
                    problems.push(format!(
                        "{missing}: the 404 page links to {link}, which is not a page of the book"
                    ));
                }
            }
            problems
        });
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    // ---------------------------------------------------------------------------
    // The rendered book, and what its source says each page must show.

    /// The book as mdBook rendered it, and what each page must show.
    struct Site {
        dir: TempDir,
        /// book.toml's `site-url`: `/repository/`.
        base: String,
        pages: Vec<BookPage>,
        /// Every listing's program as the Run button sends it, and what the
        /// playground would answer.
        programs: HashMap<String, String>,
        /// The edition the Run button must send.
        edition: String,
    }

    impl Site {
        fn base_url(&self) -> String {
            format!("{ORIGIN}{}", self.base)
        }
    }

    /// One HTML page of the rendered book.
    #[derive(Clone)]
    struct BookPage {
        /// Its file in the rendered book: `ch07-sequential-awaits.html`.
        html: String,
        /// The markdown it was made from, `src/....md` (none for mdBook's own
        /// pages: print.html, toc.html).
        source: Option<String>,
        /// What its runnable Rust blocks must send, in order.
        runnable: Vec<Runnable>,
        /// The figures it includes: the id of each SVG's `<title>`, and its file.
        figures: Vec<(String, String)>,
        has_callout: bool,
    }

    /// A Rust block with a Run button: the listing it shows, where the chapter
    /// shows it, the whole program the button must send, and what the
    /// playground would answer (`recorded_output`).
    #[derive(Clone)]
    struct Runnable {
        listing: String,
        line: usize,
        program: String,
        output: String,
    }

    fn site() -> &'static Site {
        static SITE: OnceLock<Site> = OnceLock::new();
        SITE.get_or_init(|| {
            let (dir, log) = support::render_book();
            assert!(log.is_empty(), "mdBook logged problems:\n{log}");
            // book.toml's site-url, as mdBook wrote it into the 404 page.
            let not_found = std::fs::read_to_string(dir.path().join("404.html")).unwrap();
            let base = (not_found.split_once("<base href=\""))
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(base, _)| base.to_owned())
                .expect("404.html has no <base href>: book.toml sets no output.html.site-url");
            // The workspace's edition (Cargo.toml), which cargo builds and runs
            // the listings as.
            let cargo_toml = std::fs::read_to_string(support::root().join("Cargo.toml")).unwrap();
            let edition = (cargo_toml.split_once("\nedition = \""))
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(edition, _)| edition.to_owned())
                .expect("Cargo.toml has no `edition = \"...\"` line");
            let mut pages = Vec::new();
            for file in std::fs::read_dir(dir.path()).unwrap() {
                let html = file.unwrap().file_name().to_string_lossy().into_owned();
                if !html.ends_with(".html") || !support::selected(Path::new(&html)) {
                    continue;
                }
                let source = support::root()
                    .join("src")
                    .join(html.replace(".html", ".md"));
                pages.push(if source.is_file() {
                    chapter(&html, &source)
                } else {
                    BookPage {
                        html,
                        source: None,
                        runnable: Vec::new(),
                        figures: Vec::new(),
                        has_callout: false,
                    }
                });
            }
            pages.sort_by(|a, b| a.html.cmp(&b.html));
            assert!(!pages.is_empty(), "no pages to check");
            let mut programs = HashMap::new();
            for runnable in pages.iter().flat_map(|page| &page.runnable) {
                programs.insert(runnable.program.clone(), runnable.output.clone());
            }
            Site {
                dir,
                base,
                pages,
                programs,
                edition,
            }
        })
    }

    /// What the chapter at `source` must show, read from its markdown: each
    /// Rust block that gets a Run button, with the listing it includes, each
    /// figure it includes, and whether it has a "Coming from asyncio"
    /// callout.
    fn chapter(html: &str, source: &Path) -> BookPage {
        let text = std::fs::read_to_string(source).unwrap();
        let mut runnable = Vec::new();
        for fence in support::fences(&text) {
            // mdBook's rule: `ignore` and `noplayground` take the button
            // away, and `mdbook-runnable` gives it back (a program that must
            // not compile, whose Run button shows rustc's error).
            let no_button = (fence.marked("ignore") || fence.marked("noplayground"))
                && !fence.marked("mdbook-runnable");
            if !fence.info.starts_with("rust") || no_button {
                continue;
            }
            // (A plain `{{#include}}` would send only the part shown: the
            // test expects the whole program all the same.)
            let below = fence.below.trim();
            let include = (below.strip_prefix("{{#rustdoc_include ../"))
                .or_else(|| below.strip_prefix("{{#include ../"))
                .and_then(|rest| rest.strip_suffix("}}"));
            let include = include.unwrap_or_else(|| {
                panic!(
                    "{}:{}: a Rust block that shows no listing (tests/book.rs says how)",
                    support::shown(source),
                    fence.line
                )
            });
            let (file, anchor) = match include.split_once(".rs:") {
                Some((file, anchor)) => (format!("{file}.rs"), Some(anchor)),
                None => (include.to_owned(), None),
            };
            runnable.push(Runnable {
                listing: file.clone(),
                line: fence.line,
                program: whole_program(&support::root().join(&file), anchor),
                output: recorded_output(&file),
            });
        }
        let mut figures = Vec::new();
        for line in text.lines() {
            let figure = line
                .trim()
                .strip_prefix("{{#include ")
                .and_then(|rest| rest.strip_suffix(".svg}}"));
            if let Some(figure) = figure {
                let file = source.parent().unwrap().join(format!("{figure}.svg"));
                let svg = std::fs::read_to_string(&file).unwrap();
                let id = svg
                    .split("<title id=\"")
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                    .unwrap_or_else(|| panic!("{}: the <title> has no id", support::shown(&file)));
                figures.push((id.to_owned(), support::shown(&file.canonicalize().unwrap())));
            }
        }
        BookPage {
            html: html.to_owned(),
            source: Some(support::shown(source)),
            runnable,
            figures,
            has_callout: text.contains("<div class=\"from-asyncio\">"),
        }
    }

    /// What the playground would show for a listing, as the tests recorded it:
    /// what it prints (`.stdout`); for a listing that prints nothing there,
    /// its panic (`.stderr`) or, for a benchmark, its measurements
    /// (`.measured`); for a program that must not compile, rustc's error.
    fn recorded_output(listing: &str) -> String {
        let read = |extension: &str| {
            std::fs::read_to_string(support::root().join(listing.replace(".rs", extension))).ok()
        };
        let output = if listing.contains("compile-fail/") {
            read(".stderr")
        } else {
            (read(".stdout").or_else(|| read(".stderr"))).or_else(|| read(".measured"))
        };
        output.unwrap_or_else(|| panic!("{listing} has a Run button, but no recorded output"))
    }

    /// The program mdBook's Run button sends for a listing: the whole file, as
    /// `cargo test` builds it, except that mdBook drops the file's last
    /// newline and, when the chapter shows one anchor's part of it
    /// (`file.rs:name`), every `ANCHOR:` and `ANCHOR_END:` comment line (any
    /// line where one is followed by a name, as mdBook's pattern
    /// `ANCHOR:\s*[\w_-]+` matches).
    fn whole_program(listing: &Path, part: Option<&str>) -> String {
        let text = std::fs::read_to_string(listing)
            .unwrap_or_else(|e| panic!("{}: {e}", support::shown(listing)));
        let by_anchor = part.is_some_and(|part| !part.starts_with(|c: char| c.is_ascii_digit()));
        let is_marker = |line: &str| {
            ["ANCHOR:", "ANCHOR_END:"].iter().any(|marker| {
                line.match_indices(marker).any(|(at, _)| {
                    let name = line[at + marker.len()..].trim_start();
                    name.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
                })
            })
        };
        let lines: Vec<&str> = text
            .lines()
            .filter(|line| !(by_anchor && is_marker(line)))
            .collect();
        lines.join("\n")
    }

    /// For each chapter, a word that search finds on that page alone, read
    /// from the index mdBook wrote (`searchindex-*.js`). Search cuts the text
    /// into words at spaces and hyphens, trims punctuation off their ends, and
    /// stores their stems (`awaiting` as `await`); a query finds every stored
    /// word that starts with its own stem. So the word chosen is one of the
    /// chapter's own, all letters, that starts with no shorter stored word
    /// (its stem has five letters or more), and every stored word that starts
    /// with its first five letters is on that chapter alone: the longest such.
    fn words_only_one_page_has() -> BTreeMap<String, String> {
        let index = search_index();
        let page_of = |doc: &str| -> String {
            let url = index["doc_urls"][doc.parse::<usize>().unwrap()]
                .as_str()
                .unwrap();
            url.split('#').next().unwrap().to_owned()
        };
        // The pages of the stored words that start with each five letters, and
        // the stored words shorter than that.
        let mut pages_with_start: HashMap<String, HashSet<String>> = HashMap::new();
        let mut short = HashSet::new();
        for field in index["index"]["index"].as_object().unwrap().values() {
            let mut nodes = vec![(String::new(), &field["root"])];
            while let Some((word, node)) = nodes.pop() {
                for (key, child) in node.as_object().unwrap() {
                    let stored = child.as_object().is_some_and(|docs| !docs.is_empty());
                    match key.as_str() {
                        "docs" if !stored => {} // only a prefix of stored words
                        "docs" if word.chars().count() >= 5 => {
                            let start: String = word.chars().take(5).collect();
                            let pages = pages_with_start.entry(start).or_default();
                            pages.extend(child.as_object().unwrap().keys().map(|doc| page_of(doc)));
                        }
                        "docs" => {
                            short.insert(word.clone());
                        }
                        "df" => {}
                        letter => nodes.push((format!("{word}{letter}"), child)),
                    }
                }
            }
        }
        let mut longest: BTreeMap<String, String> = BTreeMap::new();
        let docs = index["index"]["documentStore"]["docs"].as_object().unwrap();
        for (doc, fields) in docs {
            let page = page_of(doc);
            for field in ["title", "body", "breadcrumbs"] {
                let text = fields[field].as_str().unwrap_or_default().to_lowercase();
                let words = text
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '_'));
                for word in words {
                    // A stored word shorter than five letters that it starts
                    // with may be its stem (`wait` for `waiting`), which other
                    // pages have too.
                    let only_here = word.len() >= 8
                        && word.chars().all(|c| c.is_ascii_lowercase())
                        && !(3..5).any(|n| short.contains(&word[..n]))
                        && pages_with_start
                            .get(&word[..5])
                            .is_some_and(|pages| pages.len() == 1);
                    if only_here && longest.get(&page).is_none_or(|w| w.len() < word.len()) {
                        longest.insert(page.clone(), word.to_owned());
                    }
                }
            }
        }
        longest
    }

    /// The search index mdBook wrote: `window.search = Object.assign(...,
    /// JSON.parse('...'))`, a JSON text in a JavaScript string.
    fn search_index() -> Value {
        let dir = site().dir.path();
        let file = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .find(|path| {
                let name = path.file_name().unwrap().to_string_lossy();
                name.starts_with("searchindex") && name.ends_with(".js")
            })
            .expect("mdBook wrote no searchindex-*.js");
        let script = std::fs::read_to_string(file).unwrap();
        let quoted = script
            .split_once("JSON.parse('")
            .and_then(|(_, rest)| rest.rsplit_once("')"))
            .map(|(quoted, _)| quoted)
            .expect("searchindex.js has no JSON.parse('...')");
        let mut json = String::with_capacity(quoted.len());
        let mut chars = quoted.chars();
        while let Some(c) = chars.next() {
            json.push(if c == '\\' { chars.next().unwrap() } else { c });
        }
        serde_json::from_str(&json).unwrap()
    }

    // ---------------------------------------------------------------------------
    // The browser.

    /// Headless Chromium for one test, with a profile of its own (a theme one
    /// test chooses stays in its profile), and the runtime its connection lives
    /// on. It is closed when the test ends, even on a panic. Tests take turns:
    /// pages loading side by side on two cores are no faster, and chromiumoxide
    /// has hung doing so.
    struct Chrome {
        browser: Browser,
        runtime: tokio::runtime::Runtime,
        _profile: TempDir,
        _turn: std::sync::MutexGuard<'static, ()>,
    }

    impl Drop for Chrome {
        fn drop(&mut self) {
            self.runtime.block_on(async {
                let _ = self.browser.close().await;
                let _ = self.browser.wait().await;
            });
        }
    }

    /// Chromium, started for one test, or `None` after saying (once) that the
    /// browser tests were skipped; under CI, a failure instead.
    fn chrome() -> Option<Chrome> {
        static EXECUTABLE: OnceLock<Option<PathBuf>> = OnceLock::new();
        let executable = EXECUTABLE.get_or_init(|| {
            let found = find_chromium();
            if found.is_none() {
                support::skip_unless_ci(
                    "Chromium is not installed, so the rendered book was not checked in a browser",
                    "Install it (Debian: `apt install chromium`) and run \
                     `cargo test --features browser --test browser`.",
                );
            }
            found
        });
        static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        Some(launch(executable.as_ref()?, turn))
    }

    fn find_chromium() -> Option<PathBuf> {
        let path = std::env::var_os("PATH")?;
        ["chromium", "chromium-browser", "google-chrome"]
            .iter()
            .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
            .find(|candidate| candidate.is_file())
    }

    fn launch(executable: &Path, turn: std::sync::MutexGuard<'static, ()>) -> Chrome {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let profile = tempfile::tempdir().unwrap();
        let config = BrowserConfig::builder()
            .chrome_executable(executable)
            .user_data_dir(profile.path())
            .no_sandbox() // as root in a container, Chromium's sandbox cannot start
            .enable_request_intercept()
            .request_timeout(Duration::from_secs(30))
            .launch_timeout(Duration::from_secs(30))
            .viewport(None) // each tab sets its own size
            // (chromiumoxide adds the leading `--`.) Nothing may reach a
            // network: every host name fails to resolve, and Chromium's own
            // services stay off.
            .args([
                "disable-gpu",
                "host-resolver-rules=MAP * ~NOTFOUND",
                "disable-background-networking",
                "disable-component-update",
            ])
            .build()
            .unwrap();
        let browser = runtime.block_on(async {
            let (browser, mut handler) = Browser::launch(config)
                .await
                .unwrap_or_else(|e| panic!("could not start {}: {e}", executable.display()));
            tokio::spawn(async move { while handler.next().await.is_some() {} });
            browser
        });
        Chrome {
            browser,
            runtime,
            _profile: profile,
            _turn: turn,
        }
    }

    type Check<'a> = std::pin::Pin<Box<dyn Future<Output = Vec<String>> + 'a>>;

    impl Chrome {
        fn run<T>(&self, work: impl Future<Output = T>) -> T {
            self.runtime.block_on(work)
        }

        /// Opens each page in one tab `width` px wide, fails on its console
        /// errors, and runs `check` on it.
        fn in_each_page(
            &self,
            width: u32,
            pages: &[BookPage],
            check: impl for<'a> Fn(&'a Tab, &'a BookPage) -> Check<'a>,
        ) -> Vec<String> {
            self.run(async {
                let tab = self.tab(width).await;
                let mut problems = Vec::new();
                for page in pages {
                    problems.extend(tab.open(&page.html).await);
                    problems.extend(check(&tab, page).await);
                    problems.extend(tab.errors(&page.html).await);
                }
                problems
            })
        }

        /// A new tab, `width` px wide (a phone's below 600 px), whose requests
        /// the test answers.
        async fn tab(&self, width: u32) -> Tab {
            let page = self.browser.new_page("about:blank").await.unwrap();
            let mobile = width < 600;
            page.execute(SetDeviceMetricsOverrideParams::new(width, 900, 1.0, mobile))
                .await
                .unwrap();
            page.execute(EnableLog::default()).await.unwrap();
            let seen = Arc::new(Mutex::new(Seen::default()));

            let mut paused = page.event_listener::<EventRequestPaused>().await.unwrap();
            let (answering, answers) = (page.clone(), seen.clone());
            tokio::spawn(async move {
                while let Some(request) = paused.next().await {
                    answer(&answering, &request, &answers).await;
                }
            });
            note_problems::<EventConsoleApiCalled>(&page, &seen, |call| {
                let error = matches!(
                    call.r#type,
                    ConsoleApiCalledType::Error | ConsoleApiCalledType::Assert
                );
                let said: Vec<String> = (call.args.iter())
                    .map(|arg| match &arg.value {
                        Some(Value::String(s)) => s.clone(),
                        Some(value) => value.to_string(),
                        None => arg.description.clone().unwrap_or_default(),
                    })
                    .collect();
                error.then(|| format!("console.error: {}", said.join(" ")))
            })
            .await;
            note_problems::<EventExceptionThrown>(&page, &seen, |thrown| {
                let details = &thrown.exception_details;
                let what = (details.exception.as_ref())
                    .and_then(|e| e.description.clone())
                    .unwrap_or_else(|| details.text.clone());
                Some(format!(
                    "uncaught exception at {}:{}: {what}",
                    details.url.as_deref().unwrap_or("?"),
                    details.line_number + 1
                ))
            })
            .await;
            // Failed loads, among others.
            note_problems::<EventEntryAdded>(&page, &seen, |logged| {
                let entry = &logged.entry;
                let url = entry.url.as_ref().map(|u| format!(" ({u})"));
                (entry.level == LogEntryLevel::Error)
                    .then(|| format!("{}{}", entry.text, url.unwrap_or_default()))
            })
            .await;
            Tab {
                page,
                seen,
                showing: Mutex::default(),
            }
        }
    }

    /// Notes in `seen`, from a task of its own, what `problem` makes of each
    /// event of kind `E` the page sends (`None`: not a problem).
    async fn note_problems<E>(
        page: &Page,
        seen: &Arc<Mutex<Seen>>,
        problem: fn(&E) -> Option<String>,
    ) where
        E: IntoEventKind + Unpin + Send + Sync + 'static,
    {
        let mut events = page.event_listener::<E>().await.unwrap();
        let seen = seen.clone();
        tokio::spawn(async move {
            while let Some(event) = events.next().await {
                if let Some(problem) = problem(&event) {
                    seen.lock().unwrap().errors.push(problem);
                }
            }
        });
    }

    /// What a tab's page did that the test checks afterwards.
    #[derive(Default)]
    struct Seen {
        /// Console errors, uncaught exceptions, failed loads, and requests
        /// for anything outside the book.
        errors: Vec<String>,
        /// The playground runs the page asked for: the code and the edition.
        runs: Vec<(String, String)>,
    }

    struct Tab {
        page: Page,
        seen: Arc<Mutex<Seen>>,
        /// The file of the book it shows.
        showing: Mutex<String>,
    }

    impl Tab {
        /// Loads one file of the book and waits until its scripts have set it
        /// up; returns the problems met on the way.
        async fn open(&self, file: &str) -> Vec<String> {
            *self.showing.lock().unwrap() = file.to_owned();
            let url = format!("{}{file}", site().base_url());
            match tokio::time::timeout(Duration::from_secs(20), self.page.goto(&url)).await {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => return vec![format!("{file}: did not load: {e}")],
                Err(_) => return vec![format!("{file}: did not load within 20 s")],
            }
            // book.js makes each Run button `hidden`, and shows it once the
            // playground's crate list is in.
            let ready = self
                .wait_for(
                    "() => document.readyState === 'complete' &&
                        [...document.querySelectorAll('pre.playground .play-button')]
                            .every(b => !b.hidden && !b.classList.contains('hidden'))",
                )
                .await;
            if ready {
                Vec::new()
            } else {
                vec![format!("{file}: its Run buttons never appeared")]
            }
        }

        /// The problems this tab's page has had since the last call, named for
        /// `file`. The listeners note them on other threads: a round trip to
        /// the page and a moment's wait let the last ones in.
        async fn errors(&self, file: &str) -> Vec<String> {
            self.call("() => true").await;
            tokio::time::sleep(Duration::from_millis(50)).await;
            let errors = std::mem::take(&mut self.seen.lock().unwrap().errors);
            errors.into_iter().map(|e| format!("{file}: {e}")).collect()
        }

        /// Calls a JavaScript function in the page (awaiting it, if async) and
        /// returns what it returned.
        async fn call(&self, function: &str) -> Value {
            let result = self.page.evaluate_function(function).await;
            let result = result.unwrap_or_else(|e| {
                let page = self.showing.lock().unwrap().clone();
                panic!("{page}: the test's JavaScript failed there: {e}\n{function}")
            });
            result.into_value().unwrap_or(Value::Null)
        }

        /// Waits up to 5 s for a JavaScript function to return true.
        async fn wait_for(&self, function: &str) -> bool {
            for _ in 0..250 {
                if self.call(function).await == true {
                    return true;
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            false
        }

        /// Each figure the page's chapter includes is on the page, visible, and
        /// has a size.
        async fn figures_problems(&self, page: &BookPage) -> Vec<String> {
            let mut problems = Vec::new();
            for (id, file) in &page.figures {
                let found = self
                    .call(&format!(
                        "() => {{
                            const svg = document.getElementById({id:?})?.closest('svg');
                            if (!svg) return 'missing';
                            const box = svg.getBoundingClientRect();
                            if (!svg.checkVisibility({{ opacityProperty: true, visibilityProperty: true }})) return 'hidden';
                            if (box.width < 1 || box.height < 1) return `${{box.width}} x ${{box.height}} px`;
                            return 'shown';
                        }}"
                    ))
                    .await;
                if found != "shown" {
                    problems.push(format!(
                        "{}: the figure {file} (title id {id}) is not shown: {}",
                        page.html,
                        found.as_str().unwrap_or("?")
                    ));
                }
            }
            problems
        }

        /// Presses every Run button on the page, one after the other, and
        /// compares what each sent with its listing's whole program, and what
        /// it then shows with the listing's output.
        async fn run_buttons_problems(&self, page: &BookPage) -> Vec<String> {
            let shown = self.call(PRESS_RUN_BUTTONS_JS).await;
            let shown = shown.as_array().cloned().unwrap_or_default();
            let runs = std::mem::take(&mut self.seen.lock().unwrap().runs);
            let mut problems = Vec::new();
            if shown.len() != page.runnable.len() {
                problems.push(format!(
                    "{}: {} Rust blocks have a Run button, but its source {} shows {} runnable listings",
                    page.html,
                    shown.len(),
                    page.source.as_deref().unwrap_or("(none)"),
                    page.runnable.len()
                ));
                return problems;
            }
            let mut runs = runs.into_iter();
            for (block, (expected, shown)) in page.runnable.iter().zip(&shown).enumerate() {
                let place = format!(
                    "{}, Rust block {} ({}:{}, {})",
                    page.html,
                    block + 1,
                    page.source.as_deref().unwrap_or_default(),
                    expected.line,
                    expected.listing
                );
                if shown["button"] != true {
                    problems.push(format!("{place}: has no Run button"));
                    continue;
                }
                let Some((code, edition)) = runs.next() else {
                    problems.push(format!("{place}: the Run button sent nothing"));
                    continue;
                };
                if code != expected.program {
                    let diff = similar::TextDiff::from_lines(&expected.program, &code)
                        .unified_diff()
                        .header(&expected.listing, "what the Run button sent")
                        .to_string();
                    problems.push(format!(
                        "{place}: the Run button sends another program than the listing:\n{diff}"
                    ));
                }
                if edition != site().edition {
                    problems.push(format!(
                        "{place}: the Run button sends edition {edition}, not {}, which cargo builds the listings as",
                        site().edition
                    ));
                }
                let expected_text = match expected.output.trim_end() {
                    "" => "No output",
                    text => text,
                };
                let shown_text = shown["shown"].as_str().unwrap_or_default();
                if code == expected.program && shown_text.trim_end() != expected_text {
                    problems.push(format!(
                        "{place}: after Run the page shows {shown_text:?}, not the listing's output {expected_text:?}"
                    ));
                }
            }
            problems
        }

        /// Picks a theme from the theme menu, as a reader does.
        async fn choose_theme(&self, theme: &str) -> Result<(), String> {
            let menu_open = "() => document.getElementById('mdbook-theme-list').checkVisibility()";
            if self.call(menu_open).await != true {
                self.press("#mdbook-theme-toggle").await?;
            }
            self.press(&format!("#mdbook-theme-{theme}")).await?;
            let chosen = self
                .wait_for(&format!(
                    "() => document.documentElement.classList.contains({theme:?})"
                ))
                .await;
            chosen
                .then_some(())
                .ok_or_else(|| format!("choosing the {theme} theme did not change the page"))
        }

        /// Clicks the middle of the element `selector` finds, with the mouse.
        async fn press(&self, selector: &str) -> Result<(), String> {
            let middle = self
                .call(&format!(
                    "() => {{
                        const element = document.querySelector({selector:?});
                        if (!element || !element.checkVisibility()) return null;
                        element.scrollIntoView({{ block: 'nearest' }});
                        const box = element.getBoundingClientRect();
                        return [box.left + box.width / 2, box.top + box.height / 2];
                    }}"
                ))
                .await;
            let (Some(x), Some(y)) = (middle[0].as_f64(), middle[1].as_f64()) else {
                return Err(format!("there is no visible {selector} to press"));
            };
            self.page
                .click(Point { x, y })
                .await
                .map_err(|e| format!("could not press {selector}: {e}"))?;
            Ok(())
        }

        /// Types `text` on the keyboard, into whatever has the focus.
        async fn type_text(&self, text: &str) {
            for key in text.chars().map(String::from) {
                for (kind, text) in [
                    (DispatchKeyEventType::KeyDown, Some(&key)),
                    (DispatchKeyEventType::KeyUp, None),
                ] {
                    let mut event = DispatchKeyEventParams::new(kind);
                    event.key = Some(key.clone());
                    event.text = text.cloned();
                    self.page.execute(event).await.unwrap();
                }
            }
        }

        /// Opens the search bar, as a reader does, and waits for its index.
        async fn open_search(&self) -> Result<(), String> {
            self.press("#mdbook-search-toggle").await?;
            let loaded = self
                .wait_for(
                    "() => !!document.getElementById('mdbook-search-index') &&
                        !document.getElementById('mdbook-searchbar-outer').classList.contains('searching')",
                )
                .await;
            loaded
                .then_some(())
                .ok_or_else(|| "the search index never loaded".to_owned())
        }

        /// Types `word` into the (emptied) search bar and returns the first
        /// result's link.
        async fn search(&self, word: &str) -> Result<String, String> {
            self.call("() => { const bar = document.getElementById('mdbook-searchbar'); bar.value = ''; bar.focus(); }")
                .await;
            self.type_text(word).await;
            let header = format!(
                "() => document.getElementById('mdbook-searchresults-header').textContent.includes({word:?})"
            );
            if !self.wait_for(&header).await {
                return Err("no results were shown".into());
            }
            let first = self
                .call(
                    "() => document.querySelector('#mdbook-searchresults a')?.getAttribute('href')",
                )
                .await;
            first
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| "it found nothing".to_owned())
        }
    }

    /// What the test answers a request with. The playground's answers allow
    /// any page to read them (CORS), as the real playground's do; the book's
    /// files may be kept: mdBook names its styles, scripts and fonts by their
    /// content's hash, and GitHub Pages lets browsers keep them.
    struct Reply {
        status: i64,
        content_type: &'static str,
        body: Vec<u8>,
        from_playground: bool,
    }

    impl Reply {
        fn book(status: i64, content_type: &'static str, body: Vec<u8>) -> Self {
            let from_playground = false;
            Reply {
                status,
                content_type,
                body,
                from_playground,
            }
        }

        fn playground(status: i64, content_type: &'static str, body: Vec<u8>) -> Self {
            let from_playground = true;
            Reply {
                status,
                content_type,
                body,
                from_playground,
            }
        }
    }

    /// Answers one request the page made: a file of the book, the playground's
    /// crate list, or a run; anything else is refused and noted.
    async fn answer(page: &Page, request: &EventRequestPaused, seen: &Mutex<Seen>) {
        let site = site();
        let url = request.request.url.as_str();
        let reply = if let Some(file) = url.strip_prefix(&site.base_url()) {
            let file = file.split(['?', '#']).next().unwrap();
            let file = if file.is_empty() || file.ends_with('/') {
                format!("{file}index.html")
            } else {
                file.to_owned()
            };
            match std::fs::read(site.dir.path().join(&file)) {
                Ok(body) => Some(Reply::book(200, content_type(&file), body)),
                // GitHub Pages answers a missing file with the site's 404 page.
                Err(_) => {
                    let not_found = std::fs::read(site.dir.path().join("404.html"));
                    Some(Reply::book(404, "text/html", not_found.unwrap_or_default()))
                }
            }
        } else if url == format!("{ORIGIN}/favicon.ico") {
            // Chromium asks for it on a page that names no icon (toc.html,
            // the sidebar's frame). It is not the book's: the host's root
            // answers it. An empty answer, which Chromium logs no error for.
            Some(Reply::book(204, "text/plain", Vec::new()))
        } else if url.starts_with(PLAYGROUND) && request.request.method == "OPTIONS" {
            Some(Reply::playground(204, "text/plain", Vec::new()))
        } else if url == format!("{PLAYGROUND}/meta/crates") {
            let crates = ["tokio", "futures", "tokio_util", "tokio_stream"]
                .map(|id| json!({ "id": id, "name": id, "version": "1" }));
            let body = json!({ "crates": crates }).to_string().into_bytes();
            Some(Reply::playground(200, "application/json", body))
        } else if url == format!("{PLAYGROUND}/evaluate.json") {
            let body: Vec<u8> = (request.request.post_data_entries.iter().flatten())
                .filter_map(|entry| entry.bytes.as_ref())
                .flat_map(|bytes| {
                    BASE64_STANDARD
                        .decode(AsRef::<str>::as_ref(bytes))
                        .unwrap_or_default()
                })
                .collect();
            let sent: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            let code = sent["code"].as_str().unwrap_or_default().to_owned();
            let edition = sent["edition"].as_str().unwrap_or_default().to_owned();
            let result = match site.programs.get(&code) {
                Some(output) => output.clone(),
                None => "(the test's stand-in playground: this is no listing's program)".to_owned(),
            };
            seen.lock().unwrap().runs.push((code, edition));
            let body = json!({ "result": result }).to_string().into_bytes();
            Some(Reply::playground(200, "application/json", body))
        } else {
            None
        };
        let Some(reply) = reply else {
            seen.lock()
                .unwrap()
                .errors
                .push(format!("asked for {url}, outside the book (refused)"));
            let refuse =
                FailRequestParams::new(request.request_id.clone(), ErrorReason::BlockedByClient);
            let _ = page.execute(refuse).await;
            return;
        };
        let mut headers = vec![HeaderEntry::new("Content-Type", reply.content_type)];
        if reply.from_playground {
            headers.extend([
                HeaderEntry::new("Access-Control-Allow-Origin", "*"),
                HeaderEntry::new("Access-Control-Allow-Methods", "POST"),
                HeaderEntry::new("Access-Control-Allow-Headers", "Content-Type"),
            ]);
        } else {
            headers.push(HeaderEntry::new("Cache-Control", "max-age=600"));
        }
        let mut fulfil = FulfillRequestParams::new(request.request_id.clone(), reply.status);
        fulfil.response_headers = Some(headers);
        fulfil.body = Some(BASE64_STANDARD.encode(reply.body).into());
        let _ = page.execute(fulfil).await;
    }

    fn content_type(file: &str) -> &'static str {
        match file.rsplit('.').next().unwrap_or_default() {
            "html" => "text/html; charset=utf-8",
            "css" => "text/css",
            "js" => "text/javascript",
            "json" => "application/json",
            "svg" => "image/svg+xml",
            "png" => "image/png",
            "woff2" => "font/woff2",
            "woff" => "font/woff",
            "ttf" => "font/ttf",
            _ => "application/octet-stream",
        }
    }

    // ---------------------------------------------------------------------------
    // What the test runs in the page.

    /// Presses each Run button in `main`, one at a time, waiting for the
    /// answer to show before the next; returns for each Rust block with a
    /// playground whether it had a visible button and what it then showed.
    const PRESS_RUN_BUTTONS_JS: &str = r#"async () => {
        const shown = [];
        for (const pre of document.querySelectorAll('main pre.playground')) {
            const button = pre.querySelector('.play-button');
            if (!button || button.hidden || button.classList.contains('hidden')) {
                shown.push({ button: false });
                continue;
            }
            button.click();
            let text = null;
            for (let i = 0; i < 500 && text === null; i++) {
                const result = pre.querySelector('.result');
                if (result && result.innerText !== 'Running...') text = result.innerText;
                else await new Promise(resolve => setTimeout(resolve, 10));
            }
            shown.push({ button: true, shown: text });
        }
        return shown;
    }"#;

    /// The first few elements of `main` that reach past the window's right
    /// edge (outside code blocks and tables' wrappers), and the code blocks and
    /// table wrappers that are wider than their box but cannot scroll.
    const TOO_WIDE_JS: &str = r#"() => {
        const width = document.documentElement.clientWidth;
        const problems = [];
        const describe = (e) => `<${e.tagName.toLowerCase()}> "${(e.textContent || '').trim().slice(0, 40)}"`;
        for (const element of document.querySelectorAll('main *')) {
            if (problems.length >= 5) break;
            if (element.parentElement.closest('pre, .table-wrapper') || !element.checkVisibility()) continue;
            const right = element.getBoundingClientRect().right;
            if (right > width + 0.5) {
                problems.push(`${describe(element)} reaches past the right edge, to ${Math.round(right)} px`);
            }
            const overflow = getComputedStyle(element).overflowX;
            if (element.matches('pre, .table-wrapper') && element.scrollWidth > element.clientWidth
                && overflow !== 'auto' && overflow !== 'scroll') {
                problems.push(`${describe(element)} is wider than its box and cannot scroll (overflow-x: ${overflow})`);
            }
        }
        return problems;
    }"#;

    /// Every piece of visible text in the page's callouts (their "Coming from
    /// asyncio" label included) and figures, with its colour and the colour
    /// behind it: the backgrounds of the element and its ancestors, or for a
    /// figure's text the figure's shapes drawn under it (found by hit-testing,
    /// the text scrolled into view) over the figure's background, each blended
    /// by its opacity. Returns how many were checked, those under the minimum
    /// contrast, and colours it could not read.
    const LOW_CONTRAST_JS: &str = r#"() => {
        const MIN = 4.5;
        const unreadable = [];
        const parse = (colour, what) => {
            const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour);
            if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
            if (colour !== 'none' && unreadable.length < 5) unreadable.push(`${what}: ${colour}`);
            return null;
        };
        const over = (top, below) => {
            const a = top[3];
            return [0, 1, 2].map(i => top[i] * a + below[i] * (1 - a)).concat([1]);
        };
        const opacity = (element) => {
            let o = 1;
            for (let e = element; e; e = e.parentElement) o *= +getComputedStyle(e).opacity;
            return o;
        };
        // The colour behind an element: its own and its ancestors' backgrounds,
        // blended from the page's canvas (white) up.
        const behind = (element) => {
            const layers = [];
            for (let e = element; e; e = e.parentElement) {
                const c = parse(getComputedStyle(e).backgroundColor, 'a background');
                if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
            }
            return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1]);
        };
        // The colour behind a figure's text: the figure's own shapes under its
        // middle, top first, over what the figure is drawn on.
        const behindSvgText = (svg, text) => {
            let box = text.getBoundingClientRect();
            if (box.top < 0 || box.bottom > innerHeight) {
                text.scrollIntoView({ block: 'center' });
                box = text.getBoundingClientRect();
            }
            const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            const layers = [];
            for (const e of stack) {
                if (!svg.contains(e) || text.contains(e) || !(e instanceof SVGGeometryElement)) continue;
                if (e.closest('text') || e.tagName === 'line') continue;
                const style = getComputedStyle(e);
                const fill = parse(style.fill, `the fill under "${text.textContent.trim()}"`);
                if (!fill) continue;
                fill[3] *= +style.fillOpacity * opacity(e);
                if (fill[3] > 0) { layers.push(fill); if (fill[3] >= 1) break; }
            }
            return layers.reverse().reduce((below, top) => over(top, below), behind(svg));
        };
        const luminance = (c) => {
            const [r, g, b] = c.slice(0, 3).map(v => {
                v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (fg, bg) => {
            const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
            return (a + 0.05) / (b + 0.05);
        };
        const show = (c) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
        const low = [];
        let checked = 0;
        const check = (where, text, colour, alpha, bg) => {
            if (!colour) return;
            const fg = over([...colour.slice(0, 3), colour[3] * alpha], bg);
            checked++;
            const r = ratio(fg, bg);
            if (r < MIN && low.length < 10) low.push({ where, text: text.slice(0, 40), fg: show(fg), bg: show(bg), ratio: r });
        };
        const ownText = (e) => [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
        for (const callout of document.querySelectorAll('main .from-asyncio')) {
            const label = getComputedStyle(callout, '::before');
            check("a callout's label", label.content.replace(/"/g, ''), parse(label.color, 'the label'), opacity(callout), behind(callout));
            for (const e of callout.querySelectorAll('*')) {
                const text = ownText(e);
                if (!text || !e.checkVisibility()) continue;
                check('a callout', text, parse(getComputedStyle(e).color, `"${text}"`), opacity(e), behind(e));
            }
        }
        for (const svg of document.querySelectorAll('main svg')) {
            const title = svg.querySelector('title')?.id || 'a figure';
            for (const text of svg.querySelectorAll('text')) {
                const content = text.textContent.trim();
                if (!content || !text.checkVisibility()) continue;
                const style = getComputedStyle(text);
                const fill = parse(style.fill, `the text "${content}"`);
                check(`the figure ${title}`, content, fill, +style.fillOpacity * opacity(text), behindSvgText(svg, text));
            }
        }
        window.scrollTo(0, 0);
        return { checked, low, unreadable };
    }"#;
}
