//! The base URL goes into every `.ics`, feed, sitemap and robots.txt: it is
//! a clean absolute http(s) address or an error saying where it was given.

mod common;

use common::{Fixture, snapshot};

const BAD: &[&str] = &[
    "https://example.org/\r\nDisallow: /",
    "https://example.org/\nX-Injected: 1",
    "https://example.org/\r",
    "https://exa\tmple.org/",
    "https://example.org/a b/",
    "https://example.org/\u{2028}",
    "https://example.org/\u{0}",
    "https://user:pass@example.org/",
    "https://good.example@evil.example/",
    "https://example.org/?q=1",
    "https://example.org/#top",
    "https:///path",
    "https://:443/",
    "https://example.org:99999/",
    "https://example.org:0/",
    "https://example.org:ab/",
    "https://exa_mple.org/",
    "https://example..org/",
    "https://[::1/",
    "https://example.org/a\"b/",
    "https://example.org/a<b>/",
    "https://example.org/%zz/",
    "https://example.org\\@evil.example/",
    "javascript:alert(1)//",
    "ftp://example.org/",
    "//example.org/",
    "example.org",
    "",
];

fn site_yaml_with(f: &Fixture, base_url: &str) {
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    let quoted = serde_json::to_string(base_url).unwrap().replace('\u{2028}', "\\u2028");
    let mut lines: Vec<String> = yaml.lines().map(String::from).collect();
    assert!(lines[1].starts_with("base_url:"));
    lines[1] = format!("base_url: {quoted}");
    f.write("site.yaml", &(lines.join("\n") + "\n"));
}

/// Failure 8: `base_url` (and `--base-url`) accepted CR/LF, which then
/// appeared in every `.ics` and in robots.txt.
#[test]
fn regression_base_url_with_line_breaks_or_other_junk_is_an_error_in_site_yaml() {
    let f = Fixture::new("basic");
    f.build();
    let before = snapshot(&f.out());
    for bad in BAD {
        site_yaml_with(&f, bad);
        let d = f.build_err();
        let found: Vec<_> = d
            .iter()
            .filter(|d| d.file.as_deref() == Some(std::path::Path::new("site.yaml")))
            .collect();
        assert_eq!(found.len(), 1, "{bad:?}: {d:#?}");
        let d = found[0];
        assert_eq!(
            (d.line, d.column, d.kind),
            (Some(2), Some(11), Some(tolk::error::Kind::Config)),
            "{bad:?}: {d}"
        );
        assert!(d.message.contains("base_url"), "{d}");
        assert!(
            !d.message.contains(['\r', '\n', '\0']),
            "{bad:?}: the message shows control characters as escapes: {d}"
        );
        assert!(d.hint.as_deref().is_some_and(|h| h.contains("https://")), "{d}");
        assert_eq!(before, snapshot(&f.out()), "{bad:?}: nothing was written");
    }
}

#[test]
fn regression_base_url_option_with_line_breaks_is_a_usage_error() {
    let f = Fixture::new("basic");
    for bad in BAD {
        let mut options = f.options();
        options.base_url = Some((*bad).to_string());
        match tolk::build(&options) {
            Err(tolk::error::Error::Usage(message)) => assert!(message.starts_with("--base-url"), "{message}"),
            other => panic!("{bad:?}: {other:?}"),
        }
    }
    assert!(!f.out().exists(), "nothing was written");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["build", "--root"])
        .arg(f.root())
        .args(["--base-url", "https://example.org/\r\nDisallow: /"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--base-url"));
    assert!(!f.out().exists());
}

#[test]
fn clean_base_urls_are_normalised_and_reach_every_format_on_one_line() {
    let f = Fixture::new("basic");
    for (given, written) in [
        ("HTTPS://Example.ORG/Sub", "https://example.org/Sub/"),
        ("http://localhost:8080", "http://localhost:8080/"),
        ("https://[::1]:8443/a%20b/", "https://[::1]:8443/a%20b/"),
        ("https://exämple.se/åtgärd-31/", "https://exämple.se/åtgärd-31/"),
    ] {
        site_yaml_with(&f, given);
        f.build();
        let robots = std::fs::read_to_string(f.out().join("robots.txt")).unwrap();
        assert_eq!(
            robots,
            format!("User-agent: *\nAllow: /\n\nSitemap: {written}sitemap.xml\n"),
            "{given}"
        );
        let sitemap = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
        let doc = roxmltree::Document::parse(&sitemap).unwrap();
        for loc in doc.descendants().filter(|n| n.has_tag_name("loc")) {
            assert!(loc.text().unwrap().starts_with(written), "{given}: {:?}", loc.text());
        }
    }
}
