//! Syntax highlighting of fenced code blocks that name a language
//! (```` ```rust ````), with CSS classes only: every token is a `<span>`
//! whose classes are its TextMate scope, prefixed (`hl-keyword hl-control`),
//! and the theme's stylesheet gives the colours (light, dark and print).
//! No inline styles, so the sanitiser and a strict Content-Security-Policy
//! leave the output alone.
//!
//! The grammars are syntect's bundled Sublime Text set (about 75
//! languages), loaded once per process. A block whose language is not in
//! it, or that the highlighter gives up on (a pathological line hits the
//! regex engine's backtracking limit), is published as plain
//! `<pre><code>`, exactly as without highlighting: readable, never an
//! error (see the README's design notes).

use std::sync::OnceLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// The prefix of every class the highlighter writes.
pub const CLASS_PREFIX: &str = "hl-";

fn syntaxes() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// The language a fence's info string names: its first word, without
/// rustdoc-style attributes (`rust,ignore`) or attribute blocks
/// (`python {.numbered}`).
///
/// ```
/// use tolk::content::highlight::language;
/// assert_eq!(language("rust"), Some("rust"));
/// assert_eq!(language("rust,ignore"), Some("rust"));
/// assert_eq!(language(" python {.x}"), Some("python"));
/// assert_eq!(language(""), None);
/// ```
pub fn language(info: &str) -> Option<&str> {
    info.split([' ', '\t', ',', '{'])
        .find(|w| !w.is_empty())
        .filter(|w| !w.starts_with('{'))
}

/// The grammar for a language name or file extension (`rust`, `rs`,
/// `Python`, `sh`), when the highlighter has one worth using (not plain
/// text).
fn grammar(lang: &str) -> Option<&'static SyntaxReference> {
    let set = syntaxes();
    set.find_syntax_by_token(lang)
        .filter(|s| !std::ptr::eq(*s, set.find_syntax_plain_text()))
}

/// True when `lang` names a language the highlighter colours.
///
/// ```
/// assert!(tolk::content::highlight::knows("rust"));
/// assert!(tolk::content::highlight::knows("py"));
/// assert!(!tolk::content::highlight::knows("text"));
/// assert!(!tolk::content::highlight::knows("klingon"));
/// ```
pub fn knows(lang: &str) -> bool {
    grammar(lang).is_some()
}

/// `code` in the language `lang` as the inner HTML of a `<code>` element
/// (text escaped, tokens in classed spans), or `None` when the language is
/// unknown or the highlighter fails on a line.
///
/// ```
/// let html = tolk::content::highlight::spans("let x = 1; // <x>\n", "rust").unwrap();
/// assert!(html.contains("<span class=\"hl-storage hl-type hl-rust\">let</span>"), "{html}");
/// assert!(html.contains("&lt;x&gt;"));
/// assert!(!html.contains("style="));
/// ```
pub fn spans(code: &str, lang: &str) -> Option<String> {
    let syntax = grammar(lang)?;
    let mut generator = ClassedHTMLGenerator::new_with_class_style(
        syntax,
        syntaxes(),
        ClassStyle::SpacedPrefixed { prefix: CLASS_PREFIX },
    );
    for line in LinesWithEndings::from(code) {
        generator.parse_html_for_line_which_includes_newline(line).ok()?;
    }
    Some(generator.finalize())
}

/// A whole code block as HTML: `<pre class="highlight" dir="ltr"><code
/// class="language-rust">…</code></pre>`, highlighted when the language is
/// known, else escaped like any code block.
pub fn block(code: &str, lang: &str) -> String {
    let mut out = String::with_capacity(code.len() * 3);
    out.push_str("<pre");
    let inner = spans(code, lang);
    if inner.is_some() {
        // Programming languages read left to right, in Arabic pages too.
        out.push_str(" class=\"highlight\" dir=\"ltr\"");
    }
    out.push_str("><code class=\"language-");
    crate::escape::attr(&mut out, lang);
    out.push_str("\">");
    match inner {
        Some(html) => out.push_str(&html),
        None => out.push_str(&crate::escape::html(code)),
    }
    out.push_str("</code></pre>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_languages_are_escaped_plain_code() {
        assert_eq!(
            block("a < b\n", "klingon"),
            "<pre><code class=\"language-klingon\">a &lt; b\n</code></pre>\n"
        );
    }

    #[test]
    fn a_language_name_cannot_break_out_of_its_attribute() {
        let html = block("x\n", "a\"onmouseover=\"alert(1)");
        assert!(
            html.starts_with("<pre><code class=\"language-a&quot;onmouseover=&quot;alert(1)\">"),
            "{html}"
        );
    }

    #[test]
    fn the_same_code_gives_the_same_bytes() {
        let code = "fn main() {\n    println!(\"hej\");\n}\n";
        assert_eq!(block(code, "rust"), block(code, "rust"));
        assert!(block(code, "rust").starts_with(
            "<pre class=\"highlight\" dir=\"ltr\"><code class=\"language-rust\"><span class=\"hl-source hl-rust\">"
        ));
    }
}
