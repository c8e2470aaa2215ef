//! URLs: output folders with localised slugs, links relative to the page
//! they appear on (so a site works in any sub-path and from disk), and
//! absolute permalinks from `base_url` where the web requires them.

use super::Site;
use crate::content::Kind;

/// The output folder of `key` in `lang`: `sv/om-atgard-31/`. Each folder
/// segment is the localised slug of that section in `lang` (or the folder
/// name when the section has no page in `lang`); the last segment is the
/// page's slug (or its file name).
pub fn output_dir(site: &Site, lang: &crate::lang::Lang, key: &str) -> String {
    let mut out = format!("{lang}/");
    let parts: Vec<&str> = key.split('/').collect();
    let (dirs, file) = parts.split_at(parts.len() - 1);
    for i in 0..dirs.len() {
        let section_key = format!("{}/_index.md", dirs[..=i].join("/"));
        let slug = site
            .page_in(lang, &section_key)
            .and_then(|p| p.slug.as_deref())
            .unwrap_or(dirs[i]);
        out.push_str(slug);
        out.push('/');
    }
    if file[0] != "_index.md" {
        let stem = file[0].strip_suffix(".md").unwrap_or(file[0]);
        let slug = site
            .page_in(lang, key)
            .filter(|p| p.kind == Kind::Page)
            .and_then(|p| p.slug.as_deref())
            .unwrap_or(stem);
        out.push_str(slug);
        out.push('/');
    }
    out
}

/// A link from the folder `from` (ending in `/`, or empty for the root) to
/// `to`: a folder ending in `/` (linked as its `index.html` when
/// `explicit_index`) or a file.
///
/// ```
/// use tolk::site::urls::relative;
/// assert_eq!(relative("sv/om/", "sv/kontakt/", true), "../kontakt/index.html");
/// assert_eq!(relative("sv/om/", "sv/kontakt/", false), "../kontakt/");
/// assert_eq!(relative("sv/", "sv/", true), "index.html");
/// assert_eq!(relative("sv/", "sv/", false), "./");
/// assert_eq!(relative("sv/a/b/", "css/site.css", true), "../../../css/site.css");
/// assert_eq!(relative("", "en/", true), "en/index.html");
/// ```
pub fn relative(from: &str, to: &str, explicit_index: bool) -> String {
    let from_parts: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to_is_dir = to.is_empty() || to.ends_with('/');
    let to_parts: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from_parts.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut out = String::new();
    for _ in common..from_parts.len() {
        out.push_str("../");
    }
    let rest = &to_parts[common..];
    out.push_str(&rest.join("/"));
    if to_is_dir {
        if !rest.is_empty() {
            out.push('/');
        }
        if explicit_index {
            out.push_str("index.html");
        } else if out.is_empty() {
            out.push_str("./");
        }
    }
    out
}

/// Joins a relative path to a folder (`a/b`, no trailing slash needed),
/// resolving `.` and `..`; `None` when it climbs above the root.
///
/// ```
/// use tolk::site::urls::join;
/// assert_eq!(join("sv/om", "../kontakt/x.png").as_deref(), Some("sv/kontakt/x.png"));
/// assert_eq!(join("", "../x"), None);
/// ```
pub fn join(dir: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// The absolute URL of an output path: `base_url` + path, with characters
/// outside ASCII percent-encoded.
///
/// ```
/// use tolk::site::urls::permalink;
/// assert_eq!(permalink("https://example.org/a31/", "sv/om/"), "https://example.org/a31/sv/om/");
/// assert_eq!(permalink("https://example.org/", "sv/ö/"), "https://example.org/sv/%C3%B6/");
/// ```
pub fn permalink(base_url: &str, path: &str) -> String {
    let mut out = String::with_capacity(base_url.len() + path.len());
    out.push_str(base_url);
    for b in path.bytes() {
        if b.is_ascii() && !b.is_ascii_control() && b != b' ' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
