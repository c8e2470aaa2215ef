//! The preview's HTTP side: safe request paths, content types, and the
//! reload script and error overlay injected into HTML (only when serving).

use crate::error::Diagnostic;

/// What a request path asks for, after decoding and safety checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A file of the site, by output path (`sv/om/index.html`).
    File(String),
    /// A folder requested without its trailing slash: redirect to `/<path>/`.
    Folder(String),
    /// The server-sent events stream for live reload.
    Events,
}

/// The URL path of the reload event stream.
pub const EVENTS_PATH: &str = "/__tolk/events";

/// Decodes and checks a request target. `None` means 400 Bad Request: the
/// path tries to leave the site (`..`, encoded dots or slashes, backslashes,
/// NUL, absolute Windows paths) or is not valid UTF-8.
///
/// ```
/// use tolk::serve::http::{target, Target};
/// assert_eq!(target("/sv/om/?x=1"), Some(Target::File("sv/om/index.html".into())));
/// assert_eq!(target("/%2e%2e/etc/passwd"), None);
/// assert_eq!(target("/sv/%C3%B6/"), Some(Target::File("sv/ö/index.html".into())));
/// ```
pub fn target(url: &str) -> Option<Target> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    if path == EVENTS_PATH {
        return Some(Target::Events);
    }
    let raw = path.strip_prefix('/')?;
    let decoded = percent_decode(raw)?;
    if decoded.contains(['\\', '\0']) || decoded.contains(':') || decoded.starts_with('/') || decoded.contains("//") {
        return None;
    }
    if decoded.split('/').any(|s| s == ".." || s == ".") {
        return None;
    }
    if decoded.is_empty() || decoded.ends_with('/') {
        return Some(Target::File(format!("{decoded}index.html")));
    }
    let last = decoded.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        Some(Target::File(decoded))
    } else {
        Some(Target::Folder(decoded))
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The Content-Type for an output path.
///
/// ```
/// assert_eq!(tolk::serve::http::content_type("sv/calendar.ics"), "text/calendar; charset=utf-8");
/// ```
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => {
            if path.ends_with("atom.xml") {
                "application/atom+xml; charset=utf-8"
            } else {
                "application/xml; charset=utf-8"
            }
        }
        "ics" => "text/calendar; charset=utf-8",
        "vcf" => "text/vcard; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Files that are never served even if present (source formats).
pub fn is_hidden(path: &str) -> bool {
    path.ends_with(".ftl") || path.ends_with(".md") || path.split('/').any(|s| s.starts_with('.'))
}

use crate::escape::html as escape;

/// The reload script, and the error overlay when the last build failed.
/// With `edit_url` (site.yaml), each error in a file links to that file's
/// edit page, as the footer's "Edit this page" does.
pub fn injection(errors: &[Diagnostic], edit_url: Option<&str>) -> String {
    let mut out = String::from(
        "<script>(function(){var s=new EventSource(\"/__tolk/events\");s.onmessage=function(e){if(e.data===\"reload\")location.reload();};})();</script>",
    );
    let errors: Vec<&Diagnostic> = errors.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() {
        out.push_str("<div id=\"tolk-error-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem\">");
        out.push_str(&format!(
            "<h2 style=\"margin:0 0 1rem;color:#ffb4ab\">The site could not be rebuilt ({} problem{})</h2><p>Fix the file and save it: this page reloads by itself. Until then you see the last version that worked.</p><ol>",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        ));
        // The same text as in the terminal (file:line:column, the line
        // with the place underlined, the fix), escaped.
        for d in errors {
            let link = match (edit_url, &d.file) {
                (Some(template), Some(file)) => format!(
                    "<p style=\"margin:.25rem 0 0\"><a style=\"color:#a8c7fa\" href=\"{}\">Edit {}</a></p>",
                    escape(&crate::render::context::edit_link(template, file)),
                    escape(&file.to_string_lossy())
                ),
                _ => String::new(),
            };
            out.push_str(&format!(
                "<li style=\"margin-block:1rem\"><pre style=\"white-space:pre-wrap;font:14px/1.45 ui-monospace,monospace;margin:0\">{}</pre>{link}</li>",
                escape(&d.to_string())
            ));
        }
        out.push_str("</ol></div>");
    }
    out
}

/// Inserts `snippet` before the last `</body>` (or at the end).
pub fn inject(html: &[u8], snippet: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{snippet}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{snippet}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlay_errors_link_to_their_files_edit_page_when_edit_url_is_set() {
        let mut d = Diagnostic::error(std::path::PathBuf::from("content/sv/om oss.md"), "bad <title>");
        d.line = Some(3);
        let errors = [d, Diagnostic::error(None, "no file")];
        let with = injection(&errors, Some("https://example.org/edit/main/{path}"));
        let doc = scraper::Html::parse_fragment(&with);
        let links: Vec<(String, String)> = doc
            .select(&scraper::Selector::parse("#tolk-error-overlay li a").unwrap())
            .map(|a| (a.value().attr("href").unwrap().to_string(), a.text().collect()))
            .collect();
        assert_eq!(
            links,
            [(
                "https://example.org/edit/main/content/sv/om%20oss.md".to_string(),
                "Edit content/sv/om oss.md".to_string()
            )]
        );
        assert!(with.contains("bad &lt;title&gt;"), "{with}");
        let without = injection(&errors, None);
        assert!(!without.contains("<a "), "{without}");
    }

    #[test]
    fn traversal_attempts_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/sv/../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/sv/..%5c..%5cwin.ini",
            "/..\\..\\etc",
            "/etc/passwd%00.html",
            "//etc/passwd",
            "/C:/Windows/win.ini",
            "/%ff%fe",
            "/%2",
            "relative",
        ] {
            assert_eq!(target(bad), None, "{bad}");
        }
    }

    #[test]
    fn paths_map_to_output_files() {
        assert_eq!(target("/"), Some(Target::File("index.html".into())));
        assert_eq!(target("/sv"), Some(Target::Folder("sv".into())));
        assert_eq!(target("/css/site.css"), Some(Target::File("css/site.css".into())));
        assert_eq!(target(EVENTS_PATH), Some(Target::Events));
    }

    #[test]
    fn injection_goes_before_body_end() {
        let html = inject(b"<html><body><p>x</p></body></html>", "<i>y</i>");
        assert_eq!(
            String::from_utf8(html).unwrap(),
            "<html><body><p>x</p><i>y</i></body></html>"
        );
    }
}
