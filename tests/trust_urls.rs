//! Every address that reaches a reader passes one allowlist (http, https,
//! mailto, tel, or a path on the site): front matter, contacts and menus
//! are errors with file, line, column and hint; Markdown links and raw HTML
//! are neutralised with a warning. The outputs are parsed and checked with
//! rules written here, independently of tolk's own.

mod common;

use common::{Fixture, sel, snapshot};
use scraper::Html;
use tolk::error::Diagnostic;

/// True when a browser would follow `url` somewhere it should never go from
/// content: a script or data scheme, a local file, or another site without
/// a scheme. Written from the WHATWG URL rules, not from tolk's code.
fn dangerous(url: &str) -> bool {
    let read: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:", "file:", "blob:"]
        .iter()
        .any(|s| read.starts_with(s))
        || read.starts_with("//")
        || read.starts_with("\\\\")
        || read.starts_with("/\\")
        || read.starts_with("\\/")
}

/// A site with a calendar section in the default theme.
fn with_calendar() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f.write(
        "content/sv/calendar/_index.md",
        "---\ntitle: Kalender\ntemplate: calendar.html\npage_template: event.html\n---\n",
    );
    f
}

fn event_page(online: &str, registration: &str) -> String {
    format!(
        "---\ntitle: Seminarium\nevent:\n  start: 2027-05-11\n  city: Kyiv\n  online: {online}\n  registration: {registration}\n---\nText.\n"
    )
}

fn at<'a>(d: &'a [Diagnostic], file: &str, line: usize) -> Vec<&'a Diagnostic> {
    d.iter()
        .filter(|d| d.file.as_deref() == Some(std::path::Path::new(file)) && d.line == Some(line))
        .collect()
}

/// Failure 1: `event.online: "javascript:alert(1)"` was published as a link.
#[test]
fn regression_event_online_and_registration_javascript_urls_are_errors() {
    let f = with_calendar();
    f.write(
        "content/sv/calendar/seminar.md",
        &event_page("https://meet.example.org/s?id=7", "mailto:anmalan@example.org"),
    );
    f.build();
    let doc = f.html("sv/calendar/seminar/index.html");
    let hrefs: Vec<&str> = doc
        .select(&sel(".event-details a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        ["https://meet.example.org/s?id=7", "mailto:anmalan@example.org"],
        "allowed addresses are published"
    );
    let before = snapshot(&f.out());

    f.write(
        "content/sv/calendar/seminar.md",
        &event_page("\"javascript:alert(1)\"", "\"  JaVaScRiPt:alert(document.cookie)\""),
    );
    let d = f.build_err();
    let online = at(&d, "content/sv/calendar/seminar.md", 6);
    let registration = at(&d, "content/sv/calendar/seminar.md", 7);
    assert_eq!((online.len(), registration.len()), (1, 1), "{d:#?}");
    for (d, column) in [(online[0], 11), (registration[0], 17)] {
        assert!(d.is_error());
        assert_eq!(d.kind, Some(tolk::error::Kind::Event));
        assert_eq!(d.column, Some(column), "{d}");
        assert!(d.message.contains("javascript"), "{d}");
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("https:")), "{d}");
    }
    assert_eq!(before, snapshot(&f.out()), "a failed build leaves the output as it was");
}

/// Front matter addresses: every bypass is an error located at its value.
#[test]
fn front_matter_url_bypasses_are_errors_at_their_value() {
    let vectors = [
        r#""javascript:alert(1)""#,
        r#""JaVaScRiPt:alert(1)""#,
        r#"" javascript:alert(1)""#,
        r#""\tjavascript:alert(1)""#,
        r#""\u0001javascript:alert(1)""#,
        r#""java\nscript:alert(1)""#,
        r#""&#106;avascript:alert(1)""#,
        r#""data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==""#,
        r#""vbscript:msgbox(1)""#,
        r#""//evil.example/""#,
        r#""\\\\evil.example/""#,
        r#""/\\evil.example/""#,
        r#""https://good.example@evil.example/""#,
        r#""file:///etc/passwd""#,
        r#""https://example.org/\r\nX-Injected: 1""#,
        r#""www.example.org""#,
        r#""""#,
    ];
    let f = with_calendar();
    for (i, v) in vectors.iter().enumerate() {
        f.write(&format!("content/sv/calendar/v{i}.md"), &event_page(v, v));
    }
    let d = f.build_err();
    for (i, v) in vectors.iter().enumerate() {
        let file = format!("content/sv/calendar/v{i}.md");
        for line in [6, 7] {
            let found = at(&d, &file, line);
            assert!(
                found.len() == 1 && found[0].is_error() && found[0].column.is_some() && found[0].hint.is_some(),
                "{v} (line {line}) is not refused: {found:#?}"
            );
        }
    }
}

#[test]
fn contact_phone_and_email_are_checked_where_they_are_written() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/contact.md",
        "---\ntitle: Kontakt\nslug: kontakt\ncontacts:\n  - name: Anna\n    phone: \"+46 8 453 78 83\"\n    email: \"anna@example.org?bcc=all@example.net\"\n  - name: Bo\n    mobile: \"javascript:alert(1)\"\n---\n",
    );
    // The YAML reader stops at the first bad contact of a file.
    let d = f.build_err();
    let email = at(&d, "content/sv/contact.md", 7);
    assert_eq!(email.len(), 1, "{d:#?}");
    assert_eq!(email[0].column, Some(12));
    assert!(email[0].message.contains("e-mail address"), "{}", email[0]);
    assert!(email[0].hint.is_some());
    let text = std::fs::read_to_string(f.root().join("content/sv/contact.md")).unwrap();
    f.write("content/sv/contact.md", &text.replace("?bcc=all@example.net", ""));
    let d = f.build_err();
    let mobile = at(&d, "content/sv/contact.md", 9);
    assert_eq!(mobile.len(), 1, "{d:#?}");
    assert!(mobile[0].message.contains("not a phone number"), "{}", mobile[0]);
    assert!(mobile[0].hint.is_some());
    f.write(
        "content/sv/contact.md",
        &text
            .replace("?bcc=all@example.net", "")
            .replace("javascript:alert(1)", "+46 70 123 45 67"),
    );
    f.build();
}

#[test]
fn menus_refuse_addresses_with_their_place_in_site_yaml() {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write(
        "site.yaml",
        &yaml.replace(
            "  main: [about, news, contact]",
            "  main:\n    - about\n    - \"JaVaScRiPt:alert(1)\"\n    - path: //evil.example/\n      label: x",
        ),
    );
    let d = f.build_err();
    let js = at(&d, "site.yaml", 14);
    let evil = at(&d, "site.yaml", 15);
    assert_eq!((js.len(), evil.len()), (1, 1), "{d:#?}");
    assert_eq!(js[0].kind, Some(tolk::error::Kind::Config));
    assert_eq!(js[0].column, Some(7));
    assert!(js[0].message.contains("`javascript:`"), "{}", js[0]);
    assert!(evil[0].message.contains("//"), "{}", evil[0]);
    assert!(js[0].hint.as_deref().unwrap().contains("content paths"));
}

/// Markdown bodies: each vector on its own line, by line number.
const MARKDOWN_VECTORS: &[&str] = &[
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](<java\tscript:alert(1)>)",
    "[a](&#106;avascript:alert(1))",
    "[a](javascript&#58;alert(1))",
    "[a](&#x20;javascript:alert(1))",
    "[a](&#1;javascript:alert(1))",
    "[a](vbscript:msgbox(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![i](javascript:alert(1))",
    "[a](//evil.example/)",
    "[a](/\\evil.example/)",
    "[a](file:///etc/passwd)",
    "[a][ref]",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
];

/// Raw HTML in a page: every element and attribute that could run a
/// script, load another site or cover the page.
const HTML_VECTORS: &[&str] = &[
    r#"<a href="javascript:alert(1)">x</a>"#,
    r#"<a href="&#106;avascript:alert(1)">x</a>"#,
    r#"<a href="  JaVaScRiPt:alert(1)">x</a>"#,
    r#"<a href="java&#x09;script:alert(1)">x</a>"#,
    "<a href=\"java\nscript:alert(1)\">x</a>",
    r#"<a href="vbscript:msgbox(1)">x</a>"#,
    r#"<a href="//evil.example/">x</a>"#,
    r#"<a href="/\evil.example/">x</a>"#,
    r#"<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">"#,
    r#"<img src="x" onerror="alert(1)">"#,
    r#"<iframe src="javascript:alert(1)"></iframe>"#,
    r#"<object data="javascript:alert(1)"></object>"#,
    r#"<embed src="javascript:alert(1)">"#,
    r#"<base href="javascript:/">"#,
    r#"<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>"#,
    r#"<svg><a href="javascript:alert(1)"><text>x</text></a><script>alert(1)</script></svg>"#,
    r#"<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>"#,
    r#"<div style="background:url(javascript:alert(1))">x</div>"#,
    r#"<p style="position:fixed;inset:0">cover</p>"#,
    r#"<script>alert(1)</script>"#,
    r#"<scr<script>ipt>alert(1)</script>"#,
    r#"<input type="image" src="javascript:alert(1)">"#,
];

fn check_main(doc: &Html, mode: &str) -> usize {
    let main = doc.select(&sel("#main")).next().expect("#main");
    let mut checked = 0;
    for el in main.descendants().filter_map(scraper::ElementRef::wrap) {
        let name = el.value().name();
        assert!(
            !matches!(
                name,
                "script" | "iframe" | "object" | "embed" | "base" | "form" | "button" | "svg" | "math" | "style"
            ),
            "{mode}: <{name}> reached the page: {}",
            el.html()
        );
        for (attr, value) in el.value().attrs() {
            assert!(
                !attr.to_ascii_lowercase().starts_with("on"),
                "{mode}: event handler {attr} on <{name}>"
            );
            if attr == "style" {
                assert!(
                    matches!(name, "td" | "th") && value.starts_with("text-align: "),
                    "{mode}: style {value:?} on <{name}>"
                );
            }
            if matches!(
                attr,
                "href" | "src" | "action" | "formaction" | "data" | "xlink:href" | "poster" | "background" | "cite"
            ) {
                assert!(!dangerous(value), "{mode}: {attr}={value:?} on <{name}>");
                checked += 1;
            }
        }
        if name == "input" {
            assert_eq!(el.value().attr("type"), Some("checkbox"), "{mode}: {}", el.html());
        }
    }
    checked
}

/// Markdown links, images, autolinks, reference links and raw HTML: none
/// of the vectors reaches the page, in sanitize and in escape mode; every
/// Markdown vector is reported at its line.
#[test]
fn markdown_and_raw_html_bypasses_never_reach_a_reader() {
    let f = Fixture::new("basic");
    let mut body = String::from("[ok](https://example.org/ok) [ok](../om-oss/)\n\n");
    for v in MARKDOWN_VECTORS {
        body.push_str(v);
        body.push_str("\n\n");
    }
    body.push_str("[ref]: javascript:alert(1)\n\n");
    for v in HTML_VECTORS {
        body.push_str(v);
        body.push_str("\n\n");
    }
    // Heading attributes: only the id and classes are kept.
    body.push_str("## Rubrik {#r .c onclick=alert(1) style=position:fixed}\n\n");
    f.write("content/sv/vectors.md", &format!("---\ntitle: Vektorer\n---\n{body}"));
    let report = f.build();
    let doc = f.html("sv/vectors/index.html");
    let checked = check_main(&doc, "sanitize");
    assert!(
        checked >= MARKDOWN_VECTORS.len(),
        "only {checked} addresses in the page"
    );
    let ok: Vec<&str> = doc
        .select(&sel("#main a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| h.contains("example.org/ok") || h.contains("om-oss"))
        .collect();
    assert_eq!(ok.len(), 2, "allowed links are kept");
    assert_eq!(
        doc.select(&sel("#main h2#r.c")).count(),
        1,
        "the heading keeps its id and class"
    );
    // Body lines: front matter is 3 lines, the body starts at line 4 with the
    // good links; vector i is on line 6 + 2i.
    for (i, v) in MARKDOWN_VECTORS.iter().enumerate() {
        let line = 6 + 2 * i;
        assert!(
            report.warnings.iter().any(|w| {
                w.file.as_deref() == Some(std::path::Path::new("content/sv/vectors.md"))
                    && w.line == Some(line)
                    && !w.is_error()
                    && w.hint.is_some()
            }),
            "no warning at line {line} for {v}: {:#?}",
            report.warnings
        );
    }
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}markdown:\n  html: escape\n"));
    f.build();
    check_main(&f.html("sv/vectors/index.html"), "escape");
}
