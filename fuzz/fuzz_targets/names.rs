//! Path and slug validation: whatever a name holds, a name the address rule
//! accepts can never leave the output folder or change what a link means,
//! its suggestion is always accepted, and NFC/case folding never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tolk::content::names;

fuzz_target!(|data: &[u8]| {
    let Ok(name) = std::str::from_utf8(data) else { return };
    let _ = names::fold(name);
    let nfc = names::nfc(name);
    if names::check_part(&nfc).is_ok() {
        assert!(!nfc.contains(['/', '\\', ':', '?', '#', '%', '"', '\'', '<', '>', '&']));
        assert!(!nfc.chars().any(|c| c.is_control() || c.is_whitespace()));
        assert!(nfc != "." && nfc != ".." && !nfc.starts_with('.'));
        assert!(tolk::output::is_safe_output_path(&format!("sv/{nfc}/index.html")));
    }
    let suggestion = names::suggest(name);
    assert!(names::check_part(&suggestion).is_ok(), "{name:?} → {suggestion:?}");
    if names::check_path(name).is_ok() {
        assert!(tolk::output::is_safe_output_path(name));
    }
});
