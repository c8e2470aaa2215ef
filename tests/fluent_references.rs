//! Fluent reference errors (a misspelt variable, an unknown message, term,
//! attribute or function, a loop) are found when the UI strings are loaded
//! and reported with their place in the .ftl file; pages never show Fluent's
//! `{…}` placeholders, but the text of the first fallback language that
//! formats cleanly, marked with its language.

mod common;

use std::process::Command;

use common::{Fixture, sel};
use scraper::Html;
use tolk::error::{Diagnostic, Severity};

/// The basic fixture (sv default; en; de falling back to en, then sv) with a
/// page template that prints `greeting` in an element, in an attribute and
/// in `<title>`-free text, plus any extra messages given.
fn site(template_body: &str, ftl: &[(&str, &str)]) -> Fixture {
    let f = Fixture::new("basic");
    f.write(
        "templates/page.html",
        &format!("{{% extends \"base.html\" %}}\n{{% block list %}}\n{template_body}\n{{% endblock list %}}\n"),
    );
    for (path, text) in ftl {
        f.write(path, text);
    }
    f
}

fn fluent(warnings: &[Diagnostic]) -> Vec<&Diagnostic> {
    warnings
        .iter()
        .filter(|d| d.kind == Some(tolk::error::Kind::Fluent))
        .collect()
}

fn only_one<'a>(diagnostics: &[&'a Diagnostic], needle: &str) -> &'a Diagnostic {
    let found: Vec<&&Diagnostic> = diagnostics.iter().filter(|d| d.message.contains(needle)).collect();
    assert_eq!(found.len(), 1, "one diagnostic with {needle:?} in {diagnostics:#?}");
    found[0]
}

fn strip(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// Every text node of a page (but scripts and style sheets), and every
/// attribute value.
fn all_text(doc: &Html) -> String {
    let mut out = String::new();
    for node in doc.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let parent = node.parent().and_then(|p| p.value().as_element().map(|e| e.name()));
            if !matches!(parent, Some("script" | "style")) {
                out.push_str(text);
                out.push('\n');
            }
        } else if let Some(e) = node.value().as_element() {
            for (_, v) in e.attrs() {
                out.push_str(v);
                out.push('\n');
            }
        }
    }
    out
}

fn assert_no_braces(f: &Fixture) {
    for (rel, bytes) in common::snapshot(&f.out()) {
        if rel.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let doc = Html::parse_document(&String::from_utf8(bytes).unwrap());
        let text = all_text(&doc);
        assert!(
            !text.contains('{') && !text.contains("()"),
            "{} shows a Fluent placeholder:\n{text}",
            rel.display()
        );
    }
}

#[test]
fn misspelt_fluent_variable_is_reported_not_printed() {
    let f = site(
        "<p id=\"greeting\">{{ t(key=\"greeting\", name=\"Ada\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "greeting = Hej { $name }!\n"),
            ("locales/en/extra.ftl", "# English\ngreeting = Hello { $nmae }!\n"),
        ],
    );
    let report = f.build();
    let problems = fluent(&report.warnings);
    let d = only_one(&problems, "`$nmae`");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.file.as_deref(), Some("locales/en/extra.ftl".as_ref()));
    assert_eq!((d.line, d.column), (Some(2), Some(20)), "{d}");
    assert!(d.message.contains("`greeting`"), "{d}");
    assert!(d.hint.as_deref().unwrap().contains("did you mean `$name`?"), "{d}");

    let doc = f.html("en/about/index.html");
    let p = doc.select(&sel("#greeting")).next().unwrap();
    let span = p
        .select(&sel("span[lang=sv]"))
        .next()
        .expect("the Swedish text is marked");
    assert_eq!(strip(&span.text().collect::<String>()), "Hej Ada!");
    assert!(span.value().attr("dir").is_none(), "same direction, no dir");
    let sv = f.html("sv/om-oss/index.html");
    assert!(
        sv.select(&sel("#greeting span")).next().is_none(),
        "Swedish in Swedish: no span"
    );
    assert_eq!(strip(&common::text(&sv, "#greeting")), "Hej Ada!");
    assert_no_braces(&f);
}

#[test]
fn fluent_reference_cycle_is_reported() {
    let f = site(
        "<p id=\"a\">{{ t(key=\"loop-a\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "loop-a = A\n"),
            (
                "locales/en/extra.ftl",
                "loop-a = A { loop-b }\nloop-b = B { loop-a }\nself = { self }\n",
            ),
        ],
    );
    let report = f.build();
    let problems = fluent(&report.warnings);
    let loops: Vec<_> = problems.iter().filter(|d| d.message.contains("loop")).collect();
    assert_eq!(loops.len(), 2, "one per loop: {loops:#?}");
    let ab = only_one(&problems, "`loop-a` and `loop-b` refer to each other");
    assert!(ab.message.contains("loop-a → loop-b → loop-a"), "{ab}");
    assert_eq!((ab.line, ab.column), (Some(1), Some(14)), "{ab}");
    let me = only_one(&problems, "`self` refers to itself");
    assert_eq!(me.line, Some(3));
    let doc = f.html("en/about/index.html");
    assert_eq!(common::attr(&doc, "#a span", "lang"), "sv");
    assert_no_braces(&f);
}

#[test]
fn unknown_fluent_function_is_reported() {
    let f = site(
        "<p id=\"n\">{{ t(key=\"pages\", n=3) }}</p>",
        &[
            ("locales/sv/extra.ftl", "pages = { NUMBER($n) } sidor\n"),
            (
                "locales/en/extra.ftl",
                "pages = { BOGUS($n) } pages\nshare = { NUMBR($n) } %\n",
            ),
        ],
    );
    let report = f.build();
    let problems = fluent(&report.warnings);
    let bogus = only_one(&problems, "`BOGUS()`");
    assert_eq!((bogus.line, bogus.column), (Some(1), Some(11)));
    let hint = bogus.hint.as_deref().unwrap();
    assert!(hint.contains("NUMBER()") && hint.contains("DATETIME()"), "{hint}");
    let close = only_one(&problems, "`NUMBR()`");
    assert!(
        close.hint.as_deref().unwrap().starts_with("did you mean `NUMBER()`?"),
        "{close}"
    );
    let doc = f.html("en/about/index.html");
    assert_eq!(strip(&common::text(&doc, "#n span[lang=sv]")), "3 sidor");
    assert_no_braces(&f);
}

#[test]
fn unknown_term_is_reported() {
    let f = site(
        "<p id=\"t\">{{ t(key=\"about-org\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "-org = Institutet\nabout-org = Om { -org }\n"),
            (
                "locales/en/extra.ftl",
                "-org = The Institute\nabout-org = About { -orgg }\n",
            ),
        ],
    );
    let problems = fluent(&f.build().warnings).into_iter().cloned().collect::<Vec<_>>();
    let refs: Vec<&Diagnostic> = problems.iter().collect();
    let d = only_one(&refs, "the term `-orgg`");
    assert_eq!(d.file.as_deref(), Some("locales/en/extra.ftl".as_ref()));
    assert_eq!((d.line, d.column), (Some(2), Some(21)));
    assert!(d.hint.as_deref().unwrap().contains("did you mean `{ -org }`?"), "{d}");
    assert_eq!(
        strip(&common::text(&f.html("en/about/index.html"), "#t span[lang=sv]")),
        "Om Institutet"
    );
    assert_no_braces(&f);
}

#[test]
fn unknown_message_and_attribute_are_reported() {
    let f = site(
        "<p id=\"m\">{{ t(key=\"intro\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "intro = Hej\nbtn = Knapp\n    .title = Titel\n"),
            (
                "locales/en/extra.ftl",
                "intro = Hello { missing-msg } { btn.titel } { only-attrs }\nbtn = Button\n    .title = Title\nonly-attrs =\n    .a = A\n",
            ),
        ],
    );
    let report = f.build();
    let problems = fluent(&report.warnings);
    let missing = only_one(&problems, "the message `missing-msg`, which does not exist in `en`");
    assert_eq!((missing.line, missing.column), (Some(1), Some(17)));
    let attr = only_one(&problems, "no attribute `titel`");
    assert!(
        attr.hint.as_deref().unwrap().contains("did you mean `{ btn.title }`?"),
        "{attr}"
    );
    only_one(&problems, "`only-attrs`, which has no value");
    assert_no_braces(&f);
}

#[test]
fn term_variable_not_passed_is_reported_and_never_printed() {
    let f = site(
        "<p id=\"t\">{{ t(key=\"org-in\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "org-in = Institutet\n"),
            (
                "locales/en/extra.ftl",
                "-org = Institute of { $place }\norg-in = { -org }\nok = { -org(place: \"X\") }\n",
            ),
        ],
    );
    let problems = fluent(&f.build().warnings).into_iter().cloned().collect::<Vec<_>>();
    let refs: Vec<&Diagnostic> = problems.iter().collect();
    let d = only_one(&refs, "uses `$place`, but does not pass it");
    assert_eq!(d.line, Some(2));
    assert_eq!(
        strip(&common::text(&f.html("en/about/index.html"), "#t span[lang=sv]")),
        "Institutet"
    );
    assert_no_braces(&f);
}

#[test]
fn variable_the_template_does_not_pass_is_reported() {
    let f = site(
        "<p id=\"v\">{{ t(key=\"welcome\", name=\"Ada\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "welcome = Välkommen { $name }\n"),
            (
                "locales/en/extra.ftl",
                "welcome = Welcome { $name }, { inner }\ninner = you have { $count } new\nunused-by-templates = { $whatever }\n",
            ),
        ],
    );
    let report = f.build();
    let problems = fluent(&report.warnings);
    let d = only_one(&problems, "`$count`");
    assert!(d.message.contains("through `inner`"), "{d}");
    assert_eq!((d.line, d.column), (Some(2), Some(20)), "{d}");
    assert!(
        problems.iter().all(|d| !d.message.contains("$whatever")),
        "{problems:#?}"
    );
    assert!(problems.iter().all(|d| !d.message.contains("`$name`")), "{problems:#?}");
    assert_no_braces(&f);
}

#[test]
fn call_leaving_out_a_variable_other_calls_pass_is_reported() {
    let f = site(
        "<p id=\"a\">{{ t(key=\"hi\", name=\"Ada\") }}</p>\n<p id=\"b\">{{ t(key=\"hi\") }}</p>",
        &[("locales/sv/extra.ftl", "hi = Hej { $name }\n")],
    );
    let errors = f.build_err();
    let problems = fluent(&errors);
    let d = only_one(&problems, "does not pass `name`");
    assert_eq!(d.file.as_deref(), Some("templates/page.html".as_ref()));
    assert_eq!((d.line, d.column), (Some(4), Some(14)), "{d}");
    assert_eq!(d.severity, Severity::Warning);
    // …and as no language can format the second call, the build fails.
    assert!(
        errors
            .iter()
            .any(|e| e.is_error() && e.message.contains("`hi` cannot be formatted in `sv`")),
        "{errors:#?}"
    );
}

#[test]
fn strict_makes_fluent_reference_errors_fail_the_build() {
    let ftl = [
        ("locales/sv/extra.ftl", "greeting = Hej { $name }\n"),
        ("locales/en/extra.ftl", "greeting = Hello { $nmae }\n"),
    ];
    let f = site("<p>{{ t(key=\"greeting\", name=\"Ada\") }}</p>", &ftl);
    let mut options = f.options();
    options.strict = true;
    let Err(tolk::error::Error::Build(errors)) = tolk::build(&options) else {
        panic!("--strict build succeeded");
    };
    let d = only_one(&fluent(&errors), "`$nmae`");
    assert_eq!(d.severity, Severity::Error);
    assert!(!f.exists("en/about/index.html"), "nothing published");

    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}i18n:\n  strict: true\n"));
    let errors = f.build_err();
    assert_eq!(only_one(&fluent(&errors), "`$nmae`").severity, Severity::Error);
}

#[test]
fn message_broken_in_every_language_fails_the_build() {
    let f = site(
        "<p>{{ t(key=\"greeting\", name=\"Ada\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "greeting = Hej { $nmae }\n"),
            ("locales/en/extra.ftl", "greeting = Hello { $nmae }\n"),
        ],
    );
    let errors = f.build_err();
    let failed = errors
        .iter()
        .find(|e| e.is_error() && e.message.contains("`greeting` cannot be formatted"))
        .unwrap_or_else(|| panic!("{errors:#?}"));
    assert!(failed.message.contains("Unknown variable: $nmae"), "{failed}");
    assert!(!f.out().exists(), "nothing published");
}

#[test]
fn page_never_shows_fluent_braces() {
    let f = site(
        "<p id=\"v\">{{ t(key=\"var\", name=\"Ada\") }}</p>\n<p id=\"m\">{{ t(key=\"msg\") }}</p>\n<p id=\"c\">{{ t(key=\"cyc\") }}</p>\n<p id=\"t\">{{ t(key=\"term\") }}</p>\n<p id=\"f\">{{ t(key=\"fun\") }}</p>\n<p id=\"n\">{{ t(key=\"num\", n=\"many\") }}</p>\n<a id=\"attr\" href=\"#\" title=\"{{ t(key=\"in-attr\", name=\"Ada\") }}\">x</a>",
        &[
            (
                "locales/sv/extra.ftl",
                "var = Hej { $name }\nmsg = Meddelande\ncyc = Slinga\nterm = Term\nfun = Funktion\nnum = { $n } saker\nin-attr = Titel { $name }\n",
            ),
            (
                "locales/en/extra.ftl",
                "var = Hi { $nmae }\nmsg = { missing-msg }\ncyc = { cyc2 }\ncyc2 = { cyc }\nterm = { -missing-term }\nfun = { BOGUS() }\nnum = { NUMBER($n) } things\nin-attr = Title { $nmae }\n",
            ),
        ],
    );
    f.build();
    assert_no_braces(&f);
    // de falls back to en, then sv: the Swedish text, marked as Swedish.
    for page in ["en/about/index.html", "de/about/index.html"] {
        let doc = f.html(page);
        for id in ["v", "m", "c", "t", "f", "n"] {
            let span = doc
                .select(&sel(&format!("#{id} > span")))
                .next()
                .unwrap_or_else(|| panic!("{page} #{id} is not marked"));
            assert_eq!(span.value().attr("lang"), Some("sv"), "{page} #{id}");
        }
        assert_eq!(strip(&common::text(&doc, "#n")), "many saker");
        // No markup is possible in an attribute: plain text, escaped.
        assert_eq!(strip(&common::attr(&doc, "#attr", "title")), "Titel Ada");
    }
}

#[test]
fn fallback_text_is_escaped_inside_its_span() {
    let f = site(
        "<p id=\"e\">{{ t(key=\"esc\", name=\"<b>Ada</b>\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "esc = Hej { $name } & välkommen\n"),
            ("locales/en/extra.ftl", "esc = Hi { $nmae }\n"),
        ],
    );
    f.build();
    let doc = f.html("en/about/index.html");
    let p = doc.select(&sel("#e")).next().unwrap();
    assert!(p.select(&sel("b")).next().is_none(), "{}", p.html());
    assert_eq!(
        strip(&common::text(&doc, "#e span[lang=sv]")),
        "Hej <b>Ada</b> & välkommen"
    );
}

fn tolk_check(f: &Fixture, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .arg("check")
        .args(args)
        .arg("--root")
        .arg(f.root())
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).to_string(),
    )
}

#[test]
fn check_reports_fluent_reference_errors() {
    let f = site(
        "<p>{{ t(key=\"greeting\", name=\"Ada\") }}</p>",
        &[
            ("locales/sv/extra.ftl", "greeting = Hej { $name }\n"),
            ("locales/en/extra.ftl", "greeting = Hello { $nmae } { -brnd }\n"),
        ],
    );
    let (code, out) = tolk_check(&f, &[]);
    assert_eq!(code, 0, "warnings only: {out}");
    assert!(
        out.contains("warning: the message `greeting` uses the variable `$nmae`")
            && out.contains("locales/en/extra.ftl:1:20"),
        "{out}"
    );
    assert!(out.contains("help: did you mean `$name`?"), "{out}");

    let (_, out) = tolk_check(&f, &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let problems: Vec<&serde_json::Value> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "fluent")
        .collect();
    assert_eq!(problems.len(), 2, "{out}");
    let term = problems
        .iter()
        .find(|p| p["message"].as_str().unwrap().contains("-brnd"))
        .unwrap();
    assert_eq!(term["file"], "locales/en/extra.ftl");
    assert_eq!(term["line"], 1);
    assert_eq!(term["column"], 30);
    assert_eq!(term["severity"], "warning");

    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}i18n:\n  strict: true\n"));
    let (code, out) = tolk_check(&f, &["--format", "json"]);
    assert_eq!(code, 1, "{out}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<&serde_json::Value> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "fluent" && p["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 2, "{out}");
}

#[test]
fn shipped_site_has_no_fluent_reference_problems() {
    let f = Fixture::shipped();
    let report = f.build();
    assert!(fluent(&report.warnings).is_empty(), "{:#?}", report.warnings);
    assert_no_braces(&f);
}

#[test]
fn message_used_only_through_another_message_is_not_unused() {
    let f = Fixture::new("basic");
    f.write(
        "locales/sv/site.ftl",
        "home = Hem – { brand }\nbrand = Testplatsen\nreally-unused = X\n",
    );
    let (code, out) = tolk_check(&f, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("`brand` is not used"), "{out}");
    assert!(
        out.contains("the message `really-unused` is not used by any template"),
        "{out}"
    );
}
