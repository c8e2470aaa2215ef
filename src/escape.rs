//! Escaping for every text format tolk writes, in one place. Each function
//! is one rule; callers pick the one for their context.
//!
//! - [`html`]: text and attribute values in whole HTML documents (the same
//!   rule Tera's autoescaping applies to templates).
//! - [`attr`]: attribute values inside rendered Markdown (`&`, `<`, `>`,
//!   `"`; addresses keep their `/`).
//! - [`xml`]: Atom and sitemap text, without bidi isolation marks and
//!   control characters, which do not belong in feeds.
//!
//! iCalendar text has its own rule in `calendar::ical::escape_text`; JSON
//! in a script element in `render::events::script_safe_json`.

/// HTML text or attribute value, as Tera escapes template output.
///
/// ```
/// assert_eq!(tolk::escape::html("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
/// ```
pub fn html(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    let _ = tera::escape_html(text, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Appends an attribute value of rendered Markdown to `out`.
///
/// ```
/// let mut out = String::new();
/// tolk::escape::attr(&mut out, "../a/?q=\"1\"&b");
/// assert_eq!(out, "../a/?q=&quot;1&quot;&amp;b");
/// ```
pub fn attr(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// XML text for feeds and the sitemap.
///
/// ```
/// assert_eq!(tolk::escape::xml("Tom & \u{2068}Jerry\u{2069} 'x'"), "Tom &amp; Jerry &apos;x&apos;");
/// ```
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{2066}'..='\u{2069}' => {}
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}
