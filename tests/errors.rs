//! Every kind of broken input gives a located, plain-words error with a
//! hint, all errors of a build are reported together, and the exit codes
//! are 1 for problems in the site and 2 for wrong usage.

mod common;

use common::Fixture;
use std::process::Command;

/// What a case in tests/fixtures/invalid expects.
#[derive(Debug, Default)]
struct Expected {
    kind: String,
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

fn expected(dir: &std::path::Path) -> Expected {
    let text = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
    let mut e = Expected::default();
    for line in text.lines() {
        let (k, v) = line.split_once(": ").unwrap_or((line.trim_end_matches(':'), ""));
        match k {
            "kind" => e.kind = v.to_string(),
            "file" => e.file = v.to_string(),
            "line" => e.line = Some(v.parse().unwrap()),
            "column" => e.column = Some(v.parse().unwrap()),
            "message" => e.message = v.to_string(),
            other => panic!("{}: unknown key {other}", dir.display()),
        }
    }
    e
}

/// Every folder of tests/fixtures/invalid: the error's kind, file, line,
/// column and message, a hint, exit code 1, and the old output unchanged.
#[test]
fn every_broken_input_is_reported_with_kind_file_line_and_hint() {
    let cases_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut cases: Vec<_> = std::fs::read_dir(&cases_dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let want = expected(case);
        let f = Fixture::new("basic");
        f.build();
        let before = common::snapshot(&f.out());
        common::copy_dir(&case.join("site"), f.root());
        let diagnostics = match tolk::build(&f.options()) {
            Ok(_) => {
                failures.push(format!("{name}: build succeeded"));
                continue;
            }
            Err(tolk::error::Error::Build(d)) => d,
            Err(e) => {
                failures.push(format!("{name}: not a build error: {e}"));
                continue;
            }
        };
        let found = diagnostics.iter().find(|d| {
            d.is_error()
                && d.kind.map(tolk::error::Kind::as_str) == Some(want.kind.as_str())
                && d.file
                    .as_ref()
                    .is_some_and(|p| p.to_string_lossy().starts_with(&want.file))
                && (want.line.is_none() || d.line == want.line)
                && (want.column.is_none() || d.column == want.column)
                && d.message.contains(&want.message)
        });
        match found {
            Some(d) if d.hint.as_ref().is_some_and(|h| h.len() > 10) => {}
            Some(d) => failures.push(format!("{name}: no hint in {d}")),
            None => failures.push(format!(
                "{name}: expected {want:?}, got:\n{}",
                diagnostics
                    .iter()
                    .map(|d| format!("[{:?}] {d}", d.kind))
                    .collect::<Vec<_>>()
                    .join("\n")
            )),
        }
        let out = Command::new(env!("CARGO_BIN_EXE_tolk"))
            .args(["build", "--now", "2026-11-29T12:00:00Z", "--root"])
            .arg(f.root())
            .output()
            .unwrap();
        if out.status.code() != Some(1) {
            failures.push(format!("{name}: exit code {:?}", out.status.code()));
        }
        if before != common::snapshot(&f.out()) {
            failures.push(format!("{name}: output changed after a failed build"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
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
    // As compilers print it: message, place, the line underlined, the fix.
    assert!(err.contains("error: unknown field `descripton`"), "{err}");
    assert!(err.contains("╭▸ content/sv/about.md:3:1"), "{err}");
    assert!(err.contains("3 │ descripton: x"), "{err}");
    assert!(err.contains("│ ━━━━━━━━━━\n"), "{err}");
    assert!(err.contains("help: did you mean `description`?"), "{err}");

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
    let (one, many) = common::build_with_one_and_many_threads(&f, "4");
    assert_eq!(one, many);
}
