//! The search index: one [Pagefind](https://pagefind.app) bundle per
//! language, built in memory from the main text the pages producer hands
//! over ([`super::HandOver`]), and a results page per language from the
//! theme's `search.html`.
//!
//! Each language gets its own bundle, `pagefind/<code>/`, so a query on a
//! Swedish page can only ever return Swedish pages, the bundles are built
//! in parallel, and a language without pages simply has none. Fallback
//! copies of untranslated pages are not handed over: they are found in
//! their original language's search. Pagefind's own UI files are left out;
//! the theme has its own results page on Pagefind's JS API.
//!
//! Pagefind keeps every page it indexes in memory until the bundle is
//! written, about twenty times the page's text. A large language is
//! therefore indexed in parts ([`shards`]) of at most [`SHARD_BYTES`] of
//! main text each: the first part is the language's bundle, the others are
//! bundles in `pagefind/<code>/part-N/` that the results page merges with
//! Pagefind's `mergeIndex`, and at most [`AT_ONCE`] parts are built at the
//! same time, so peak memory stays bounded whatever the site's size.

use std::collections::BTreeMap;
use std::sync::{Arc, Condvar, Mutex};

use fluent_bundle::FluentArgs;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use tera::Context;

use super::edit::{self, Change, Reaction};
use super::templates::Sources;
use super::{Claim, Cx, Generated, Later, MainText, Produced, Producer, Scope, sink_problems};
use crate::error::Diagnostic;
use crate::lang::Lang;
use crate::output::{Data, OutputFile, Sink};
use crate::site::Site;

/// The theme's template of the results page.
pub const TEMPLATE: &str = "search.html";
/// The folder of the bundles, below the site root.
pub const BUNDLE_DIR: &str = "pagefind";
/// The results page's folder below a language's.
const PAGE_DIR: &str = "search";

/// The output folder of `lang`'s results page (`sv/search/`), when the
/// site has search and the theme a results page.
pub fn page_path(site: &Site, sources: &Sources, lang: &Lang) -> Option<String> {
    (site.config.search && sources.templates.contains_key(TEMPLATE)).then(|| format!("{lang}/{PAGE_DIR}/"))
}

/// The output folder of `lang`'s bundle (`pagefind/sv/`).
pub fn bundle_path(lang: &Lang) -> String {
    format!("{BUNDLE_DIR}/{lang}/")
}

/// The output folder of part `index` (from 0) of `lang`'s bundle: the
/// bundle's own folder for the first, `pagefind/sv/part-2/` and so on for
/// the others.
pub fn part_path(lang: &Lang, index: usize) -> String {
    if index == 0 {
        bundle_path(lang)
    } else {
        format!("{}part-{}/", bundle_path(lang), index + 1)
    }
}

/// Main text (bytes of HTML) indexed in one part of a bundle: Pagefind
/// needs about 20 times as much memory while it builds the part, so two
/// parts at once take about a gigabyte.
pub const SHARD_BYTES: usize = 12 << 20;

/// How many parts are built at the same time, on any machine.
pub const AT_ONCE: usize = 2;

/// The part size in use: [`SHARD_BYTES`], or `TOLK_SEARCH_SHARD_BYTES`
/// from the environment (for tests, and for machines short of memory).
fn shard_bytes() -> usize {
    std::env::var("TOLK_SEARCH_SHARD_BYTES")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(SHARD_BYTES)
}

/// Cuts `texts`, in their order, into consecutive parts of at most
/// `budget` bytes of main text each (a part has at least one page, so a
/// single page larger than the budget is a part of its own).
pub fn shards(texts: Vec<Arc<MainText>>, budget: usize) -> Vec<Vec<Arc<MainText>>> {
    let mut parts: Vec<Vec<Arc<MainText>>> = Vec::new();
    let mut size = 0;
    for text in texts {
        let len = text.html.len() + text.title.len();
        match parts.last_mut() {
            Some(part) if size + len <= budget => {
                size += len;
                part.push(text);
            }
            _ => {
                size = len;
                parts.push(vec![text]);
            }
        }
    }
    parts
}

/// A permit to build one part: at most [`AT_ONCE`] are out at a time.
struct Permit;

static PERMITS: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

impl Permit {
    fn take() -> Self {
        let (count, freed) = &PERMITS;
        let mut out = count.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        while *out >= AT_ONCE {
            out = freed.wait(out).unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        *out += 1;
        Permit
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let (count, freed) = &PERMITS;
        let mut out = count.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *out -= 1;
        freed.notify_one();
    }
}

/// The search producer: every language's bundle and results page.
pub struct Search;

impl Producer for Search {
    fn name(&self) -> &'static str {
        "search index"
    }

    /// Text and wording edits change what is indexed: the indexes are
    /// built again (from the main texts kept in the hand-over, so only the
    /// edited pages are rendered again).
    fn reacts_to(&self, site: &Site, edit: &edit::Edit<'_>) -> Reaction {
        match edit.change {
            Change::Text | Change::Wording if site.config.search => Reaction::Rerun,
            Change::Text | Change::Wording => Reaction::Untouched,
            Change::Other => Reaction::Everything,
        }
    }

    fn produce(&self, cx: &Cx<'_>, _: Scope<'_>, sink: &dyn Sink) -> Produced {
        if !cx.site.config.search {
            return Produced::default();
        }
        let explicit = cx.site.config.output.explicit_index;
        let mut produced = Produced::default();
        for l in &cx.site.config.languages {
            let lang = l.lang.clone();
            let parts = shards(cx.handover.main_texts(&lang), shard_bytes());
            if let Some(path) = page_path(cx.site, &cx.theme.templates, &lang) {
                match results_page(cx, &lang, path, parts.len()) {
                    Ok(file) => {
                        let claim: Claim = (file.path.clone(), file.source.clone());
                        match sink.put(file) {
                            Ok(()) => produced.claims.push(claim),
                            Err(e) => produced.problems.extend(sink_problems(e)),
                        }
                    }
                    Err(problems) => produced.problems.extend(problems),
                }
            }
            if !parts.is_empty() {
                produced.later.push(Later {
                    folder: bundle_path(&lang),
                    job: Box::new(move |sink: &dyn Sink| {
                        for (index, part) in parts.into_iter().enumerate() {
                            let files = {
                                let _permit = Permit::take();
                                bundle(&lang, part, index, explicit).map_err(|d| vec![d])?
                            };
                            let problems: Vec<Diagnostic> = files
                                .into_iter()
                                .filter_map(|f| sink.put(f).err())
                                .flat_map(sink_problems)
                                .collect();
                            if !problems.is_empty() {
                                return Err(problems);
                            }
                        }
                        Ok(())
                    }),
                });
            }
        }
        produced
    }
}

/// The document Pagefind indexes for one page: its title and main text,
/// in its language, marked as the body to index.
pub fn document(text: &MainText) -> String {
    let title = crate::escape::html(&text.title);
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><title>{title}</title></head><body><main data-pagefind-body><h1>{title}</h1>{html}</main></body></html>",
        lang = crate::escape::html(text.lang.code()),
        html = text.html
    )
}

/// The URL of a page as the search results link it, from the site root
/// (Pagefind's client puts the site's own path in front).
fn result_url(path: &str, explicit_index: bool) -> String {
    if explicit_index {
        format!("/{path}index.html")
    } else {
        format!("/{path}")
    }
}

/// Builds part `part` of `lang`'s Pagefind bundle from `texts`, in memory.
fn bundle(
    lang: &Lang,
    texts: Vec<Arc<MainText>>,
    part: usize,
    explicit_index: bool,
) -> Result<Vec<OutputFile>, Diagnostic> {
    let failed = |e: &dyn std::fmt::Display| {
        Diagnostic::error(None, format!("the search index of `{lang}` could not be built: {e}"))
            .hint("build with --no-search (or `search: false` in site.yaml) to publish without search, and report this")
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failed(&e))?;
    let files = runtime
        .block_on(async {
            let options = PagefindServiceConfig::builder()
                .force_language(lang.code().to_ascii_lowercase())
                .keep_index_url(true)
                .build();
            let mut index = PagefindIndex::new(Some(options))?;
            for text in texts {
                index
                    .add_html_file(None, Some(result_url(&text.path, explicit_index)), document(&text))
                    .await?;
            }
            index.get_files().await
        })
        .map_err(|e| failed(&e))?;
    let dir = part_path(lang, part);
    let names: Vec<String> = files
        .iter()
        .map(|f| f.filename.to_string_lossy().replace('\\', "/"))
        .collect();
    let has_own_wasm = names
        .iter()
        .any(|n| n.starts_with("wasm.") && n != "wasm.unknown.pagefind");
    let mut out: Vec<OutputFile> = files
        .into_iter()
        .zip(names)
        .filter(|(_, name)| wanted(name, has_own_wasm) && (part == 0 || !is_script(name)))
        .map(|(file, name)| OutputFile {
            path: format!("{dir}{name}"),
            data: Data::Bytes(file.contents),
            source: None,
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// The files of a bundle that the results page uses: Pagefind's search
/// API, its worker, the index and the WebAssembly of the language (the
/// generic one only for languages Pagefind has no stemmer for). Not its
/// ready-made UIs, highlighter or playground.
fn wanted(name: &str, has_own_wasm: bool) -> bool {
    let ui = [
        "pagefind-ui.",
        "pagefind-modular-ui.",
        "pagefind-component-ui.",
        "pagefind-highlight.",
    ];
    !(ui.iter().any(|p| name.starts_with(p))
        || name.starts_with("playground/")
        || (has_own_wasm && name == "wasm.unknown.pagefind"))
}

/// Pagefind's scripts, which only the first part of a bundle needs: the
/// other parts are data merged into it.
fn is_script(name: &str) -> bool {
    !name.contains('/') && name.ends_with(".js")
}

/// The results page of `lang`, whose index has `parts` parts.
fn results_page(cx: &Cx<'_>, lang: &Lang, path: String, parts: usize) -> Result<OutputFile, Vec<Diagnostic>> {
    let title = cx
        .catalog
        .format(lang, "search-results-title", None)
        .unwrap_or_else(|| "Search".into())
        .replace(['\u{2068}', '\u{2069}'], "");
    let translations = cx
        .site
        .config
        .languages
        .iter()
        .map(|l| (&l.lang, page_path(cx.site, &cx.theme.templates, &l.lang)))
        .collect();
    let bundle = crate::site::urls::relative(&path, &format!("{}pagefind.js", bundle_path(lang)), false);
    let merged: Vec<String> = (1..parts)
        .map(|i| crate::site::urls::relative(&path, &part_path(lang, i), false))
        .collect();
    let mut more = Context::new();
    more.insert(
        "search",
        &serde_json::json!({
            "bundle": (parts > 0).then_some(bundle),
            "parts": merged,
            "messages": messages(cx.catalog, lang),
        }),
    );
    let generated = Generated {
        lang,
        path,
        title,
        kind: "search",
        translations,
    };
    cx.renderer.generated(&generated, TEMPLATE, more).map_err(sink_problems)
}

/// A stand-in for the query, replaced by the client.
const QUERY: &str = "\u{E000}";

/// The strings the results page fills in at run time, from the catalog,
/// as `name`, `text` pairs (for `data-<name>` attributes): `count-<category>`
/// for every CLDR plural category a whole number has in the language
/// (`count-one`, `count-few`, …) and `none`, with `%count%` and `%query%`
/// for the client to replace (no braces: nothing on a page looks like a
/// Fluent placeholder).
fn messages(catalog: &crate::i18n::Catalog, lang: &Lang) -> Vec<serde_json::Value> {
    let clean = |s: String| s.replace(['\u{2068}', '\u{2069}'], "").replace(QUERY, "%query%");
    let mut count = BTreeMap::new();
    if let Ok(rules) = icu::plurals::PluralRules::try_new_cardinal(lang.locale().into()) {
        for n in 0..=200_u32 {
            let category = plural_name(rules.category_for(n));
            if count.contains_key(category) {
                continue;
            }
            let mut args = FluentArgs::new();
            args.set("count", n);
            args.set("query", QUERY);
            if let Some(text) = catalog.format(lang, "search-results-count", Some(&args)) {
                let number = crate::i18n::format::number_in(lang.locale(), f64::from(n), 0, 0);
                count.insert(category, clean(text).replace(&number, "%count%"));
            }
        }
    }
    let mut args = FluentArgs::new();
    args.set("query", QUERY);
    let none = catalog.format(lang, "search-no-results", Some(&args)).map(clean);
    count
        .into_iter()
        .map(|(category, text)| serde_json::json!({ "name": format!("count-{category}"), "text": text }))
        .chain(none.map(|text| serde_json::json!({ "name": "none", "text": text })))
        .collect()
}

/// The name JavaScript's `Intl.PluralRules` gives a category.
fn plural_name(category: icu::plurals::PluralCategory) -> &'static str {
    use icu::plurals::PluralCategory as P;
    match category {
        P::Zero => "zero",
        P::One => "one",
        P::Two => "two",
        P::Few => "few",
        P::Many => "many",
        P::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_files_of_pagefind_are_left_out() {
        assert!(wanted("pagefind.js", true));
        assert!(wanted("pagefind-worker.js", true));
        assert!(wanted("index/sv_1234.pf_index", true));
        assert!(wanted("wasm.sv.pagefind", true));
        assert!(!wanted("wasm.unknown.pagefind", true));
        assert!(wanted("wasm.unknown.pagefind", false));
        assert!(!wanted("pagefind-ui.js", true));
        assert!(!wanted("pagefind-component-ui.css", true));
        assert!(!wanted("playground/index.html", true));
    }

    fn text(path: &str, bytes: usize) -> Arc<MainText> {
        Arc::new(MainText {
            lang: Lang::new("sv", None, None).unwrap(),
            path: path.into(),
            title: String::new(),
            html: "x".repeat(bytes),
        })
    }

    fn paths(parts: &[Vec<Arc<MainText>>]) -> Vec<Vec<&str>> {
        parts
            .iter()
            .map(|p| p.iter().map(|t| t.path.as_str()).collect())
            .collect()
    }

    #[test]
    fn shards_keep_the_order_and_the_budget() {
        let texts = vec![text("a", 4), text("b", 4), text("c", 3), text("d", 9), text("e", 1)];
        assert_eq!(
            paths(&shards(texts, 8)),
            [vec!["a", "b"], vec!["c"], vec!["d"], vec!["e"]]
        );
        assert!(shards(Vec::new(), 8).is_empty());
        assert_eq!(paths(&shards(vec![text("a", 1), text("b", 1)], 100)), [vec!["a", "b"]]);
    }

    #[test]
    fn parts_after_the_first_live_inside_the_bundle() {
        let sv = Lang::new("sv", None, None).unwrap();
        assert_eq!(part_path(&sv, 0), "pagefind/sv/");
        assert_eq!(part_path(&sv, 1), "pagefind/sv/part-2/");
        assert!(is_script("pagefind.js") && is_script("pagefind-worker.js"));
        assert!(!is_script("wasm.sv.pagefind") && !is_script("index/a.js"));
    }

    #[test]
    fn result_urls_follow_explicit_index() {
        assert_eq!(result_url("sv/om/", true), "/sv/om/index.html");
        assert_eq!(result_url("sv/om/", false), "/sv/om/");
    }
}
