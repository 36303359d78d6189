//! The rendered book in a real browser: headless Chromium, driven over the
//! DevTools protocol (chromiumoxide), opens every page the way a reader
//! does and checks what the reader sees:
//! - every page loads with no console error, and asks for nothing outside
//!   the book;
//! - every Run button sends the listing's whole program (its hidden lines
//!   included) as edition 2024, and shows what the listing prints;
//! - every figure a chapter includes is visible, with a size;
//! - at 400 px wide no page scrolls sideways (code blocks and tables scroll
//!   inside themselves);
//! - in each of mdBook's five themes, the "Coming from asyncio" callouts
//!   and the figures keep a contrast of at least 4.5:1;
//! - search finds each chapter by a word that only it contains;
//! - the 404 page finds its styles under the site's address.
//!
//! No request leaves the browser. Request interception answers every one:
//! the book's files from the folder mdBook rendered it to, served at
//! `https://book.test` under book.toml's `site-url`, as GitHub Pages serves
//! a project page; the playground's two calls with a stand-in that records
//! the program it was sent and answers with the listing's committed
//! `.stdout`; anything else is refused and fails the test.
//!
//! Without Chromium the tests pass and say they were skipped; with `CI`
//! set they fail (`.ci/run` installs Chromium first). `CHAPTER=ch07`
//! checks only chapter 7's page.

mod support;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use base64::Engine;
use base64::prelude::BASE64_STANDARD;
use chromiumoxide::Page;
use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
use chromiumoxide::cdp::browser_protocol::fetch::{
    EventRequestPaused, FailRequestParams, FulfillRequestParams, HeaderEntry,
};
use chromiumoxide::cdp::browser_protocol::input::{DispatchKeyEventParams, DispatchKeyEventType};
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
/// The edition every Run button must send: the workspace's (Cargo.toml),
/// which `cargo test` builds the listings as.
const EDITION: &str = "2024";
/// mdBook's themes, by the id of their button in the theme menu.
const THEMES: [&str; 5] = ["light", "rust", "coal", "navy", "ayu"];
/// WCAG's minimum contrast for text.
const MIN_CONTRAST: f64 = 4.5;

#[test]
#[ignore = "the browser test, run apart: cargo test --test browser -- --ignored"]
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

#[test]
#[ignore = "the browser test, run apart: cargo test --test browser -- --ignored"]
fn at_400_px_no_page_scrolls_sideways() {
    let Some(chrome) = chrome() else { return };
    let problems = chrome.in_each_page(400, &site().pages, |tab, page| {
        Box::pin(async move {
            let found = tab.call(WIDE_ELEMENTS_JS).await;
            let mut problems = Vec::new();
            let (scroll, width) = (&found["scrollWidth"], &found["width"]);
            if scroll.as_f64() > width.as_f64() {
                problems.push(format!(
                    "{}: at 400 px the page scrolls sideways ({scroll} px wide in a {width} px window)",
                    page.html
                ));
            }
            for element in found["wide"].as_array().into_iter().flatten() {
                problems.push(format!(
                    "{}: at 400 px {} reaches past the right edge (to {} px)",
                    page.html, element["what"], element["right"]
                ));
            }
            problems
        })
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
#[ignore = "the browser test, run apart: cargo test --test browser -- --ignored"]
fn every_theme_keeps_callouts_and_figures_readable() {
    let Some(chrome) = chrome() else { return };
    let pages: Vec<&Chapter> = site()
        .pages
        .iter()
        .filter(|page| page.has_callout || !page.figures.is_empty())
        .collect();
    assert!(!pages.is_empty(), "no page has a callout or a figure");
    let pages: Vec<Chapter> = pages.into_iter().cloned().collect();
    let problems = chrome.in_each_page(1280, &pages, |tab, page| {
        Box::pin(async move {
            let mut problems = Vec::new();
            for theme in THEMES {
                if let Err(problem) = tab.choose_theme(theme).await {
                    problems.push(format!("{}: {problem}", page.html));
                    continue;
                }
                let found = tab.call(LOW_CONTRAST_JS).await;
                for text in found["low"].as_array().into_iter().flatten() {
                    problems.push(format!(
                        "{} in the {theme} theme: {} {:?} is {} on {}, a contrast of {:.2}:1 (at least {MIN_CONTRAST}:1 is needed)",
                        page.html, text["where"], text["text"], text["fg"], text["bg"],
                        text["ratio"].as_f64().unwrap_or_default()
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
#[ignore = "the browser test, run apart: cargo test --test browser -- --ignored"]
fn search_finds_chapters_by_words_only_they_contain() {
    let Some(chrome) = chrome() else { return };
    let site = site();
    let words = words_only_one_page_has();
    let chapters: Vec<&Chapter> = (site.pages.iter())
        .filter(|page| page.source.is_some() && page.html != "404.html")
        .collect();
    let searched: Vec<(&Chapter, &String)> = (chapters.iter())
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
        problems.extend(tab.errors("index.html"));
        problems
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// GitHub Pages answers an address the site lacks with its 404 page and
/// status 404. That page is at an address of any depth, so it must find its
/// styles and scripts from book.toml's `site-url`: with a wrong one, they
/// are asked for outside the book, and fail.
#[test]
#[ignore = "the browser test, run apart: cargo test --test browser -- --ignored"]
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
            .filter(|problem| !problem.contains("status of 404"))
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
    pages: Vec<Chapter>,
    /// Every listing's program as the Run button sends it, with the
    /// listing's name and what the playground would answer.
    programs: HashMap<String, (String, String)>,
}

impl Site {
    fn base_url(&self) -> String {
        format!("{ORIGIN}{}", self.base)
    }
}

/// One HTML page of the rendered book.
#[derive(Clone)]
struct Chapter {
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
/// playground would answer: what the listing prints (its `.stdout`), or
/// for a program that must not compile, rustc's error (its `.stderr`).
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
        let config = mdbook_driver::MDBook::load(support::root()).unwrap().config;
        let base = config
            .html_config()
            .and_then(|html| html.site_url)
            .expect("book.toml sets no output.html.site-url");
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
                Chapter {
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
            programs.insert(
                runnable.program.clone(),
                (runnable.listing.clone(), runnable.output.clone()),
            );
        }
        Site {
            dir,
            base,
            pages,
            programs,
        }
    })
}

/// What the chapter at `source` must show, read from its markdown: each
/// Rust block that gets a Run button (not `ignore`, not `noplayground`)
/// with the listing it includes, each figure it includes, and whether it
/// has a "Coming from asyncio" callout.
fn chapter(html: &str, source: &Path) -> Chapter {
    let text = std::fs::read_to_string(source).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut runnable = Vec::new();
    let mut figures = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(info) = line.trim_start().strip_prefix("```rust") {
            // mdBook's rule: `ignore` and `noplayground` take the button
            // away, and `mdbook-runnable` gives it back (a program that
            // must not compile, whose Run button shows rustc's error).
            let marked = |word: &str| info.split(',').any(|w| w.trim() == word);
            if (marked("ignore") || marked("noplayground")) && !marked("mdbook-runnable") {
                continue;
            }
            // (A plain `{{#include}}` would send only the part shown: the
            // test expects the whole program all the same.)
            let include = lines.get(i + 1).and_then(|l| {
                let l = l.trim();
                (l.strip_prefix("{{#rustdoc_include ../"))
                    .or_else(|| l.strip_prefix("{{#include ../"))?
                    .strip_suffix("}}")
            });
            let include = include.unwrap_or_else(|| {
                panic!(
                    "{}:{}: a Rust block that shows no listing (tests/book.rs says how)",
                    support::shown(source),
                    i + 1
                )
            });
            let (file, anchor) = match include.split_once(".rs:") {
                Some((file, anchor)) => (format!("{file}.rs"), Some(anchor)),
                None => (include.to_owned(), None),
            };
            runnable.push(Runnable {
                listing: file.clone(),
                line: i + 1,
                program: whole_program(&support::root().join(&file), anchor.is_some()),
                output: std::fs::read_to_string(support::root().join(file.replace(
                    ".rs",
                    if file.contains("compile-fail/") {
                        ".stderr"
                    } else {
                        ".stdout"
                    },
                )))
                .unwrap_or_default(),
            });
        }
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
    Chapter {
        html: html.to_owned(),
        source: Some(support::shown(source)),
        runnable,
        figures,
        has_callout: text.contains("<div class=\"from-asyncio\">"),
    }
}

/// The program mdBook's Run button sends for a listing: the whole file, as
/// `cargo test` builds it, except that mdBook drops the file's last
/// newline, and the `// ANCHOR:` and `// ANCHOR_END:` comment lines when
/// the chapter shows one part of it.
fn whole_program(listing: &Path, shown_in_part: bool) -> String {
    let text = std::fs::read_to_string(listing)
        .unwrap_or_else(|e| panic!("{}: {e}", support::shown(listing)));
    let is_marker = |line: &str| {
        ["ANCHOR:", "ANCHOR_END:"].iter().any(|marker| {
            line.split_once(marker).is_some_and(|(_, name)| {
                name.trim_start()
                    .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
            })
        })
    };
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| !(shown_in_part && is_marker(line)))
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

/// Headless Chromium, started once for all the tests of this file, and the
/// runtime its connection lives on.
struct Chrome {
    runtime: tokio::runtime::Runtime,
    browser: Browser,
    _profile: TempDir,
}

/// Chromium, or `None` after saying the browser tests were skipped (or
/// failing, under CI).
fn chrome() -> Option<&'static Chrome> {
    static CHROME: OnceLock<Option<Chrome>> = OnceLock::new();
    let chrome = CHROME.get_or_init(|| {
        let Some(executable) = find_chromium() else {
            support::skip_unless_ci(
                "Chromium is not installed, so the rendered book was not checked in a browser",
                "Install it (Debian: `apt install chromium`) and run `cargo test --test browser`.",
            );
            return None;
        };
        Some(launch(&executable))
    });
    chrome.as_ref()
}

fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn launch(executable: &Path) -> Chrome {
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
        runtime,
        browser,
        _profile: profile,
    }
}

type Check<'a> = std::pin::Pin<Box<dyn Future<Output = Vec<String>> + 'a>>;

impl Chrome {
    /// Runs one test's work in the browser. One test at a time: tabs that
    /// load pages side by side on two cores are no faster, and chromiumoxide
    /// has hung doing so.
    fn run<T>(&self, work: impl Future<Output = T>) -> T {
        static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
        let _turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        self.runtime.block_on(work)
    }

    /// Opens each page in one tab `width` px wide, fails on its console
    /// errors, and runs `check` on it.
    fn in_each_page(
        &self,
        width: u32,
        pages: &[Chapter],
        check: impl for<'a> Fn(&'a Tab, &'a Chapter) -> Check<'a>,
    ) -> Vec<String> {
        self.run(async {
            let tab = self.tab(width).await;
            let mut problems = Vec::new();
            for page in pages {
                problems.extend(tab.open(&page.html).await);
                problems.extend(check(&tab, page).await);
                problems.extend(tab.errors(&page.html));
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
        let mut console = page
            .event_listener::<EventConsoleApiCalled>()
            .await
            .unwrap();
        let errors = seen.clone();
        tokio::spawn(async move {
            while let Some(call) = console.next().await {
                if matches!(
                    call.r#type,
                    ConsoleApiCalledType::Error | ConsoleApiCalledType::Assert
                ) {
                    let said: Vec<String> = call
                        .args
                        .iter()
                        .map(|arg| match &arg.value {
                            Some(Value::String(s)) => s.clone(),
                            Some(value) => value.to_string(),
                            None => arg.description.clone().unwrap_or_default(),
                        })
                        .collect();
                    errors
                        .lock()
                        .unwrap()
                        .errors
                        .push(format!("console.error: {}", said.join(" ")));
                }
            }
        });
        let mut thrown = page.event_listener::<EventExceptionThrown>().await.unwrap();
        let errors = seen.clone();
        tokio::spawn(async move {
            while let Some(thrown) = thrown.next().await {
                let details = &thrown.exception_details;
                let what = details
                    .exception
                    .as_ref()
                    .and_then(|e| e.description.clone())
                    .unwrap_or_else(|| details.text.clone());
                errors.lock().unwrap().errors.push(format!(
                    "uncaught exception at {}:{}: {what}",
                    details.url.as_deref().unwrap_or("?"),
                    details.line_number + 1
                ));
            }
        });
        let mut logged = page.event_listener::<EventEntryAdded>().await.unwrap();
        let errors = seen.clone();
        tokio::spawn(async move {
            while let Some(logged) = logged.next().await {
                let entry = &logged.entry;
                if entry.level == LogEntryLevel::Error {
                    errors.lock().unwrap().errors.push(format!(
                        "{}{}",
                        entry.text,
                        entry
                            .url
                            .as_ref()
                            .map(|u| format!(" ({u})"))
                            .unwrap_or_default()
                    ));
                }
            }
        });
        Tab { page, seen }
    }
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
}

impl Tab {
    /// Loads one file of the book and waits until its scripts have set it
    /// up; returns the problems met on the way.
    async fn open(&self, file: &str) -> Vec<String> {
        let url = format!("{}{file}", site().base_url());
        match tokio::time::timeout(Duration::from_secs(20), self.page.goto(&url)).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => return vec![format!("{file}: did not load: {e}")],
            Err(_) => return vec![format!("{file}: did not load within 20 s")],
        }
        // The Run buttons appear once the playground's crate list is in.
        let ready = self
            .wait_for(
                "() => document.readyState === 'complete' &&
                    [...document.querySelectorAll('pre.playground .play-button')]
                        .every(b => !b.classList.contains('hidden'))",
            )
            .await;
        if ready {
            Vec::new()
        } else {
            vec![format!("{file}: its Run buttons never appeared")]
        }
    }

    /// The problems this tab's page has had since the last call, named for `file`.
    fn errors(&self, file: &str) -> Vec<String> {
        let errors = std::mem::take(&mut self.seen.lock().unwrap().errors);
        errors.into_iter().map(|e| format!("{file}: {e}")).collect()
    }

    /// Calls a JavaScript function in the page (awaiting it, if async) and
    /// returns what it returned.
    async fn call(&self, function: &str) -> Value {
        let result = self.page.evaluate_function(function).await;
        let result =
            result.unwrap_or_else(|e| panic!("the page's JavaScript failed: {e}\n{function}"));
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
    async fn figures_problems(&self, page: &Chapter) -> Vec<String> {
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
    async fn run_buttons_problems(&self, page: &Chapter) -> Vec<String> {
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
            if edition != EDITION {
                problems.push(format!(
                    "{place}: the Run button sends edition {edition}, not {EDITION}"
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
            .call("() => document.querySelector('#mdbook-searchresults a')?.getAttribute('href')")
            .await;
        first
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| "it found nothing".to_owned())
    }
}

/// Answers one request the page made: a file of the book, the playground's
/// crate list, or a run; anything else is refused and noted.
async fn answer(page: &Page, request: &EventRequestPaused, seen: &Mutex<Seen>) {
    let site = site();
    let url = request.request.url.as_str();
    let method = request.request.method.as_str();
    let cors = [
        ("Access-Control-Allow-Origin", "*"),
        ("Access-Control-Allow-Methods", "POST"),
        ("Access-Control-Allow-Headers", "Content-Type"),
    ];
    let reply = if let Some(file) = url.strip_prefix(&site.base_url()) {
        let file = file.split(['?', '#']).next().unwrap();
        let file = if file.is_empty() || file.ends_with('/') {
            format!("{file}index.html")
        } else {
            file.to_owned()
        };
        match std::fs::read(site.dir.path().join(&file)) {
            Ok(body) => Some((200, content_type(&file), body, &cors[..0])),
            // GitHub Pages answers a missing file with the site's 404 page.
            Err(_) => Some((
                404,
                "text/html",
                std::fs::read(site.dir.path().join("404.html")).unwrap_or_default(),
                &cors[..0],
            )),
        }
    } else if url == format!("{ORIGIN}/favicon.ico") {
        // Chromium asks for it on a page that names no icon (toc.html,
        // the sidebar's frame). It is not the book's: the host's root
        // answers it. An empty answer, which Chromium logs no error for.
        Some((204, "text/plain", Vec::new(), &cors[..0]))
    } else if url.starts_with(PLAYGROUND) && method == "OPTIONS" {
        Some((204, "text/plain", Vec::new(), &cors[..]))
    } else if url == format!("{PLAYGROUND}/meta/crates") {
        let crates = ["tokio", "futures", "tokio_util", "tokio_stream"]
            .map(|id| json!({ "id": id, "name": id, "version": "1" }));
        let body = json!({ "crates": crates }).to_string().into_bytes();
        Some((200, "application/json", body, &cors[..]))
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
            Some((_, output)) => output.clone(),
            None => "(the test's stand-in playground: this is no listing's program)".to_owned(),
        };
        seen.lock().unwrap().runs.push((code, edition));
        let body = json!({ "result": result }).to_string().into_bytes();
        Some((200, "application/json", body, &cors[..]))
    } else {
        None
    };
    let Some((status, content_type, body, cors)) = reply else {
        seen.lock()
            .unwrap()
            .errors
            .push(format!("asked for {url}, outside the book (refused)"));
        let refuse =
            FailRequestParams::new(request.request_id.clone(), ErrorReason::BlockedByClient);
        let _ = page.execute(refuse).await;
        return;
    };
    // mdBook names its styles, scripts and fonts by their content's hash,
    // so the browser may keep them, as it would from GitHub Pages.
    let mut headers = vec![
        HeaderEntry::new("Content-Type", content_type),
        HeaderEntry::new("Cache-Control", "max-age=600"),
    ];
    headers.extend(
        cors.iter()
            .map(|(name, value)| HeaderEntry::new(*name, *value)),
    );
    let mut fulfil = FulfillRequestParams::new(request.request_id.clone(), status);
    fulfil.response_headers = Some(headers);
    fulfil.body = Some(BASE64_STANDARD.encode(body).into());
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

/// How wide the page is against its window, and the first few elements of
/// `main` (outside code blocks and tables, which scroll inside themselves)
/// that reach past the window's right edge.
const WIDE_ELEMENTS_JS: &str = r#"() => {
    const width = document.documentElement.clientWidth;
    const wide = [];
    for (const element of document.querySelectorAll('main *')) {
        if (element.closest('pre, table, .table-wrapper')) continue;
        const right = element.getBoundingClientRect().right;
        if (right > width + 0.5 && wide.length < 5) {
            const text = (element.textContent || '').trim().slice(0, 40);
            wide.push({ what: `<${element.tagName.toLowerCase()}> "${text}"`, right: Math.round(right) });
        }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
}"#;

/// Every piece of text in the page's callouts (their "Coming from asyncio"
/// label included) and figures, with its colour and the colour behind it:
/// the nearest background of the element or its ancestors, or for a
/// figure's text the shapes drawn under it (found by hit-testing), each
/// blended by its opacity over what lies beneath. Returns how many were
/// checked and those under the minimum contrast.
const LOW_CONTRAST_JS: &str = r#"() => {
    const MIN = 4.5;
    const parse = (colour) => {
        const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour || '');
        return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
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
    // The colour behind an HTML element: its own and its ancestors'
    // backgrounds, blended from the page's canvas (white) up.
    const behind = (element) => {
        const layers = [];
        for (let e = element; e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
        }
        return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1]);
    };
    // The colour behind an SVG text: the shapes under its middle, top
    // first, down to the HTML the figure sits on.
    const behindSvgText = (text) => {
        const box = text.getBoundingClientRect();
        const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const layers = [];
        let base = null;
        for (const e of stack) {
            if (e === text || e.closest('text') === text) continue;
            if (!(e instanceof SVGElement)) { base = behind(e); break; }
            if (!(e instanceof SVGGeometryElement) || e.tagName === 'line' || e.tagName === 'text') continue;
            const style = getComputedStyle(e);
            const fill = parse(style.fill);
            if (!fill) continue;
            fill[3] *= +style.fillOpacity * opacity(e);
            if (fill[3] > 0) { layers.push(fill); if (fill[3] >= 1) break; }
        }
        return layers.reverse().reduce((below, top) => over(top, below), base || behind(text.closest('svg').parentElement));
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
    const check = (where, text, fg, bg) => {
        checked++;
        const r = ratio(fg, bg);
        if (r < MIN && low.length < 10) low.push({ where, text: text.slice(0, 40), fg: show(fg), bg: show(bg), ratio: r });
    };
    const ownText = (e) => [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
    for (const callout of document.querySelectorAll('main .from-asyncio')) {
        const label = getComputedStyle(callout, '::before');
        const bg = behind(callout);
        check('a callout\'s label', label.content.replace(/"/g, ''), over(parse(label.color), bg), bg);
        for (const e of callout.querySelectorAll('*')) {
            const text = ownText(e);
            if (!text || !e.checkVisibility()) continue;
            const bg = behind(e);
            const fg = parse(getComputedStyle(e).color);
            fg[3] *= opacity(e);
            check('a callout', text, over(fg, bg), bg);
        }
    }
    for (const svg of document.querySelectorAll('main svg')) {
        svg.scrollIntoView({ block: 'center' });
        const title = svg.querySelector('title')?.id || 'a figure';
        for (const text of svg.querySelectorAll('text')) {
            const content = text.textContent.trim();
            if (!content) continue;
            const style = getComputedStyle(text);
            const fill = parse(style.fill);
            if (!fill) continue;
            fill[3] *= +style.fillOpacity * opacity(text);
            const bg = behindSvgText(text);
            check(`the figure ${title}`, content, over(fill, bg), bg);
        }
    }
    window.scrollTo(0, 0);
    return { checked, low };
}"#;
