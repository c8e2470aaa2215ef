//! The `t(key=…, …)` calls written in template sources, found by reading
//! the text: the key (when it is a literal), the keyword arguments passed,
//! where the call is, and whether its output lands directly in the text of
//! an HTML element (where a `<span lang>` may mark text in another language).

use std::path::{Path, PathBuf};

/// One `t()` call in a template.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Call {
    /// The message key when written as a string literal (`t(key="menu")`);
    /// `None` when it is computed (`t(key=item.label)`).
    pub key: Option<String>,
    /// The template file, relative to the site root.
    pub file: PathBuf,
    /// 1-based line of the call.
    pub line: usize,
    /// 1-based column of the call (the `t`).
    pub column: usize,
    /// Names of the keyword arguments passed to the message (all but `key`
    /// and `lang`), in the order written.
    pub args: Vec<String>,
    /// True when the call is the whole `{{ … }}` expression, in the text of
    /// an element of an HTML template: not inside a tag (an attribute
    /// value), nor in `<title>`, `<script>`, `<style>`, `<textarea>` or
    /// `<option>`, whose content cannot hold markup.
    pub in_element_text: bool,
}

/// Elements whose content is text only.
const TEXT_ONLY: [&str; 5] = ["title", "script", "style", "textarea", "option"];

/// Every `t(…)` call with a `key=` argument in a template's source.
///
/// ```
/// use tolk::i18n::calls::calls;
/// let src = "<nav aria-label=\"{{ t(key='nav') }}\">\n<p>{{ t(key=\"hello\", name=user.name) }}</p>";
/// let found = calls(src, "x.html".as_ref());
/// assert_eq!(found[0].key.as_deref(), Some("nav"));
/// assert!(!found[0].in_element_text);
/// assert_eq!((found[1].line, found[1].args.as_slice()), (2, ["name".to_string()].as_slice()));
/// assert!(found[1].in_element_text);
/// ```
pub fn calls(source: &str, file: &Path) -> Vec<Call> {
    let html = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let markup = html.then(|| mask_tera(source));
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = source[from..].find("t(") {
        let start = from + i;
        from = start + 2;
        if start > 0
            && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_' || bytes[start - 1] == b'.')
        {
            continue;
        }
        let Some((arguments, end)) = arguments(source, start + 2) else {
            continue;
        };
        let mut key = None;
        let mut has_key = false;
        let mut args = Vec::new();
        for (name, value) in arguments {
            match name {
                "key" => {
                    has_key = true;
                    key = string_literal(value).map(str::to_string);
                }
                "lang" => {}
                _ => args.push(name.to_string()),
            }
        }
        if !has_key {
            continue;
        }
        let before = &source[..start];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let direct = {
            let b = before.trim_end();
            let b = b.strip_suffix('-').unwrap_or(b);
            let a = source[end..].trim_start();
            b.ends_with("{{") && (a.starts_with("}}") || a.starts_with("-}}"))
        };
        let in_element_text = direct && markup.as_deref().is_some_and(|m| in_text(&m[..start]));
        out.push(Call {
            key,
            file: file.to_path_buf(),
            line,
            column,
            args,
            in_element_text,
        });
        from = end;
    }
    out
}

/// The template with every `{{ … }}`, `{% … %}` and `{# … #}` blanked out,
/// byte for byte, so that `<` and `>` in expressions do not count as markup.
fn mask_tera(source: &str) -> String {
    let mut out = source.as_bytes().to_vec();
    let mut i = 0;
    while i + 1 < out.len() {
        let close = match (source.as_bytes()[i], source.as_bytes()[i + 1]) {
            (b'{', b'{') => "}}",
            (b'{', b'%') => "%}",
            (b'{', b'#') => "#}",
            _ => {
                i += 1;
                continue;
            }
        };
        let end = source[i + 2..].find(close).map_or(out.len(), |j| i + 2 + j + 2);
        for b in &mut out[i..end] {
            *b = b' ';
        }
        i = end;
    }
    // Only whole ASCII delimiters and everything between them were blanked.
    String::from_utf8(out).unwrap_or_default()
}

/// True when the end of `markup` is in the text of an element that may hold
/// other elements.
fn in_text(markup: &str) -> bool {
    if markup.rfind('<') > markup.rfind('>') {
        return false;
    }
    let lower = markup.to_ascii_lowercase();
    !TEXT_ONLY.iter().any(|name| {
        let open = last_tag(&lower, &format!("<{name}"));
        let close = last_tag(&lower, &format!("</{name}"));
        open.is_some() && open > close
    })
}

/// The last position of a tag opening `prefix` followed by `>`, `/` or space.
fn last_tag(text: &str, prefix: &str) -> Option<usize> {
    text.match_indices(prefix)
        .filter(|(i, _)| {
            text[i + prefix.len()..]
                .chars()
                .next()
                .is_none_or(|c| c == '>' || c == '/' || c.is_whitespace())
        })
        .map(|(i, _)| i)
        .last()
}

/// The `name=value` arguments of a call whose `(` ends just before `from`,
/// and the index just past its `)`. Quotes and nested brackets are skipped.
fn arguments(source: &str, from: usize) -> Option<(Vec<(&str, &str)>, usize)> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut piece = from;
    let mut pieces = Vec::new();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'"' | b'\'' | b'`' => quote = Some(b),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b')' => {
                    pieces.push(&source[piece..i]);
                    let named = pieces
                        .into_iter()
                        .filter_map(|p| {
                            let (name, value) = p.split_once('=')?;
                            let name = name.trim();
                            let value = value.trim();
                            (!value.starts_with('=') && !name.is_empty()).then_some((name, value))
                        })
                        .collect();
                    return Some((named, i + 1));
                }
                b',' if depth == 0 => {
                    pieces.push(&source[piece..i]);
                    piece = i + 1;
                }
                b'%' | b'}' if depth == 0 && bytes.get(i + 1) == Some(&b'}') => return None,
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// The text of a lone string literal (`"menu"`, `'menu'`, `` `menu` ``).
fn string_literal(value: &str) -> Option<&str> {
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\'' | '`'))?;
    let inner = value[1..].strip_suffix(quote)?;
    (!inner.contains(quote)).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str) -> Call {
        let mut found = calls(src, Path::new("t.html"));
        assert_eq!(found.len(), 1, "{found:?}");
        found.remove(0)
    }

    #[test]
    fn placement() {
        assert!(one("<p>{{ t(key=\"a\") }}</p>").in_element_text);
        assert!(one("<p>{{- t(key=\"a\") -}}</p>").in_element_text);
        assert!(!one("<title>{{ t(key=\"a\") }} – x</title>").in_element_text);
        assert!(!one("<a title=\"{{ t(key=\"a\") }}\">").in_element_text);
        assert!(!one("<p class=\"{% if n > 1 %}x{% endif %}\" title=\"{{ t(key=\"a\") }}\">").in_element_text);
        assert!(!one("<p>{{ t(key=\"a\") | upper }}</p>").in_element_text);
        assert!(!one("{% set x = t(key=\"a\") %}").in_element_text);
        assert!(one("<title>x</title><p>{{ t(key=\"a\") }}</p>").in_element_text);
        let txt = calls("{{ t(key=\"a\") }}", Path::new("robots.txt"));
        assert!(!txt[0].in_element_text);
    }

    #[test]
    fn arguments_and_keys() {
        let c = one("{{ t(key=\"a\", name=f(x, y), count=items | length, lang=l.code) }}");
        assert_eq!(c.key.as_deref(), Some("a"));
        assert_eq!(c.args, ["name", "count"]);
        assert!(c.in_element_text);
        assert_eq!(one("{{ t(key=item.label) }}").key, None);
        assert_eq!(one("{{ t(key=\"nav-\" ~ x) }}").key, None);
        assert!(calls("{{ format(x) }} alert(t(1))", Path::new("t.html")).is_empty());
    }
}
