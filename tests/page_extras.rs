//! What long pages need, on fixture sites with the default theme, output
//! parsed: summaries (`<!-- more -->`, `description`, the first
//! paragraph) in listings and Atom feeds with links that still resolve;
//! the table of contents (threshold, `toc:` override, site.yaml key,
//! localised heading, landmark, right-to-left); syntax highlighting (CSS
//! classes, no inline style, the code's text intact, plain fallback,
//! byte-identical builds).

mod common;

use std::path::{Component, Path, PathBuf};

use common::{Fixture, sel};

fn site() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f
}

/// `href` followed from the output folder `from` (`sv/nyheter/`), as a
/// browser does, to the file it names in the output.
fn follow(f: &Fixture, from: &str, href: &str) -> PathBuf {
    let href = href.split('#').next().unwrap();
    let mut path = PathBuf::new();
    for c in Path::new(from).join(href).components() {
        match c {
            Component::ParentDir => {
                path.pop();
            }
            Component::Normal(p) => path.push(p),
            _ => {}
        }
    }
    let path = f.out().join(path);
    if path.is_dir() { path.join("index.html") } else { path }
}

/// The `<li>` of the news listing that links to `slug`.
fn listed(doc: &scraper::Html, slug: &str) -> String {
    doc.select(&sel("ul.listing > li"))
        .find(|li| {
            li.select(&sel("a"))
                .next()
                .and_then(|a| a.value().attr("href"))
                .is_some_and(|h| h.contains(slug))
        })
        .unwrap_or_else(|| panic!("{slug} is not listed"))
        .html()
}

fn news(f: &Fixture) {
    f.write(
        "content/sv/news/_index.md",
        "---\ntitle: Nyheter\nslug: nyheter\nsort_by: date\nfeed: true\n---\n",
    );
    f.write(
        "content/sv/news/marked.md",
        "---\ntitle: Med markör\nslug: markerad\ndate: 2026-01-03\ndescription: Beskrivningen visas inte.\n---\nFörsta stycket med [en länk](@/contact.md).\n\nAndra stycket hör också till ingressen.\n\n<!-- more -->\n\nResten syns bara på sidan.\n",
    );
    f.write(
        "content/sv/news/described.md",
        "---\ntitle: Med beskrivning\nslug: beskriven\ndate: 2026-01-02\ndescription: En mening om \"nyheten\" & mer.\n---\nTexten börjar här.\n",
    );
    f.write(
        "content/sv/news/plain.md",
        "---\ntitle: Utan allt\nslug: enkel\ndate: 2026-01-01\n---\n## En rubrik först\n\nDet första stycket, med *betoning*.\n\nDet andra stycket.\n",
    );
}

#[test]
fn listings_show_the_teaser_the_description_or_the_first_paragraph() {
    let f = site();
    news(&f);
    f.build();
    let doc = f.html("sv/nyheter/index.html");

    let marked = listed(&doc, "markerad");
    assert!(
        marked.contains("Första stycket") && marked.contains("Andra stycket"),
        "{marked}"
    );
    assert!(
        !marked.contains("Resten") && !marked.contains("Beskrivningen"),
        "{marked}"
    );
    // The teaser's link is relative to the listing and leads to the page.
    let li = scraper::Html::parse_fragment(&marked);
    let link = li.select(&sel(".summary a")).next().expect("the teaser keeps its link");
    let target = follow(&f, "sv/nyheter/", link.value().attr("href").unwrap());
    assert_eq!(target, f.out().join("sv/kontakt/index.html"));
    assert!(target.is_file());

    let described = scraper::Html::parse_fragment(&listed(&doc, "beskriven"));
    let summary: String = described.select(&sel(".summary p")).next().unwrap().text().collect();
    assert_eq!(summary, "En mening om ”nyheten” & mer.");

    let plain = listed(&doc, "enkel");
    assert!(plain.contains("Det första stycket, med <em>betoning</em>."), "{plain}");
    assert!(!plain.contains("rubrik") && !plain.contains("andra stycket"), "{plain}");
}

#[test]
fn the_marker_is_no_part_of_the_page_and_the_whole_text_is() {
    let f = site();
    news(&f);
    f.build();
    let page = std::fs::read_to_string(f.out().join("sv/nyheter/markerad/index.html")).unwrap();
    assert!(!page.contains("more"), "the marker leaks");
    let doc = scraper::Html::parse_document(&page);
    let prose: String = doc.select(&sel(".prose")).next().unwrap().text().collect();
    assert!(prose.contains("Första stycket") && prose.contains("Resten syns bara på sidan."));

    // With raw HTML shown as text, the marker is still no text.
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}markdown:\n  html: escape\n"));
    f.build();
    let page = std::fs::read_to_string(f.out().join("sv/nyheter/markerad/index.html")).unwrap();
    assert!(!page.contains("&lt;!-- more"), "the marker is shown as text");
}

#[test]
fn the_atom_feed_summarises_each_entry_with_absolute_links() {
    let f = site();
    news(&f);
    f.build();
    let xml = std::fs::read_to_string(f.out().join("sv/nyheter/atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let entry = doc
        .descendants()
        .find(|n| n.has_tag_name("entry") && n.descendants().any(|t| t.text() == Some("Med markör")))
        .unwrap();
    let child = |name: &str| {
        entry
            .children()
            .find(|n| n.has_tag_name(name))
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let summary = child("summary");
    assert_eq!(summary.attribute("type"), Some("html"));
    let html = summary.text().unwrap();
    assert!(html.contains("href=\"https://example.org/sub/sv/kontakt/"), "{html}");
    assert!(html.contains("Andra stycket") && !html.contains("Resten"), "{html}");
    assert!(child("content").text().unwrap().contains("Resten syns bara på sidan."));
}

fn headings(n: usize) -> String {
    (1..=n)
        .map(|i| {
            if i % 2 == 0 {
                format!("### Underrubrik {i}\n\nText.\n\n")
            } else {
                format!("## Rubrik {i}\n\nText.\n\n")
            }
        })
        .collect()
}

fn toc_of(f: &Fixture, path: &str) -> Option<scraper::Html> {
    let doc = f.html(path);
    let nav = doc.select(&sel("nav.toc")).next()?;
    Some(scraper::Html::parse_fragment(&nav.html()))
}

#[test]
fn a_long_page_gets_a_nested_table_of_contents_that_links_to_its_headings() {
    let f = site();
    f.write(
        "content/sv/long.md",
        &format!("---\ntitle: Lång\nslug: lang\n---\n{}", headings(4)),
    );
    f.write("content/en/long.md", &format!("---\ntitle: Long\n---\n{}", headings(4)));
    f.build();
    for (path, heading) in [("sv/lang/index.html", "Innehåll"), ("en/long/index.html", "Contents")] {
        let page = f.html(path);
        let nav = page.select(&sel("nav.toc[aria-labelledby]")).next().expect("a toc");
        let label = nav.value().attr("aria-labelledby").unwrap();
        let title = page
            .select(&sel(&format!("[id=\"{label}\"]")))
            .next()
            .expect("the label exists");
        assert_eq!(title.text().collect::<String>(), heading);
        let links: Vec<&str> = nav.select(&sel("a")).map(|a| a.value().attr("href").unwrap()).collect();
        assert_eq!(links.len(), 4, "{path}");
        for href in &links {
            let id = href.strip_prefix('#').unwrap();
            assert!(
                page.select(&sel(&format!(".prose [id=\"{id}\"]"))).next().is_some(),
                "{path}: {href} names no heading"
            );
        }
        // ### below ## is nested.
        assert_eq!(nav.select(&sel("nav > ol > li")).count(), 2, "{path}");
        assert_eq!(nav.select(&sel("ol ol > li")).count(), 2, "{path}");
    }
}

#[test]
fn the_threshold_the_front_matter_and_site_yaml_decide_when_it_shows() {
    let f = site();
    f.write("content/sv/three.md", &format!("---\ntitle: Tre\n---\n{}", headings(3)));
    f.write(
        "content/sv/forced.md",
        &format!("---\ntitle: Tvingad\ntoc: true\n---\n{}", headings(1)),
    );
    f.write(
        "content/sv/never.md",
        &format!("---\ntitle: Aldrig\ntoc: false\n---\n{}", headings(6)),
    );
    f.write(
        "content/sv/empty.md",
        "---\ntitle: Tom\ntoc: true\n---\nInga rubriker.\n",
    );
    f.build();
    assert!(toc_of(&f, "sv/three/index.html").is_none());
    assert!(toc_of(&f, "sv/forced/index.html").is_some());
    assert!(toc_of(&f, "sv/never/index.html").is_none());
    assert!(toc_of(&f, "sv/empty/index.html").is_none());

    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}markdown:\n  toc_min_headings: 3\n"));
    f.build();
    assert!(toc_of(&f, "sv/three/index.html").is_some());
    assert!(toc_of(&f, "sv/never/index.html").is_none());
}

#[test]
fn the_table_of_contents_speaks_arabic_right_to_left() {
    let f = site();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &yaml.replace("  de:\n", "  ar: {}\n  de:\n"));
    f.write("content/ar/_index.md", "---\ntitle: الرئيسية\n---\n");
    f.write(
        "content/ar/long.md",
        &format!("---\ntitle: طويلة\n---\n{}", headings(4)),
    );
    f.build();
    let page = f.html("ar/long/index.html");
    let html = page.select(&sel("html")).next().unwrap();
    assert_eq!(html.value().attr("dir"), Some("rtl"));
    let nav = toc_of(&f, "ar/long/index.html").expect("a toc");
    assert_eq!(
        nav.select(&sel("h2")).next().unwrap().text().collect::<String>(),
        "المحتويات"
    );
    // No element inside forces a direction of its own.
    assert!(nav.select(&sel("[dir]")).next().is_none());
}

const RUST: &str = "// Räkna <x> & \"y\"\nfn main() {\n    let x = 42;\n    println!(\"{x}\");\n}\n";

fn code_page(f: &Fixture, lang: &str) {
    f.write(
        "content/sv/code.md",
        &format!("---\ntitle: Kod\nslug: kod\n---\nExempel:\n\n```{lang}\n{RUST}```\n"),
    );
}

#[test]
fn a_fenced_block_that_names_a_language_is_highlighted_with_classes_only() {
    let f = site();
    code_page(&f, "rust");
    let report = f.build();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let doc = f.html("sv/kod/index.html");
    let pre = doc
        .select(&sel(".prose pre.highlight[dir=ltr]"))
        .next()
        .expect("highlighted");
    let code = pre.select(&sel("code.language-rust")).next().unwrap();
    // The text is the code, exactly.
    assert_eq!(code.text().collect::<String>(), RUST);
    for class in ["hl-comment", "hl-storage", "hl-constant", "hl-string", "hl-entity"] {
        assert!(
            code.select(&sel(&format!("span.{class}"))).next().is_some(),
            "no span.{class} in {}",
            code.html()
        );
    }
    assert!(pre.select(&sel("[style]")).next().is_none(), "inline styles");
    // The stylesheet colours the classes, in light and dark.
    let css = std::fs::read_to_string(f.out().join("css/site.css")).unwrap();
    assert!(css.contains(".hl-comment") && css.contains("--hl-keyword: #ff9ac1"));
}

#[test]
fn highlighting_is_stable_and_byte_identical_between_builds() {
    let f = site();
    code_page(&f, "rust");
    f.build();
    let first = std::fs::read(f.out().join("sv/kod/index.html")).unwrap();
    f.build();
    let second = std::fs::read(f.out().join("sv/kod/index.html")).unwrap();
    assert_eq!(first, second);
    let doc = scraper::Html::parse_document(&String::from_utf8(first).unwrap());
    let classes: Vec<String> = doc
        .select(&sel("pre.highlight span"))
        .map(|s| s.value().attr("class").unwrap().to_string())
        .collect();
    // Pinned: a grammar update that renames scopes must be seen (and the CSS checked).
    assert_eq!(classes.first().map(String::as_str), Some("hl-source hl-rust"));
    assert!(
        classes
            .iter()
            .any(|c| c == "hl-comment hl-line hl-double-slash hl-rust"),
        "{classes:?}"
    );
    assert!(classes.iter().any(|c| c == "hl-storage hl-type hl-rust"), "{classes:?}");
}

#[test]
fn an_unknown_language_or_highlight_false_gives_plain_code_without_a_warning() {
    let f = site();
    code_page(&f, "klingon");
    let report = f.build();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let doc = f.html("sv/kod/index.html");
    let code = doc.select(&sel(".prose pre > code.language-klingon")).next().unwrap();
    assert_eq!(code.text().collect::<String>(), RUST);
    assert!(code.select(&sel("span")).next().is_none());

    code_page(&f, "rust");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}markdown:\n  highlight: false\n"));
    f.build();
    let doc = f.html("sv/kod/index.html");
    assert!(doc.select(&sel("pre.highlight, pre span")).next().is_none());
    assert!(doc.select(&sel(".prose pre > code.language-rust")).next().is_some());
}

/// Regression: in `tolk serve`, an edit of a page's text alone re-rendered
/// the page but not its section, whose listing shows the page's teaser.
#[test]
fn regression_serve_updates_the_teaser_in_the_listing_after_a_text_edit() {
    use std::io::{BufRead, BufReader};
    let f = site();
    news(&f);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["serve", "--port", "0", "--now", "2026-11-29T12:00:00Z", "--root"])
        .arg(f.root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let mut log = BufReader::new(child.stderr.take().unwrap());
    let port = common::served_port(&line);
    let listing = || common::http_get(port, "/sv/nyheter/");
    assert!(listing().contains("Det första stycket"));
    f.write(
        "content/sv/news/plain.md",
        "---\ntitle: Utan allt\nslug: enkel\ndate: 2026-01-01\n---\n## En rubrik först\n\nEtt nytt första stycke.\n",
    );
    let mut said = String::new();
    while !said.contains("Re-rendered") && !said.contains("Rebuilt") {
        said.clear();
        if log.read_line(&mut said).unwrap() == 0 {
            break;
        }
    }
    // The line may be printed just before the new files are swapped in.
    let mut now = listing();
    for _ in 0..50 {
        if now.contains("Ett nytt första stycke.") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        now = listing();
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(said.contains("Re-rendered"), "an incremental re-render: {said}");
    assert!(now.contains("Ett nytt första stycke."), "{now}");
}

/// WCAG 2.1 relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// The custom properties set in the `n`-th `:root {…}` block of `css`.
fn root_block(css: &str, n: usize) -> std::collections::BTreeMap<String, String> {
    let block = css.split(":root {").nth(n + 1).unwrap().split('}').next().unwrap();
    block
        .split(';')
        .filter_map(|d| d.trim().split_once(':'))
        .filter(|(k, _)| k.starts_with("--"))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

#[test]
fn every_code_colour_passes_wcag_aa_on_the_code_background_in_light_and_dark() {
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/css/site.css"))
        .unwrap();
    // The theme's tokens (light, then dark), and the code colours (light, then dark).
    let (light, dark) = (root_block(&css, 0), root_block(&css, 1));
    let code_at = css.find("/* Highlighted code").unwrap();
    let code = &css[code_at..];
    let (code_light, code_dark) = (root_block(code, 0), root_block(code, 1));
    assert!(
        code_light.len() >= 6 && code_dark.len() == code_light.len(),
        "{code_light:?} {code_dark:?}"
    );
    for (tokens, colours) in [(&light, &code_light), (&dark, &code_dark)] {
        let background = luminance(&tokens["--surface"]);
        for (name, colour) in colours {
            let fg = luminance(colour);
            let ratio = (fg.max(background) + 0.05) / (fg.min(background) + 0.05);
            assert!(ratio >= 4.5, "{name} {colour} on {}: {ratio:.2}", tokens["--surface"]);
        }
    }
}
