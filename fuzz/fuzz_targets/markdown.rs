//! The Markdown pipeline (links, heading ids, quotes, sanitising) never
//! panics; sanitised output contains no script.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tolk::config::MarkdownOptions;
use tolk::content::markdown::{Input, LinkResolver, render};

struct Links;
impl LinkResolver for Links {
    fn resolve(&self, path: &str) -> Option<String> {
        path.starts_with("ok").then(|| "../ok/index.html".to_string())
    }
    fn asset(&self, path: &str) -> Option<String> {
        path.ends_with(".png").then(|| format!("../{path}"))
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in ["sv", "en", "ru", "ar", "de", "fr"] {
        let input = Input { body: text, body_line: 5, file: std::path::Path::new("content/sv/a.md"), lang };
        let out = render(&input, &MarkdownOptions::default(), &Links);
        let lower = out.html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "script survived sanitising");
        let mut ids = std::collections::HashSet::new();
        for h in &out.toc {
            assert!(ids.insert(h.id.clone()), "duplicate heading id {}", h.id);
        }
    }
});
