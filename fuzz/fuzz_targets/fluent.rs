//! Loading and formatting Fluent files never panics; errors are located.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in ["ru", "ar", "sv"] {
        let out = tolk::i18n::catalog::format_all(&tolk::Lang::of(lang), text);
        for (line, _) in out.problems {
            assert!(line >= 1 && line <= text.lines().count() + 1);
        }
    }
});
