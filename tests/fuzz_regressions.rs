//! Inputs the fuzzers found crashes or wrong results with, kept as
//! regression tests (see fuzz/ and the README).

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

/// Regression: a file with lone CR line breaks made the YAML parser count
/// more lines than tolk did, so errors pointed past the end of the file.
#[test]
fn front_matter_errors_stay_inside_the_file() {
    let cases = inputs("front_matter");
    assert!(!cases.is_empty());
    for (name, bytes) in cases {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let normalized = tolk::content::front_matter::normalize_newlines(text);
        let lines = normalized.lines().count().max(1) + 1;
        if let Err(problems) = tolk::content::Page::parse(
            text,
            &tolk::Lang::of("sv"),
            "fuzz.md",
            Path::new("content/sv/fuzz.md"),
            &tolk::config::MarkdownOptions::default(),
        ) {
            for p in problems {
                assert!(p.line.is_none_or(|l| l >= 1 && l <= lines), "{name}: {p}");
            }
        }
    }
}

/// Every kept Markdown and Fluent input still renders without a panic.
#[test]
fn markdown_and_fluent_inputs_do_not_panic() {
    struct Links;
    impl tolk::content::markdown::LinkResolver for Links {
        fn resolve(&self, _: &str) -> Option<String> {
            None
        }
    }
    for (name, bytes) in inputs("markdown") {
        let text = String::from_utf8_lossy(&bytes);
        let input = tolk::content::markdown::Input {
            body: &text,
            body_line: 1,
            file: Path::new("a.md"),
            dir: "",
            lang: &tolk::Lang::of("sv"),
            foreign: &[],
        };
        let out = tolk::content::markdown::render(&input, &Default::default(), &Links);
        // Regression: numbered heading ids collided with natural ones.
        let ids: std::collections::HashSet<&str> = out.toc.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids.len(), out.toc.len(), "{name}: duplicate heading ids");
    }
    for (_, bytes) in inputs("fluent") {
        let _ = tolk::i18n::catalog::format_all(&tolk::Lang::of("ar"), &String::from_utf8_lossy(&bytes));
    }
}
