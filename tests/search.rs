//! The search index (Pagefind, one bundle per language) and the default
//! theme's search field and results page, on fixture sites: what each
//! language's index holds is read back from the bundle's own files
//! (`pagefind-entry.json`, the gzip-compressed fragments), the pages are
//! parsed.

mod common;

use std::collections::BTreeSet;
use std::io::Read as _;
use std::path::Path;

use common::{Fixture, attr, sel};

/// The basic fixture with the default theme (which has `search.html`).
fn site() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f
}

/// A fragment of a bundle: the indexed page's URL and text.
struct Fragment {
    url: String,
    content: String,
}

/// Every fragment of `lang`'s bundle (its first part).
fn fragments(f: &Fixture, lang: &str) -> Vec<Fragment> {
    fragments_in(&f.out().join("pagefind").join(lang))
}

/// Every fragment of the bundle (or part of a bundle) in `bundle`.
fn fragments_in(bundle: &Path) -> Vec<Fragment> {
    let dir = bundle.join("fragment");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let mut text = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut text)
            .unwrap();
        let json = text.strip_prefix("pagefind_dcd").expect("a Pagefind fragment");
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        out.push(Fragment {
            url: v["url"].as_str().unwrap().to_string(),
            content: v["content"].as_str().unwrap().to_string(),
        });
    }
    out
}

fn urls(f: &Fixture, lang: &str) -> BTreeSet<String> {
    fragments(f, lang).into_iter().map(|x| x.url).collect()
}

fn entry(f: &Fixture, lang: &str) -> serde_json::Value {
    let path = f.out().join("pagefind").join(lang).join("pagefind-entry.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

#[test]
fn each_language_has_its_own_index_of_its_own_pages_only() {
    let f = site();
    f.build();
    // Swedish: every page written in Swedish, nothing else.
    let sv = urls(&f, "sv");
    let want: BTreeSet<String> = [
        "/sv/index.html",
        "/sv/om-oss/index.html",
        "/sv/kontakt/index.html",
        "/sv/nyheter/index.html",
        "/sv/nyheter/forsta/index.html",
        "/sv/nyheter/andra/index.html",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(sv, want);
    // German has only its home; the fallback copies at /de/… are not indexed.
    assert_eq!(urls(&f, "de"), BTreeSet::from(["/de/index.html".to_string()]));
    for lang in ["sv", "en", "de"] {
        let e = entry(&f, lang);
        let languages = e["languages"].as_object().unwrap();
        assert_eq!(languages.keys().collect::<Vec<_>>(), [lang], "{lang}: {e}");
        assert!(
            urls(&f, lang).iter().all(|u| u.starts_with(&format!("/{lang}/"))),
            "{lang} indexes another language's page"
        );
    }
    assert_eq!(entry(&f, "de")["languages"]["de"]["page_count"], 1);
}

#[test]
fn only_the_main_content_is_indexed() {
    let f = site();
    f.build();
    let home = fragments(&f, "sv")
        .into_iter()
        .find(|x| x.url == "/sv/index.html")
        .unwrap();
    // The page's text is there; the header's site title, the menu and the
    // footer are not.
    let page = std::fs::read_to_string(f.out().join("sv/index.html")).unwrap();
    let doc = scraper::Html::parse_document(&page);
    let footer: String = doc.select(&sel("footer")).next().unwrap().text().collect();
    let footer = footer.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!footer.is_empty());
    assert!(
        !home.content.contains(&footer),
        "the footer is indexed: {}",
        home.content
    );
    let skip: String = doc.select(&sel(".skip-link")).next().unwrap().text().collect();
    assert!(!home.content.contains(skip.trim()), "the skip link is indexed");
    let main: String = doc.select(&sel("main h1")).next().unwrap().text().collect();
    assert!(home.content.contains(main.trim()), "{}", home.content);
}

#[test]
fn the_bundle_has_no_ready_made_ui_and_nothing_from_elsewhere() {
    let f = site();
    f.build();
    let dir = f.out().join("pagefind/sv");
    for name in [
        "pagefind.js",
        "pagefind-worker.js",
        "pagefind-entry.json",
        "wasm.sv.pagefind",
    ] {
        assert!(dir.join(name).is_file(), "missing {name}");
    }
    for name in [
        "pagefind-ui.js",
        "pagefind-ui.css",
        "pagefind-component-ui.js",
        "playground",
    ] {
        assert!(!dir.join(name).exists(), "{name} should not be published");
    }
    let js = std::fs::read_to_string(dir.join("pagefind.js")).unwrap();
    assert!(!js.contains("cdn."), "pagefind.js refers to a CDN");
}

#[test]
fn header_field_and_results_page_in_every_language() {
    let f = site();
    f.build();
    for (lang, file) in [
        ("sv", "sv/om-oss/index.html"),
        ("en", "en/about/index.html"),
        ("de", "de/index.html"),
    ] {
        let doc = f.html(file);
        let form = doc
            .select(&sel("header form[role=search]"))
            .next()
            .unwrap_or_else(|| panic!("{file}: no search form"));
        let action = form.value().attr("action").unwrap();
        let target = Path::new(file).parent().unwrap().join(action);
        let target = f.out().join(&target).canonicalize().unwrap();
        assert_eq!(
            target,
            f.out().join(lang).join("search/index.html").canonicalize().unwrap(),
            "{file}: the form goes to {action}"
        );
        // The field is labelled.
        let id = attr(&doc, "header form[role=search] input[type=search]", "id");
        assert_eq!(attr(&doc, "header form[role=search] input[type=search]", "name"), "q");
        assert!(
            doc.select(&sel(&format!("label[for={id}]"))).next().is_some(),
            "{file}: no label"
        );
    }
    let doc = f.html("sv/search/index.html");
    assert_eq!(attr(&doc, "html", "lang"), "sv");
    assert_eq!(attr(&doc, "label[for=search-query]", "for"), "search-query");
    assert_eq!(attr(&doc, "#search-status", "role"), "status");
    assert_eq!(attr(&doc, "#search", "data-bundle"), "../../pagefind/sv/pagefind.js");
    assert_eq!(attr(&doc, "#search", "data-count-one"), "Ett resultat för ”%query%”");
    assert_eq!(
        attr(&doc, "#search", "data-count-other"),
        "%count% resultat för ”%query%”"
    );
    assert!(attr(&doc, "#search", "data-none").contains("%query%"));
    // The switcher leads to the other languages' search pages.
    let en = doc
        .select(&sel("nav.languages a[hreflang=en]"))
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    assert_eq!(en, "../../en/search/index.html");
    // The results page itself has no second field in the header.
    assert!(doc.select(&sel("header form[role=search]")).next().is_none());
}

#[test]
fn russian_and_arabic_results_pages_use_their_plural_forms_and_direction() {
    let f = Fixture::shipped();
    f.build();
    let ar = f.html("ar/search/index.html");
    assert_eq!(attr(&ar, "html", "dir"), "rtl");
    let ru = f.html("ru/search/index.html");
    // A string for every CLDR category a whole number can have in the
    // language (from the fallback language's text while the key is not
    // translated): Russian one, few, many; Arabic all six.
    assert_eq!(counts(&ru), ["data-count-few", "data-count-many", "data-count-one"]);
    assert_eq!(
        counts(&ar),
        [
            "data-count-few",
            "data-count-many",
            "data-count-one",
            "data-count-other",
            "data-count-two",
            "data-count-zero"
        ]
    );
    assert!(f.out().join("pagefind/ar/wasm.ar.pagefind").is_file());
    assert!(f.out().join("pagefind/ru/wasm.ru.pagefind").is_file());
}

/// The `data-count-…` attributes of a results page, sorted.
fn counts(doc: &scraper::Html) -> Vec<String> {
    let el = doc.select(&sel("#search")).next().unwrap();
    let mut names: Vec<String> = el
        .value()
        .attrs()
        .map(|(n, _)| n.to_string())
        .filter(|n| n.starts_with("data-count-"))
        .collect();
    names.sort();
    names
}

#[test]
fn search_false_in_site_yaml_turns_it_off() {
    let f = site();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}search: false\n"));
    f.build();
    assert!(!f.out().join("pagefind").exists());
    assert!(!f.out().join("sv/search").exists());
    assert!(
        f.html("sv/index.html")
            .select(&sel("form[role=search]"))
            .next()
            .is_none()
    );
}

#[test]
fn no_search_option_turns_it_off_for_one_build() {
    let f = site();
    let options = tolk::BuildOptions {
        no_search: true,
        ..f.options()
    };
    tolk::build(&options).unwrap();
    assert!(!f.out().join("pagefind").exists());
    assert!(
        f.html("sv/index.html")
            .select(&sel("form[role=search]"))
            .next()
            .is_none()
    );
    // And on again without it.
    f.build();
    assert!(f.out().join("pagefind/sv/pagefind.js").is_file());
}

#[test]
fn the_index_is_byte_identical_when_built_twice() {
    let f = site();
    f.build();
    let first = tree(&f.out().join("pagefind"));
    f.build();
    let second = tree(&f.out().join("pagefind"));
    assert!(!first.is_empty());
    assert_eq!(first, second);
}

fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// A language whose main text exceeds the part size is indexed in parts:
/// the first is the bundle, the others live in `part-N/` inside it, have
/// no scripts of their own, and the results page names every one of them
/// so that its script merges them. With a part size of one byte, every
/// Swedish page is a part of its own.
#[test]
fn a_large_language_is_indexed_in_parts_that_the_results_page_merges() {
    let f = site();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["build", "--now", "2026-11-29T12:00:00Z", "--root"])
        .arg(f.root())
        .env("TOLK_SEARCH_SHARD_BYTES", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bundle = f.out().join("pagefind/sv");
    let doc = f.html("sv/search/index.html");
    let parts: Vec<String> = attr(&doc, "#search", "data-parts")
        .split(' ')
        .map(str::to_string)
        .collect();
    assert_eq!(parts.len(), 5, "{parts:?}");
    let mut seen: Vec<String> = fragments_in(&bundle).into_iter().map(|x| x.url).collect();
    assert_eq!(seen.len(), 1, "the first part has one page");
    for part in &parts {
        let dir = f.out().join("sv/search").join(part).canonicalize().unwrap();
        assert!(
            dir.starts_with(bundle.canonicalize().unwrap()),
            "{part} is outside the bundle"
        );
        let entry: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("pagefind-entry.json")).unwrap()).unwrap();
        assert_eq!(entry["languages"]["sv"]["page_count"], 1, "{part}: {entry}");
        assert!(
            !dir.join("pagefind.js").exists(),
            "{part} has its own copy of the script"
        );
        assert!(
            dir.join("wasm.sv.pagefind").is_file(),
            "{part} has no stemmer for Swedish"
        );
        seen.extend(fragments_in(&dir).into_iter().map(|x| x.url));
    }
    let unique: BTreeSet<String> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "a page is in two parts: {seen:?}");
    assert_eq!(unique, urls_of_a_whole_build("sv"));
}

/// The Swedish pages of the basic fixture's index, built in one part.
fn urls_of_a_whole_build(lang: &str) -> BTreeSet<String> {
    let f = site();
    f.build();
    assert!(!f.out().join("pagefind").join(lang).join("part-2").exists());
    let doc = f.html(&format!("{lang}/search/index.html"));
    assert!(doc.select(&sel("#search[data-parts]")).next().is_none());
    urls(&f, lang)
}
