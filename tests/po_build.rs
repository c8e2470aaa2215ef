//! `tolk build` with gettext catalogues: pages made from `po/<lang>.po`
//! with their untranslated blocks in the source language (each with its
//! own `lang`), the notice saying how much is translated, the threshold,
//! hand-written translations winning, and broken translations reported
//! with the catalogue's file and line. GNU gettext's tools edit the
//! catalogues the way a translator's tools would.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Fixture, attr, sel, snapshot, text, tolk};

const GUIDE: &str = "---\ntitle: Guide\ndescription: Hur man deltar.\n---\n## Anmälan\n\nSkriv till [oss](@/contact.md) i dag.\n\nEtt andra stycke.\n\n- första punkten\n- andra punkten\n\n| Dag | Plats |\n|-----|-------|\n| Måndag | Riga |\n";

/// The basic site with the default theme, an Arabic language and a guide page.
fn site() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &yaml.replace("  de:\n    fallback: [en]\n", "  de:\n    fallback: [en]\n  ar: {}\n"),
    );
    f.write("content/sv/guide.md", GUIDE);
    f
}

/// Sets the translation of `msgid` in a catalogue written by `tolk po`.
fn fill(f: &Fixture, po: &str, msgid: &str, msgstr: &str) {
    let path = f.root().join(po);
    let text = std::fs::read_to_string(&path).unwrap();
    let from = format!("msgid {}\nmsgstr \"\"\n", quoted(msgid));
    assert!(text.contains(&from), "{msgid:?} not in {po}:\n{text}");
    std::fs::write(
        &path,
        text.replace(&from, &format!("msgid {}\nmsgstr {}\n", quoted(msgid), quoted(msgstr))),
    )
    .unwrap();
}

fn quoted(s: &str) -> String {
    format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
    )
}

fn po(f: &Fixture, lang: &str) {
    let out = tolk(f.root(), &["po", "--lang", lang]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The guide in English: 6 of its 10 messages translated.
fn english(f: &Fixture) {
    po(f, "en");
    for (id, s) in [
        ("Guide", "Guide"),
        ("Hur man deltar.", "How to take part."),
        ("Anmälan", "Registration"),
        (
            "Skriv till [oss](@/contact.md) i dag.",
            "Write to [us](@/contact.md) today.",
        ),
        ("första punkten", "first point"),
        ("Dag", "Day"),
    ] {
        fill(f, "po/en.po", id, s);
    }
}

#[test]
fn a_partly_translated_page_shows_each_untranslated_block_in_the_source_language_with_its_lang() {
    let f = site();
    english(&f);
    f.build();
    let doc = f.html("en/guide/index.html");
    assert_eq!(attr(&doc, "html", "lang"), "en");
    assert_eq!(text(&doc, "h1"), "Guide");
    assert_eq!(attr(&doc, "meta[name=description]", "content"), "How to take part.");
    let main = sel("main .content-lang");
    let content = doc.select(&main).next().unwrap();
    assert_eq!(content.value().attr("lang"), None, "the page is English");
    assert_eq!(text(&doc, "main h2"), "Registration");
    assert_eq!(text_of(&doc, "main h2").1, None);
    // Translated blocks carry no lang of their own; the others are Swedish.
    let paragraphs: Vec<(String, Option<String>)> = doc
        .select(&sel("main .content-lang p"))
        .map(|p| (p.text().collect::<String>(), p.value().attr("lang").map(str::to_string)))
        .collect();
    assert_eq!(
        paragraphs,
        [
            ("Write to us today.".to_string(), None),
            ("Ett andra stycke.".to_string(), Some("sv".to_string())),
        ]
    );
    let items: Vec<(String, Option<&str>)> = doc
        .select(&sel("main .content-lang li"))
        .map(|li| (li.text().collect::<String>(), li.value().attr("lang")))
        .collect();
    assert_eq!(
        items,
        [
            ("first point".to_string(), None),
            ("andra punkten".to_string(), Some("sv"))
        ]
    );
    assert_eq!(text(&doc, "main th"), "Day");
    assert_eq!(attr(&doc, "main td span", "lang"), "sv");
    // The link was kept and leads to the English reader's contact page.
    let href = attr(&doc, "main .content-lang p a", "href");
    assert!(href.contains("contact/"), "{href}");
    // 6 of 11 messages (Ett andra stycke, andra punkten, Plats, Måndag, Riga are not).
    // Fluent isolates the values it puts in (U+2068 … U+2069).
    let notice = text(&doc, "main p.notice").replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(
        notice,
        "This page is 54% translated into English; the rest is shown in Swedish."
    );
}

#[test]
fn the_notice_is_in_the_readers_language_with_its_percent_format_and_swedish_blocks_are_ltr_in_arabic() {
    let f = site();
    po(&f, "ar");
    for (id, s) in [
        ("Guide", "دليل"),
        ("Hur man deltar.", "كيف تشارك."),
        ("Anmälan", "التسجيل"),
        (
            "Skriv till [oss](@/contact.md) i dag.",
            "اكتب [إلينا](@/contact.md) اليوم.",
        ),
        ("Ett andra stycke.", "فقرة ثانية."),
        ("första punkten", "النقطة الأولى"),
        ("andra punkten", "النقطة الثانية"),
        ("Dag", "اليوم"),
        ("Plats", "المكان"),
    ] {
        fill(&f, "po/ar.po", id, s);
    }
    f.build();
    let doc = f.html("ar/guide/index.html");
    assert_eq!(attr(&doc, "html", "dir"), "rtl");
    // Måndag, Riga untranslated: 9 of 11 = 81 %, as Arabic writes a percentage.
    let notice = text(&doc, "main p.notice");
    let percent = tolk::i18n::format::format_percent(&tolk::Lang::of("ar"), 81);
    assert!(percent.contains('٪') || percent.contains('%'), "{percent:?}");
    assert!(notice.starts_with("تُرجم "), "{notice}");
    assert!(notice.contains(&percent), "{notice}");
    assert!(notice.contains("السويدية"), "{notice}");
    let cells: Vec<(String, Option<&str>, Option<&str>)> = doc
        .select(&sel("main td span"))
        .map(|s| (s.text().collect(), s.value().attr("lang"), s.value().attr("dir")))
        .collect();
    assert_eq!(
        cells,
        [
            ("Måndag".to_string(), Some("sv"), Some("ltr")),
            ("Riga".to_string(), Some("sv"), Some("ltr"))
        ]
    );
}

#[test]
fn below_the_threshold_the_whole_page_falls_back_and_a_hand_written_translation_always_wins() {
    let f = site();
    english(&f);
    // about.md is translated by hand in content/en; its catalogue entry is ignored.
    fill(&f, "po/en.po", "Om oss", "About the catalogue");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}i18n:\n  po_threshold: 60\n"));
    f.build();
    let doc = f.html("en/guide/index.html");
    assert_eq!(text(&doc, "h1"), "Guide");
    assert_eq!(
        attr(&doc, "main .content-lang", "lang"),
        "sv",
        "shown as the Swedish original"
    );
    assert!(text(&doc, "main p.notice").contains("not yet available in English"));
    let sitemap = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    assert!(
        !sitemap.contains("/en/guide/"),
        "a fallback is not in the sitemap: {sitemap}"
    );
    assert_eq!(text(&f.html("en/about/index.html"), "h1"), "About us");
    // At 50 it is made from the catalogue.
    f.write("site.yaml", &format!("{yaml}i18n:\n  po_threshold: 50\n"));
    f.build();
    assert_eq!(text_of(&f.html("en/guide/index.html"), "main .content-lang").1, None);
}

#[test]
fn a_catalogue_page_is_a_translation_for_the_sitemap_and_the_language_links() {
    let f = site();
    english(&f);
    f.build();
    let sitemap = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains("<loc>https://example.org/sub/en/guide/</loc>"),
        "{sitemap}"
    );
    // Arabic has no catalogue: its guide is a fallback, not in the sitemap.
    assert!(!sitemap.contains("/ar/guide/"), "{sitemap}");
    let doc = f.html("en/guide/index.html");
    assert_eq!(
        attr(&doc, "link[rel=canonical]", "href"),
        "https://example.org/sub/en/guide/"
    );
}

#[test]
fn a_translation_that_loses_a_link_or_a_code_span_is_an_error_at_its_line_in_the_catalogue() {
    let f = site();
    po(&f, "en");
    fill(
        &f,
        "po/en.po",
        "Skriv till [oss](@/contact.md) i dag.",
        "Write to us today.",
    );
    let before = snapshot(f.root());
    let out = tolk(f.root(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let text = std::fs::read_to_string(f.root().join("po/en.po")).unwrap();
    let line = text
        .lines()
        .position(|l| l == "msgid \"Skriv till [oss](@/contact.md) i dag.\"")
        .unwrap()
        + 2;
    assert_eq!(text.lines().nth(line - 1), Some("msgstr \"Write to us today.\""));
    assert!(err.contains(&format!("po/en.po:{line}")), "{err}");
    assert!(err.contains("the source has 1 link, the translation 0 links"), "{err}");
    assert_eq!(before, snapshot(f.root()), "nothing written");
    // A dropped placeholder and a new list item are errors too.
    for (id, s, says) in [
        ("Ett andra stycke.", "- A second paragraph.", "would be a list"),
        ("Guide", "Guide {name}", "placeholder"),
    ] {
        po(&f, "en");
        let clean = std::fs::read_to_string(f.root().join("po/en.po"))
            .unwrap()
            .replace("msgstr \"Write to us today.\"", "msgstr \"\"");
        f.write("po/en.po", &clean);
        fill(&f, "po/en.po", id, s);
        let out = tolk(f.root(), &["build"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn invalid_po_is_an_error_with_its_line_not_a_panic() {
    let f = site();
    po(&f, "en");
    let text = std::fs::read_to_string(f.root().join("po/en.po")).unwrap();
    let broken = text.replacen("msgstr \"\"\n\n#:", "msgstr \"\n\n#:", 1);
    let line = broken.lines().position(|l| l == "msgstr \"").unwrap() + 1;
    f.write("po/en.po", &broken);
    let out = tolk(f.root(), &["build"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("po/en.po:{line}:")), "{err}");
    assert!(err.contains("the string is not closed with a quote"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_catalogue_edited_by_msgmerge_and_msgcat_is_read_back_translations_and_fuzzy_alike() {
    let f = site();
    english(&f);
    let po_file = f.root().join("po/en.po");
    let pot = f.root().join("po/messages.pot");
    // A translator's tool marks one message fuzzy; msgcat and msgmerge rewrite the file.
    let text = std::fs::read_to_string(&po_file).unwrap();
    let marked = text.replacen("msgid \"Anmälan\"", "#, fuzzy\nmsgid \"Anmälan\"", 1);
    std::fs::write(&po_file, marked).unwrap();
    let out = Command::new("msgcat")
        .arg(&po_file)
        .arg("-o")
        .arg(&po_file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new("msgmerge")
        .args(["--quiet", "--update", "--backup=off"])
        .arg(&po_file)
        .arg(&pot)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // 5 of 11 translated now: under the default threshold (50 %).
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}i18n:\n  po_threshold: 40\n"));
    f.build();
    let doc = f.html("en/guide/index.html");
    assert_eq!(
        text_of(&doc, "main h2"),
        ("Anmälan".to_string(), Some("sv".to_string()))
    );
    assert_eq!(
        text_of(&doc, "main .content-lang p"),
        ("Write to us today.".to_string(), None)
    );
    let status = tolk(f.root(), &["status", "--format", "json"]);
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let json: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let en = json["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "en")
        .unwrap();
    let guide = en["pages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "guide.md")
        .unwrap();
    assert_eq!(guide["state"], "partial");
    assert_eq!(guide["messages"]["translated"], 5);
    assert_eq!(guide["messages"]["fuzzy"], 1);
    assert_eq!(guide["messages"]["untranslated"], 5);
    assert!(Path::new(&po_file).exists());
}

fn text_of(doc: &scraper::Html, selector: &str) -> (String, Option<String>) {
    let e = doc.select(&sel(selector)).next().unwrap();
    (e.text().collect(), e.value().attr("lang").map(str::to_string))
}

#[test]
fn a_message_missing_in_a_language_comes_from_the_catalogue_of_its_fallback_language() {
    // de falls back to en (site.yaml): where po/de.po has no translation,
    // po/en.po's is shown, marked English; the rest stays Swedish.
    let f = site();
    english(&f);
    po(&f, "de");
    for (id, s) in [
        ("Guide", "Leitfaden"),
        ("Hur man deltar.", "Wie man teilnimmt."),
        ("Anmälan", "Anmeldung"),
        ("Ett andra stycke.", "Ein zweiter Absatz."),
        ("andra punkten", "zweiter Punkt"),
        ("Plats", "Ort"),
    ] {
        fill(&f, "po/de.po", id, s);
    }
    f.build();
    let doc = f.html("de/guide/index.html");
    assert_eq!(
        text_of(&doc, "main .content-lang p"),
        ("Write to us today.".to_string(), Some("en".to_string()))
    );
    let items: Vec<(String, Option<String>)> = doc
        .select(&sel("main .content-lang li"))
        .map(|li| (li.text().collect(), li.value().attr("lang").map(str::to_string)))
        .collect();
    assert_eq!(
        items,
        [
            ("first point".to_string(), Some("en".to_string())),
            ("zweiter Punkt".to_string(), None)
        ]
    );
    assert_eq!(
        text_of(&doc, "main td span"),
        ("Måndag".to_string(), Some("sv".to_string()))
    );
    let notice = text(&doc, "main p.notice").replace(['\u{2068}', '\u{2069}'], "");
    assert!(notice.contains("Englisch und Schwedisch"), "{notice}");
}
