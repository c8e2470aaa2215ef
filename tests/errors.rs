//! Every kind of broken input gives a located, plain-words error with a
//! hint, all errors of a build are reported together, and the exit codes
//! are 1 for problems in the site and 2 for wrong usage.

mod common;

use common::Fixture;
use std::process::Command;

struct Case {
    name: &'static str,
    file: &'static str,
    text: &'static [u8],
    expect_file: &'static str,
    line: Option<usize>,
    message: &'static str,
}

const CASES: &[Case] = &[
    Case { name: "unknown field", file: "content/sv/about.md", text: b"---\ntitle: A\ndescripton: x\n---\n", expect_file: "content/sv/about.md", line: Some(3), message: "unknown field `descripton`" },
    Case { name: "front matter not closed", file: "content/sv/about.md", text: b"---\ntitle: A\n\nText\n", expect_file: "content/sv/about.md", line: Some(1), message: "not closed" },
    Case { name: "yaml syntax", file: "content/sv/about.md", text: b"---\ntitle: A\nslug: [unclosed\n---\n", expect_file: "content/sv/about.md", line: Some(3), message: "not valid YAML" },
    Case { name: "wrong type weight", file: "content/sv/about.md", text: b"---\ntitle: A\nweight: \"high\"\n---\n", expect_file: "content/sv/about.md", line: Some(3), message: "" },
    Case { name: "bad date", file: "content/sv/about.md", text: b"---\ntitle: A\ndate: tomorrow\n---\n", expect_file: "content/sv/about.md", line: Some(3), message: "`tomorrow` is not a date" },
    Case { name: "missing title", file: "content/sv/about.md", text: b"---\nslug: a\n---\n", expect_file: "content/sv/about.md", line: Some(1), message: "no title" },
    Case { name: "empty file", file: "content/sv/about.md", text: b"", expect_file: "content/sv/about.md", line: Some(1), message: "empty" },
    Case { name: "invalid utf-8", file: "content/sv/about.md", text: b"---\ntitle: A\n---\nHej \xff d\xe5\n", expect_file: "content/sv/about.md", line: Some(4), message: "offset 21" },
    Case { name: "page outside language folder", file: "content/stray.md", text: b"---\ntitle: A\n---\n", expect_file: "content/stray.md", line: None, message: "not inside a language folder" },
    Case { name: "unknown language folder", file: "content/fr/a.md", text: b"---\ntitle: A\n---\n", expect_file: "content/fr/a.md", line: None, message: "`fr` is not a language listed in site.yaml" },
    Case { name: "slug with slash", file: "content/sv/about.md", text: b"---\ntitle: A\nslug: a/b\n---\n", expect_file: "content/sv/about.md", line: Some(3), message: "contains `/`" },
    Case { name: "slug with dot dot", file: "content/sv/about.md", text: b"---\ntitle: A\nslug: \"..\"\n---\n", expect_file: "content/sv/about.md", line: Some(3), message: "`..`" },
    Case { name: "broken content link", file: "content/sv/about.md", text: b"---\ntitle: A\n---\nText\n\nSee [x](@/nope.md).\n", expect_file: "content/sv/about.md", line: Some(6), message: "@/nope.md" },
    Case { name: "missing template", file: "content/sv/about.md", text: b"---\ntitle: A\ntemplate: fancy.html\n---\n", expect_file: "content/sv/about.md", line: Some(1), message: "`fancy.html` does not exist" },
    Case { name: "tera syntax error", file: "themes/plain/templates/page.html", text: b"{% extends \"base.html\" %}\n{% block list %}\n{{ page.title \n{% endblock list %}\n", expect_file: "themes/plain/templates/page.html", line: Some(4), message: "template error" },
    Case { name: "fluent syntax error", file: "locales/en/site.ftl", text: b"home = Start\nbroken\n", expect_file: "locales/en/site.ftl", line: Some(2), message: "Fluent syntax error" },
    Case { name: "fluent duplicate message", file: "locales/en/more.ftl", text: b"home = Again\n", expect_file: "locales/en/", line: Some(1), message: "defined twice" },
    Case { name: "missing key everywhere", file: "themes/plain/templates/page.html", text: b"{% extends \"base.html\" %}\n{% block list %}\n{{ t(key=\"nope\") }}\n{% endblock list %}\n", expect_file: "themes/plain/templates/page.html", line: Some(3), message: "`nope` is not defined in any language" },
    Case { name: "unknown time zone", file: "content/sv/event.md", text: b"---\ntitle: E\nevent:\n  start: 2026-10-05T09:00\n  timezone: Europe/Atlantis\n---\n", expect_file: "content/sv/event.md", line: Some(5), message: "unknown time zone" },
    Case { name: "time in DST gap", file: "content/sv/event.md", text: b"---\ntitle: E\nevent:\n  start: 2026-03-29T02:30\n  timezone: Europe/Stockholm\n---\n", expect_file: "content/sv/event.md", line: Some(4), message: "does not exist" },
    Case { name: "ambiguous time", file: "content/sv/event.md", text: b"---\ntitle: E\nevent:\n  start: 2026-10-25T02:30\n  timezone: Europe/Stockholm\n---\n", expect_file: "content/sv/event.md", line: Some(4), message: "happens twice" },
    Case { name: "event ends before it starts", file: "content/sv/event.md", text: b"---\ntitle: E\nevent:\n  start: 2026-10-05T09:00\n  end: 2026-10-04T09:00\n  timezone: Europe/Kyiv\n---\n", expect_file: "content/sv/event.md", line: Some(5), message: "ends before it starts" },
    Case { name: "times without zone", file: "content/sv/event.md", text: b"---\ntitle: E\nevent:\n  start: 2026-10-05T09:00\n---\n", expect_file: "content/sv/event.md", line: Some(4), message: "no time zone" },
    Case { name: "unknown event key", file: "content/sv/event.md", text: b"---\ntitle: E\nevent:\n  start: 2026-10-05\n  room: 4\n---\n", expect_file: "content/sv/event.md", line: Some(5), message: "unknown field `room`" },
    Case { name: "bad country code", file: "content/sv/event.md", text: b"---\ntitle: E\nevent:\n  start: 2026-10-05\n  country: Sweden\n---\n", expect_file: "content/sv/event.md", line: Some(5), message: "not a country code" },
    Case { name: "duplicate output path", file: "content/sv/other.md", text: b"---\ntitle: B\nslug: om-oss\n---\n", expect_file: "content/sv/other.md", line: None, message: "/sv/om-oss/index.html" },
    Case { name: "alias colliding with a page", file: "content/sv/news/first.md", text: b"---\ntitle: F\naliases: [/sv/om-oss/]\n---\n", expect_file: "content/sv/", line: None, message: "/sv/om-oss/index.html" },
    Case { name: "site.yaml unknown key", file: "site.yaml", text: b"title: T\nbase_url: https://example.org/\ndefault_language: sv\nlanguages:\n  sv: {}\n  en: {}\n  de: {}\ntheme: plain\nmenuz: {}\n", expect_file: "site.yaml", line: Some(9), message: "unknown field `menuz`" },
    Case { name: "unknown theme", file: "site.yaml", text: b"title: T\nbase_url: https://example.org/\ndefault_language: sv\nlanguages:\n  sv: {}\n  en: {}\n  de: {}\ntheme: fancy\n", expect_file: "site.yaml", line: None, message: "the theme `fancy` does not exist" },
    Case { name: "menu entry without a page", file: "site.yaml", text: b"title: T\nbase_url: https://example.org/\ndefault_language: sv\nlanguages:\n  sv: {}\n  en: {}\n  de: {}\ntheme: plain\nmenus:\n  main: [about, nowhere]\n", expect_file: "site.yaml", line: Some(10), message: "`nowhere`" },
    Case { name: "bad base_url", file: "site.yaml", text: b"title: T\nbase_url: example.org\ndefault_language: sv\nlanguages:\n  sv: {}\n  en: {}\n  de: {}\ntheme: plain\n", expect_file: "site.yaml", line: Some(2), message: "base_url" },
    Case { name: "default language not configured", file: "site.yaml", text: b"title: T\nbase_url: https://example.org/\ndefault_language: fi\nlanguages:\n  sv: {}\n  en: {}\n  de: {}\ntheme: plain\n", expect_file: "site.yaml", line: Some(3), message: "`fi` is not listed" },
];

#[test]
fn every_broken_input_is_reported_with_file_line_and_hint() {
    let mut failures = Vec::new();
    for case in CASES {
        let f = Fixture::new("basic");
        f.build();
        let before = common::snapshot(&f.out());
        std::fs::create_dir_all(f.root().join(case.file).parent().unwrap()).unwrap();
        std::fs::write(f.root().join(case.file), case.text).unwrap();
        let diagnostics = match tolk::build(&f.options()) {
            Ok(_) => {
                failures.push(format!("{}: build succeeded", case.name));
                continue;
            }
            Err(tolk::error::Error::Build(d)) => d,
            Err(e) => {
                failures.push(format!("{}: not a build error: {e}", case.name));
                continue;
            }
        };
        let found = diagnostics.iter().find(|d| {
            d.is_error()
                && d.file
                    .as_ref()
                    .is_some_and(|p| p.to_string_lossy().starts_with(case.expect_file))
                && (case.line.is_none() || d.line == case.line)
                && d.message.contains(case.message)
        });
        match found {
            Some(d) if d.hint.as_ref().is_some_and(|h| h.len() > 10) => {}
            Some(d) => failures.push(format!("{}: no hint in {d}", case.name)),
            None => failures.push(format!(
                "{}: expected {}:{:?} `{}`, got:\n{}",
                case.name,
                case.expect_file,
                case.line,
                case.message,
                diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
            )),
        }
        if before != common::snapshot(&f.out()) {
            failures.push(format!("{}: output changed after a failed build", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n\n")
    );
}

#[test]
fn all_errors_of_a_build_are_reported_together() {
    let f = Fixture::new("basic");
    f.write("content/sv/about.md", "---\ntitle: A\ndescripton: x\n---\n");
    f.write("content/en/about.md", "---\nslug: a\n---\n");
    f.write("locales/en/site.ftl", "home = Start\nbroken\n");
    let d = f.build_err();
    let files: Vec<String> = d
        .iter()
        .filter_map(|d| d.file.as_ref())
        .map(|p| p.display().to_string())
        .collect();
    assert!(files.contains(&"content/sv/about.md".to_string()), "{files:?}");
    assert!(files.contains(&"content/en/about.md".to_string()), "{files:?}");
    assert!(files.contains(&"locales/en/site.ftl".to_string()), "{files:?}");
}

#[test]
fn missing_key_in_one_language_warns_and_strict_fails() {
    let f = Fixture::new("basic");
    let report = f.build();
    let w: Vec<String> = report.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        w.iter()
            .any(|w| w.contains("themes/plain/templates/base.html:9") && w.contains("`home` is missing in `de`")),
        "{w:#?}"
    );
    let mut o = f.options();
    o.strict = true;
    match tolk::build(&o) {
        Err(tolk::error::Error::Build(d)) => assert!(
            d.iter()
                .any(|d| d.is_error() && d.message.contains("`home` is missing in `de`"))
        ),
        other => panic!("strict build should fail: {other:?}"),
    }
}

fn tolk() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tolk"))
}

#[test]
fn exit_codes_and_messages_of_the_binary() {
    let f = Fixture::new("basic");
    let ok = tolk().args(["build", "--root"]).arg(f.root()).output().unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
    let summary = String::from_utf8_lossy(&ok.stdout);
    assert!(summary.starts_with("Built 18 pages in 3 languages in "), "{summary}");

    f.write("content/sv/about.md", "---\ntitle: A\ndescripton: x\n---\n");
    let bad = tolk().args(["build", "--root"]).arg(f.root()).output().unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("error: content/sv/about.md:3:1: unknown field `descripton`"),
        "{err}"
    );
    assert!(err.contains("hint: did you mean `description`?"), "{err}");

    let empty = tempfile::tempdir().unwrap();
    let usage = tolk().args(["build", "--root"]).arg(empty.path()).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("no site.yaml"));
    let unknown = tolk().args(["build", "--bogus"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn same_output_with_one_thread_and_many() {
    let f = Fixture::new("basic");
    let one = f.root().join("one");
    let many = f.root().join("many");
    for (dir, threads) in [(&one, "1"), (&many, "4")] {
        let out = tolk()
            .args(["build", "--now", "2026-11-29T12:00:00Z", "--root"])
            .arg(f.root())
            .arg("--output")
            .arg(dir)
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(common::snapshot(&one), common::snapshot(&many));
}
