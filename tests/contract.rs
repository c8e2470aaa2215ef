//! The theme contract, black-box: everything tolk hands to templates.
//!
//! `tests/fixtures/contract` is a site whose theme prints, on every page,
//! one call of every function and filter tolk adds and then the whole
//! template context. Tera 2.4 has no JSON filter (no `json_encode`), but
//! `{{ __tera_context }}` prints the context in Tera's own notation, which
//! [`Dump`] reads into JSON, strictly. The site is built by the `tolk`
//! binary with a fixed `--now`, as a user would, and:
//!
//! - the contexts of a page, a fallback page, the home, a section, an event
//!   page and the root page, the function results, a calendar feed, an Atom
//!   feed and the vCards are compared with the snapshots in
//!   `tests/snapshots/contract__*.snap` (insta);
//! - every variable in every page's context, and every function and filter
//!   tolk registers, is compared with the README's "Template reference",
//!   both ways, so neither can change without the other.
//!
//! After an intended change of the contract: `INSTA_UPDATE=always cargo test
//! --test contract` rewrites the snapshots (or `cargo insta review`, with
//! cargo-insta installed); review the diff, then update the README.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::Fixture;
use serde_json::{Map, Value};

const NOW: &str = "2026-11-29T12:00:00Z";

/// The heading of the README's reference (a `###` section of `## Templates`).
const REFERENCE: &str = "### Template reference";
/// The list of variables that page, section and home templates get.
const PAGE_CONTEXT: &str = "Page, section and home templates";
/// The list of variables that `root.html` and `404.html` get.
const ROOT_CONTEXT: &str = "root.html and 404.html";
/// The list of variables that `search.html` gets.
const SEARCH_CONTEXT: &str = "search.html";

// ---------------------------------------------------------------------------
// Building and reading the contract site

/// The contract site, built by the `tolk` binary, with a search index in
/// parts of one page each (so that `search.parts` has entries).
fn built() -> Fixture {
    let f = Fixture::new("contract");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["build", "--now", NOW])
        .current_dir(f.root())
        .env("TOLK_SEARCH_SHARD_BYTES", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "tolk build failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    f
}

/// An output file as text. Fails if it names the folder the site was built
/// in: nothing in the contract may depend on where a site lives, so such a
/// value is a bug to look at, never something to redact.
fn read(f: &Fixture, rel: &str) -> String {
    let path = f.out().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut local: Vec<PathBuf> = vec![f.root().to_path_buf(), PathBuf::from(env!("CARGO_MANIFEST_DIR"))];
    local.extend(f.root().canonicalize());
    local.extend(f.root().file_name().map(PathBuf::from));
    for place in local {
        let place = place.to_string_lossy();
        assert!(
            !text.contains(place.as_ref()),
            "{rel} contains the local path `{place}`; the contract must not depend on where the site is built"
        );
    }
    text
}

/// The text between two marker lines of a page.
fn between<'a>(text: &'a str, name: &str, rel: &str) -> &'a str {
    let open = format!("<!--{name}-->\n");
    let close = format!("\n<!--/{name}-->");
    let start = text
        .find(&open)
        .unwrap_or_else(|| panic!("{rel}: no <!--{name}--> block"))
        + open.len();
    let end = start
        + text[start..]
            .find(&close)
            .unwrap_or_else(|| panic!("{rel}: <!--{name}--> is not closed"));
    &text[start..end]
}

/// The whole template context of an output page, as JSON.
fn context(f: &Fixture, rel: &str) -> Value {
    Dump::parse(between(&read(f, rel), "context", rel))
}

/// Every HTML page of the output, by path.
fn pages(f: &Fixture) -> Vec<String> {
    common::snapshot(&f.out())
        .into_keys()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|p| p.ends_with(".html"))
        .collect()
}

// ---------------------------------------------------------------------------
// Snapshots

#[test]
fn context_of_a_page() {
    // The original of a page with contacts, headings, extra data, dates, a
    // translation and a fallback, in the default language.
    let f = built();
    let ctx = context(&f, "sv/kontakt/index.html");
    assert!(ctx.get("section").is_none(), "pages get no `section`");
    insta::assert_json_snapshot!("page", ctx);
}

#[test]
fn context_of_a_fallback_page() {
    // `de` has no contact page: the English one is published at the German
    // address (de → en → sv).
    let f = built();
    let ctx = context(&f, "de/contact/index.html");
    assert_eq!(ctx["page"]["translation_state"], "fallback");
    insta::assert_json_snapshot!("fallback_page", ctx);
}

#[test]
fn context_of_a_catalogue_page() {
    // `de` has no about page written by hand; po/de.po translates its
    // title, not its text: a page made from the catalogue, half translated.
    let f = built();
    let ctx = context(&f, "de/about/index.html");
    assert_eq!(ctx["page"]["translation_state"], "partial");
    assert_eq!(ctx["page"]["coverage"]["percent"], 50);
    insta::assert_json_snapshot!("catalogue_page", ctx);
}

#[test]
fn context_of_the_home() {
    let f = built();
    let ctx = context(&f, "sv/index.html");
    assert_eq!(ctx["section"], ctx["page"], "`section` is the same value as `page`");
    insta::assert_json_snapshot!("home", ctx);
}

#[test]
fn context_of_a_section() {
    // The calendar section: its pages are events.
    let f = built();
    let ctx = context(&f, "sv/kalender/index.html");
    assert_eq!(ctx["section"], ctx["page"], "`section` is the same value as `page`");
    insta::assert_json_snapshot!("section", ctx);
}

#[test]
fn context_of_an_event_page() {
    // A timed event in Europe/Stockholm, with every event field set.
    let f = built();
    let ctx = context(&f, "sv/kalender/seminarium/index.html");
    assert_eq!(ctx["page"]["event"]["timezone"], "Europe/Stockholm");
    insta::assert_json_snapshot!("event_page", ctx);
}

#[test]
fn context_of_the_search_page() {
    let f = built();
    let ctx = context(&f, "sv/search/index.html");
    assert_eq!(ctx["page"]["kind"], "search");
    assert!(!ctx["search"]["parts"].as_array().unwrap().is_empty());
    insta::assert_json_snapshot!("search", ctx);
}

#[test]
fn context_of_a_term_page_and_the_term_index() {
    // The first of the two pages of a term (`tags` paginates by 1 here).
    let f = built();
    let ctx = context(&f, "sv/etiketter/människohandel/index.html");
    assert_eq!(ctx["page"]["kind"], "term");
    assert_eq!(ctx["paginator"]["total"], 2);
    insta::assert_json_snapshot!("term_page", ctx);
    let ctx = context(&f, "sv/etiketter/index.html");
    assert_eq!(ctx["page"]["kind"], "terms");
    insta::assert_json_snapshot!("term_index", ctx);
}

#[test]
fn context_of_the_root_and_404_pages() {
    let f = built();
    let root = context(&f, "index.html");
    assert_eq!(root["languages"], root["site"]["languages"]);
    assert_eq!(context(&f, "404.html"), root, "404.html gets what root.html gets");
    insta::assert_json_snapshot!("root", root);
}

#[test]
fn function_and_filter_results() {
    // In the default language, in a translation, and in a language that
    // falls back (where `t` marks text from another language).
    let f = built();
    let mut out = String::new();
    for rel in [
        "sv/kontakt/index.html",
        "en/contact/index.html",
        "de/contact/index.html",
    ] {
        out.push_str(&format!("== {rel}\n{}\n", between(&read(&f, rel), "functions", rel)));
    }
    insta::assert_snapshot!("functions", out);
}

#[test]
fn calendar_feed_ics() {
    // A language's feed: a timed event with its VTIMEZONE and a cancelled
    // all-day one. RFC 5545 lines end in CRLF; the snapshot shows them as
    // LF, so the line ends are checked here. PRODID names tolk's version,
    // which is replaced so that a release does not change the snapshot.
    let f = built();
    let ics = read(&f, "sv/calendar.ics");
    assert!(ics.ends_with("\r\n"), "the calendar ends with CRLF");
    assert!(!ics.replace("\r\n", "").contains('\n'), "every line ends with CRLF");
    let ics = ics
        .replace("\r\n", "\n")
        .replace(concat!("tolk ", env!("CARGO_PKG_VERSION")), "tolk [version]");
    insta::assert_snapshot!("calendar_ics", ics);
}

#[test]
fn atom_feed() {
    let f = built();
    insta::assert_snapshot!("atom", read(&f, "sv/nyheter/atom.xml"));
}

#[test]
fn vcards() {
    // One card with the site's title as ORG, one with its own organisation.
    let f = built();
    let mut out = String::new();
    for rel in ["sv/kontakt/ada-lindqvist.vcf", "sv/kontakt/bo-ek.vcf"] {
        let card = read(&f, rel);
        assert!(
            !card.replace("\r\n", "").contains('\n'),
            "{rel}: every line ends with CRLF"
        );
        out.push_str(&format!("== {rel}\n{}", card.replace("\r\n", "\n")));
    }
    insta::assert_snapshot!("vcards", out);
}

// ---------------------------------------------------------------------------
// The README's Template reference

#[test]
fn readme_documents_every_context_variable() {
    let reference = Reference::from_readme();
    let f = built();
    let mut checker = Checker::new(&reference);
    let pages = pages(&f);
    assert!(pages.len() > 20, "the contract site has {} pages", pages.len());
    for rel in &pages {
        let list = if rel == "index.html" || rel == "404.html" {
            ROOT_CONTEXT
        } else if rel.ends_with("/search/index.html") {
            SEARCH_CONTEXT
        } else {
            PAGE_CONTEXT
        };
        let ctx = context(&f, rel);
        let Value::Object(fields) = &ctx else {
            panic!("{rel}: the context is not a map")
        };
        checker.fields(list, "", fields, &format!("{rel}: "));
    }
    let problems = checker.finish();
    assert!(
        problems.is_empty(),
        "the README's {REFERENCE} and the template context differ:\n{}\n(see the format at the top of that section)",
        problems.join("\n")
    );
}

#[test]
fn readme_documents_every_function_and_filter() {
    let reference = Reference::from_readme();
    let source = rust_sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let registered = [
        (
            "Functions",
            registered(&source, "register_function(\""),
            "Tera function",
        ),
        ("Filters", registered(&source, "register_filter(\""), "Tera filter"),
        (
            "Fluent functions",
            registered(&source, "add_function(\""),
            "Fluent function",
        ),
    ];
    let mut problems = Vec::new();
    for (list, names, what) in &registered {
        assert!(!names.is_empty(), "no {what} found in src/: has registration moved?");
        let documented = reference.names(list);
        for n in names.difference(&documented) {
            problems.push(format!(
                "the {what} `{n}` is registered but not in the README's list \"{list}\""
            ));
        }
        for n in documented.difference(names) {
            problems.push(format!(
                "the README's list \"{list}\" has `{n}`, which tolk does not register"
            ));
        }
    }
    let fluent: BTreeSet<String> = tolk::i18n::references::FUNCTIONS
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(
        fluent, registered[2].1,
        "references::FUNCTIONS and the Fluent functions registered differ"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The fixture's theme uses every documented one, and each gives text.
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contract/themes/probe");
    let template = std::fs::read_to_string(theme.join("templates/base.html")).unwrap();
    let ftl = std::fs::read_to_string(theme.join("locales/sv/theme.ftl")).unwrap();
    let f = built();
    let rel = "sv/kontakt/index.html";
    let page = read(&f, rel);
    let results = between(&page, "functions", rel);
    for name in reference.names("Functions") {
        assert!(
            template.contains(&format!("{{{{ {name}(")),
            "base.html does not call `{name}`"
        );
    }
    for name in reference.names("Filters") {
        assert!(
            template.contains(&format!("| {name}")),
            "base.html does not use `{name}`"
        );
    }
    for name in reference.names("Fluent functions") {
        assert!(ftl.contains(&format!("{name}(")), "theme.ftl does not call `{name}`");
    }
    for line in results.lines() {
        let text = line.split_once('>').and_then(|(_, r)| r.strip_suffix("</p>"));
        assert!(text.is_some_and(|t| !t.trim().is_empty()), "{rel}: no result in {line}");
    }
}

/// Every `.rs` file below `dir`, concatenated.
fn rust_sources(dir: &Path) -> String {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// The names registered by calls such as `register_function("name"`.
fn registered(source: &str, call: &str) -> BTreeSet<String> {
    source
        .match_indices(call)
        .filter_map(|(i, _)| {
            let rest = &source[i + call.len()..];
            rest.find('"').map(|end| rest[..end].to_string())
        })
        .collect()
}

/// A documented type: `string`, `integer`, `bool`, `any`, `object` (its
/// fields listed as `name.field`), `Name` (an object with its own heading),
/// `[T]` (a list), `{T}` (a map with keys of the site's choosing), `T?`
/// (or null).
#[derive(Debug, Clone, PartialEq)]
enum Ty {
    String,
    Integer,
    Bool,
    Any,
    Object,
    Named(String),
    List(Box<Ty>),
    Map(Box<Ty>),
    Nullable(Box<Ty>),
}

impl std::fmt::Display for Ty {
    /// As the README writes it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ty::String => f.write_str("string"),
            Ty::Integer => f.write_str("integer"),
            Ty::Bool => f.write_str("bool"),
            Ty::Any => f.write_str("any"),
            Ty::Object => f.write_str("object"),
            Ty::Named(name) => f.write_str(name),
            Ty::List(inner) => write!(f, "[{inner}]"),
            Ty::Map(inner) => write!(f, "{{{inner}}}"),
            Ty::Nullable(inner) => write!(f, "{inner}?"),
        }
    }
}

impl Ty {
    fn parse(text: &str) -> Option<Ty> {
        if let Some(inner) = text.strip_suffix('?') {
            return Some(Ty::Nullable(Box::new(Ty::parse(inner)?)));
        }
        if let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            return Some(Ty::List(Box::new(Ty::parse(inner)?)));
        }
        if let Some(inner) = text.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
            return Some(Ty::Map(Box::new(Ty::parse(inner)?)));
        }
        Some(match text {
            "string" => Ty::String,
            "integer" => Ty::Integer,
            "bool" => Ty::Bool,
            "any" => Ty::Any,
            "object" => Ty::Object,
            name if name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric()) =>
            {
                Ty::Named(name.to_string())
            }
            _ => return None,
        })
    }
}

/// The README's Template reference: lists of variables (the contexts and
/// the named types) and lists of names (functions, filters).
///
/// Under `### Template reference`, each `####` heading starts a list; a
/// heading that is only a name in backticks (`` #### `Page` ``) describes
/// that type. A variable is one line `` - `name` (type): meaning ``; a
/// function or filter `` - `name(arguments)`: meaning ``. Other lines are
/// prose; a list item in another form is an error, so that a typo cannot
/// hide an entry.
struct Reference {
    variables: BTreeMap<String, BTreeMap<String, Ty>>,
    names: BTreeMap<String, BTreeSet<String>>,
}

impl Reference {
    fn from_readme() -> Reference {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
        Reference::parse(&std::fs::read_to_string(path).unwrap())
    }

    fn parse(readme: &str) -> Reference {
        let mut lines = readme
            .lines()
            .enumerate()
            .skip_while(|(_, l)| l.trim_end() != REFERENCE);
        assert!(lines.next().is_some(), "README.md has no `{REFERENCE}` section");
        let mut reference = Reference {
            variables: BTreeMap::new(),
            names: BTreeMap::new(),
        };
        let mut list: Option<String> = None;
        let mut problems = Vec::new();
        for (i, line) in lines {
            let n = i + 1;
            if line.starts_with("## ") || line.starts_with("### ") {
                break;
            }
            if let Some(heading) = line.strip_prefix("#### ") {
                let heading = heading.trim();
                let name = heading
                    .strip_prefix('`')
                    .and_then(|h| h.strip_suffix('`'))
                    .unwrap_or(heading);
                list = Some(name.to_string());
                continue;
            }
            let Some(item) = line.strip_prefix("- ") else { continue };
            let Some(list) = &list else {
                problems.push(format!("README.md:{n}: a list item before the first #### heading"));
                continue;
            };
            if ["Functions", "Filters", "Fluent functions"].contains(&list.as_str()) {
                match item.strip_prefix('`').and_then(|r| r.split_once('(')) {
                    Some((name, rest)) if rest.contains(")`:") && !name.is_empty() => {
                        reference
                            .names
                            .entry(list.clone())
                            .or_default()
                            .insert(name.to_string());
                    }
                    _ => problems.push(format!(
                        "README.md:{n}: write a function or filter as - `name(arguments)`: meaning"
                    )),
                }
                continue;
            }
            let parsed = item
                .strip_prefix('`')
                .and_then(|r| r.split_once("` ("))
                .and_then(|(name, rest)| rest.split_once("): ").map(|(ty, _)| (name, ty)))
                .and_then(|(name, ty)| Some((name, Ty::parse(ty)?)));
            match parsed {
                Some((name, ty)) => {
                    if reference
                        .variables
                        .entry(list.clone())
                        .or_default()
                        .insert(name.to_string(), ty)
                        .is_some()
                    {
                        problems.push(format!("README.md:{n}: `{name}` is listed twice under \"{list}\""));
                    }
                }
                None => problems.push(format!(
                    "README.md:{n}: write a variable as - `name` (type): meaning, with a type such as string, integer, bool, any, object, Page, [T], {{T}} or T?"
                )),
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        for context in [PAGE_CONTEXT, ROOT_CONTEXT, SEARCH_CONTEXT] {
            assert!(
                reference.variables.contains_key(context),
                "the README's {REFERENCE} has no list `#### {context}`"
            );
        }
        reference
    }

    fn names(&self, list: &str) -> BTreeSet<String> {
        self.names.get(list).cloned().unwrap_or_default()
    }
}

/// Compares contexts with the reference, collecting every difference.
struct Checker<'a> {
    reference: &'a Reference,
    /// Documented entries seen in some context: (list, name).
    seen: BTreeSet<(String, String)>,
    /// Each problem with the first place it was seen.
    problems: BTreeMap<String, String>,
}

impl<'a> Checker<'a> {
    fn new(reference: &'a Reference) -> Self {
        Checker {
            reference,
            seen: BTreeSet::new(),
            problems: BTreeMap::new(),
        }
    }

    fn problem(&mut self, what: String, at: &str) {
        self.problems.entry(what).or_insert_with(|| at.to_string());
    }

    /// The fields of a map documented in `list` under `base` (`page`, or ""
    /// for a type's own fields); `at` is the place in the context.
    fn fields(&mut self, list: &str, base: &str, fields: &Map<String, Value>, at: &str) {
        for (key, value) in fields {
            let name = if base.is_empty() {
                key.clone()
            } else {
                format!("{base}.{key}")
            };
            let here = if at.ends_with(": ") {
                format!("{at}{key}")
            } else {
                format!("{at}.{key}")
            };
            match self.reference.variables.get(list).and_then(|l| l.get(&name)) {
                None => self.problem(format!("not in the README: `{name}` under \"{list}\""), &here),
                Some(ty) => {
                    self.seen.insert((list.to_string(), name.clone()));
                    self.value(list, &name, &ty.clone(), value, &here);
                }
            }
        }
    }

    fn value(&mut self, list: &str, name: &str, ty: &Ty, value: &Value, at: &str) {
        match (ty, value) {
            (Ty::Nullable(_), Value::Null) | (Ty::Any, _) => {}
            (Ty::Nullable(inner), v) => self.value(list, name, inner, v, at),
            (Ty::String, Value::String(_)) | (Ty::Bool, Value::Bool(_)) => {}
            (Ty::Integer, Value::Number(n)) if n.is_i64() || n.is_u64() => {}
            (Ty::Object, Value::Object(fields)) => self.fields(list, name, fields, at),
            (Ty::Named(ty), Value::Object(fields)) => {
                if self.reference.variables.contains_key(ty) {
                    self.fields(ty, "", fields, at);
                } else {
                    self.problem(
                        format!("the README names the type `{ty}` but has no #### `{ty}` list"),
                        at,
                    );
                }
            }
            (Ty::List(inner), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    self.value(list, &format!("{name}[]"), inner, item, &format!("{at}[{i}]"));
                }
            }
            (Ty::Map(inner), Value::Object(entries)) => {
                for (key, item) in entries {
                    self.value(list, &format!("{name}.*"), inner, item, &format!("{at}.{key}"));
                }
            }
            (ty, v) => {
                let kind = match v {
                    Value::Null => "null",
                    Value::Bool(_) => "a bool",
                    Value::Number(_) => "a number",
                    Value::String(_) => "a string",
                    Value::Array(_) => "a list",
                    Value::Object(_) => "a map",
                };
                self.problem(
                    format!("`{name}` under \"{list}\" is documented as {ty} but is {kind}"),
                    at,
                );
            }
        }
    }

    /// Every problem, then every documented entry no context had.
    fn finish(self) -> Vec<String> {
        let mut out: Vec<String> = self
            .problems
            .into_iter()
            .map(|(what, at)| format!("- {what} (first at {at})"))
            .collect();
        for (list, entries) in &self.reference.variables {
            for name in entries.keys() {
                if !self.seen.contains(&(list.clone(), name.clone())) {
                    out.push(format!(
                        "- in the README but in no context of the contract site: `{name}` under \"{list}\""
                    ));
                }
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Tera's notation

/// Reads what `{{ __tera_context }}` prints in Tera 2.4: JSON, except that
/// strings are quoted the way Rust's `{:?}` quotes them (`\u{2068}`, `\'`),
/// and none or undefined values print as nothing (read here as null; a list
/// holding only one such value would print as `[]`). Anything else, such as
/// bytes printed bare, fails with its position, so a change in Tera's
/// notation cannot pass unnoticed.
struct Dump<'a> {
    text: &'a str,
    pos: usize,
}

impl Dump<'_> {
    fn parse(text: &str) -> Value {
        let mut dump = Dump { text, pos: 0 };
        let value = dump.value();
        if dump.pos != text.len() {
            dump.fail("text after the value");
        }
        value
    }

    fn fail(&self, what: &str) -> ! {
        let end = (self.pos + 60).min(self.text.len());
        let end = (end..=self.text.len())
            .find(|i| self.text.is_char_boundary(*i))
            .unwrap_or(self.text.len());
        panic!(
            "__tera_context: {what} at byte {}: `{}`",
            self.pos,
            &self.text[self.pos..end]
        );
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn eat(&mut self, s: &str) -> bool {
        let found = self.text[self.pos..].starts_with(s);
        if found {
            self.pos += s.len();
        }
        found
    }

    fn expect(&mut self, s: &str) {
        if !self.eat(s) {
            self.fail(&format!("expected `{s}`"));
        }
    }

    fn value(&mut self) -> Value {
        match self.peek() {
            // None and undefined print nothing.
            Some(',' | ']' | '}') => Value::Null,
            Some('{') => {
                self.pos += 1;
                let mut map = Map::new();
                if self.eat("}") {
                    return Value::Object(map);
                }
                loop {
                    let key = self.string();
                    self.expect(": ");
                    let value = self.value();
                    if map.insert(key, value).is_some() {
                        self.fail("a key twice");
                    }
                    if !self.eat(", ") {
                        self.expect("}");
                        return Value::Object(map);
                    }
                }
            }
            Some('[') => {
                self.pos += 1;
                let mut items = Vec::new();
                if self.eat("]") {
                    return Value::Array(items);
                }
                loop {
                    items.push(self.value());
                    if !self.eat(", ") {
                        self.expect("]");
                        return Value::Array(items);
                    }
                }
            }
            Some('"') => Value::String(self.string()),
            Some('t') if self.eat("true") => Value::Bool(true),
            Some('f') if self.eat("false") => Value::Bool(false),
            Some(c) if c == '-' || c.is_ascii_digit() => self.number(),
            _ => self.fail("not a value"),
        }
    }

    fn number(&mut self) -> Value {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
        {
            self.pos += 1;
        }
        let text = &self.text[start..self.pos];
        let number = if text.contains(['.', 'e', 'E']) {
            text.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
        } else if let Ok(i) = text.parse::<i64>() {
            Some(i.into())
        } else {
            text.parse::<u64>().ok().map(Into::into)
        };
        number.map_or_else(|| self.fail("not a number"), Value::Number)
    }

    fn string(&mut self) -> String {
        self.expect("\"");
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                self.fail("an unclosed string")
            };
            self.pos += c.len_utf8();
            match c {
                '"' => return out,
                '\\' => {
                    let Some(e) = self.peek() else {
                        self.fail("an unfinished escape")
                    };
                    self.pos += e.len_utf8();
                    match e {
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        '0' => out.push('\0'),
                        '\\' | '"' | '\'' => out.push(e),
                        'u' => {
                            self.expect("{");
                            let end = self.text[self.pos..]
                                .find('}')
                                .unwrap_or_else(|| self.fail("an unclosed \\u{…}"));
                            let code = u32::from_str_radix(&self.text[self.pos..self.pos + end], 16)
                                .ok()
                                .and_then(char::from_u32)
                                .unwrap_or_else(|| self.fail("a bad \\u{…}"));
                            out.push(code);
                            self.pos += end + 1;
                        }
                        _ => {
                            self.pos -= e.len_utf8();
                            self.fail("an unknown escape");
                        }
                    }
                }
                c => out.push(c),
            }
        }
    }
}

#[test]
fn tera_notation_is_read_strictly() {
    let text = r#"{"a": , "b": [1, -2, 3.5, "x\"\\\n\u{2068}'"], "c": {"d": true, "e": false}, "f": [, ]}"#;
    assert_eq!(
        Dump::parse(text),
        serde_json::json!({"a": null, "b": [1, -2, 3.5, "x\"\\\n\u{2068}'"], "c": {"d": true, "e": false}, "f": [null, null]})
    );
    for bad in [
        r#"{"a": bytes}"#,
        r#"{"a": NaN}"#,
        r#"{"a": "\q"}"#,
        r#"{"a": 1} x"#,
        r#"{a: 1}"#,
    ] {
        assert!(std::panic::catch_unwind(|| Dump::parse(bad)).is_err(), "{bad} was read");
    }
}
