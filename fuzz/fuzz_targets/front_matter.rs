//! Front matter splitting and parsing never panic, and errors are located
//! inside the file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let file = std::path::Path::new("content/sv/fuzz.md");
    match tolk::content::Page::parse(text, &tolk::Lang::of("sv"), "fuzz.md", file) {
        Ok(page) => assert!(page.body_line >= 1),
        Err(problems) => {
            let normalized = tolk::content::front_matter::normalize_newlines(text);
            let lines = normalized.lines().count().max(1) + 1;
            for p in problems {
                if let Some(line) = p.line {
                    assert!(line >= 1 && line <= lines, "line {line} outside a file of {lines} lines: {p}");
                }
            }
        }
    }
});
