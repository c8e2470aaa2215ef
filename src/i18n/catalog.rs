//! The UI string catalog: one Fluent bundle per configured language, built
//! from the theme's `.ftl` files overridden message by message by the
//! site's, shared read-only by every rendering thread.
//!
//! Owns loading, lookup along each language's fallback chain, and the
//! static check of the keys templates use. The Tera `t()` function that
//! calls it lives in `render`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::config::Config;
use crate::content::relative_to;
use crate::error::{Diagnostic, Diagnostics, Error, Result};

/// Where a message is defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// The `.ftl` file, relative to the site root.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
}

struct LanguageBundle {
    code: String,
    bundle: FluentBundle<FluentResource>,
    defined: BTreeMap<String, Definition>,
}

/// UI strings of every configured language.
pub struct Catalog {
    languages: Vec<LanguageBundle>,
    chains: BTreeMap<String, Vec<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.chains).finish()
    }
}

/// A message id with an optional attribute: `nav-label` or `menu.aria-label`.
fn split_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    }
}

impl Catalog {
    /// Loads `themes/<theme>/locales/<lang>/*.ftl`, then `locales/<lang>/*.ftl`
    /// on top, for every configured language.
    ///
    /// # Errors
    /// Fluent syntax errors (file, line, column, the parser's reason) and
    /// messages defined twice in one layer, all together.
    pub fn load(config: &Config, theme_dir: &Path) -> Result<Catalog> {
        let (catalog, problems) = Catalog::load_all(config, theme_dir)?;
        let mut diagnostics = Diagnostics::default();
        diagnostics.extend(problems);
        diagnostics.finish()?;
        Ok(catalog)
    }

    /// Like [`Catalog::load`], but keeps going past problems in files: the
    /// catalog holds every message that could be read, beside every
    /// problem found (errors included), so the build can report the
    /// problems of later stages in the same run.
    ///
    /// # Errors
    /// Only I/O errors that leave nothing to read.
    pub fn load_all(config: &Config, theme_dir: &Path) -> Result<(Catalog, Vec<Diagnostic>)> {
        let mut diagnostics = Diagnostics::default();
        let site_root = crate::fs::SiteRoot::new(&config.root)?;
        let mut languages = Vec::new();
        let mut chains = BTreeMap::new();
        for lang in &config.languages {
            let langid: LanguageIdentifier = lang.code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            register_functions(&mut bundle, &lang.code);
            let mut defined = BTreeMap::new();
            for (layer, dir) in [theme_dir.join("locales"), config.root.join("locales")]
                .iter()
                .enumerate()
            {
                let files = match ftl_files(&site_root, &dir.join(&lang.code)) {
                    Ok(files) => files,
                    Err(d) => {
                        diagnostics.push(d);
                        continue;
                    }
                };
                let mut layer_defs: BTreeMap<String, Definition> = BTreeMap::new();
                for path in files {
                    let rel = relative_to(&config.root, &path);
                    let text = match site_root.read_text(&path) {
                        Ok(text) => text,
                        Err(Error::Build(d)) => {
                            diagnostics.extend(d);
                            continue;
                        }
                        Err(e) => return Err(e),
                    };
                    let Some(resource) = parse_resource(text, &rel, &mut diagnostics) else {
                        continue;
                    };
                    for (id, line) in message_ids(&resource) {
                        let here = Definition {
                            file: rel.clone(),
                            line,
                        };
                        if let Some(first) = layer_defs.get(&id) {
                            diagnostics.push(
                                Diagnostic::error(rel.clone(), format!("the message `{id}` is defined twice (first at {}:{})", first.file.display(), first.line))
                                    .at(line, Some(1))
                                    .hint("keep one of the two definitions; messages in the site's locales/ folder replace the theme's, but within one folder each message must be unique"),
                            );
                            continue;
                        }
                        layer_defs.insert(id, here);
                    }
                    if layer == 0 {
                        let _ = bundle.add_resource(resource);
                    } else {
                        bundle.add_resource_overriding(resource);
                    }
                }
                defined.extend(layer_defs);
            }
            let mut chain = vec![lang.code.clone()];
            chain.extend(lang.fallback.iter().cloned());
            chains.insert(lang.code.clone(), chain);
            languages.push(LanguageBundle {
                code: lang.code.clone(),
                bundle,
                defined,
            });
        }
        Ok((Catalog { languages, chains }, diagnostics.into_vec()))
    }

    fn bundle(&self, lang: &str) -> Option<&LanguageBundle> {
        self.languages.iter().find(|b| b.code == lang)
    }

    /// True if `key` (with its attribute, if any) is defined in `lang` itself.
    pub fn has(&self, lang: &str, key: &str) -> bool {
        let (id, attr) = split_key(key);
        self.bundle(lang)
            .and_then(|b| b.bundle.get_message(id))
            .is_some_and(|m| match attr {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
    }

    /// The language `key` is taken from when rendering in `lang`: `lang`
    /// itself, or the first in its fallback chain that has it.
    pub fn source_language(&self, lang: &str, key: &str) -> Option<&str> {
        self.chains
            .get(lang)?
            .iter()
            .find(|l| self.has(l, key))
            .map(String::as_str)
    }

    /// Formats `key` for `lang` (following the fallback chain).
    /// Returns `None` when no language in the chain defines it.
    pub fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let source = self.source_language(lang, key)?;
        let bundle = &self.bundle(source)?.bundle;
        let (id, attr) = split_key(key);
        let message = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }

    /// Every message defined for `lang`, with where it is defined.
    pub fn definitions(&self, lang: &str) -> impl Iterator<Item = (&str, &Definition)> {
        self.bundle(lang)
            .into_iter()
            .flat_map(|b| b.defined.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

/// The bundle's language, as the number formatter needs it.
#[derive(Debug)]
struct BundleLanguage(String);

impl Memoizable for BundleLanguage {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> std::result::Result<Self, ()> {
        Ok(BundleLanguage(lang.to_string()))
    }
}

/// Formats numbers in placeables with ICU4X (locale digits and grouping);
/// plural selection still sees the number.
fn format_value(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let lang = memoizer
        .with_try_get::<BundleLanguage, _, _>((), |l| l.0.clone())
        .ok()?;
    let min = n.options.minimum_fraction_digits.unwrap_or(0).min(20) as i16;
    let default_max = if n.value.fract() == 0.0 { 0 } else { 3 };
    let max = n
        .options
        .maximum_fraction_digits
        .unwrap_or(default_max)
        .max(min as usize)
        .min(20) as i16;
    Some(super::format::format_number_with(&lang, n.value, min, max))
}

/// `NUMBER()` keeps the number (for plural selection) with its options;
/// `DATETIME()` formats a `YYYY-MM-DD` or RFC 3339 value with ICU4X.
fn register_functions(bundle: &mut FluentBundle<FluentResource>, lang: &str) {
    bundle.set_formatter(Some(format_value));
    let _ = bundle.add_function("NUMBER", |positional, named| match positional.first() {
        Some(FluentValue::Number(n)) => {
            let mut options: FluentNumberOptions = n.options.clone();
            options.merge(named);
            FluentValue::Number(FluentNumber::new(n.value, options))
        }
        Some(FluentValue::String(s)) => match s.parse::<f64>() {
            Ok(v) => {
                let mut options = FluentNumberOptions::default();
                options.merge(named);
                FluentValue::Number(FluentNumber::new(v, options))
            }
            Err(_) => FluentValue::Error,
        },
        _ => FluentValue::Error,
    });
    let code = lang.to_string();
    let _ = bundle.add_function("DATETIME", move |positional, named| {
        let Some(FluentValue::String(text)) = positional.first() else {
            return FluentValue::Error;
        };
        let Some(date) = crate::content::page::parse_date(text) else {
            return FluentValue::Error;
        };
        let style = match named.get("dateStyle") {
            Some(FluentValue::String(s)) => super::format::Style::parse(s).unwrap_or(super::format::Style::Long),
            _ => super::format::Style::Long,
        };
        FluentValue::from(super::format::format_date(&code, date.date, style))
    });
}

/// The `.ftl` files of one language folder, each checked (as is the
/// folder) against the site's link rule.
fn ftl_files(site_root: &crate::fs::SiteRoot, dir: &Path) -> std::result::Result<Vec<PathBuf>, Diagnostic> {
    site_root.check(dir)?;
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Diagnostic::error(site_root.relative(dir), format!("cannot read this folder: {e}"))
            .hint("check that it exists and is readable")
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn parse_resource(text: String, file: &Path, diagnostics: &mut Diagnostics) -> Option<FluentResource> {
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    match FluentResource::try_new(text) {
        Ok(resource) => Some(resource),
        Err((resource, errors)) => {
            for error in errors {
                let (line, column) = line_col(resource.source(), error.pos.start);
                diagnostics.push(
                    Diagnostic::error(file.to_path_buf(), format!("Fluent syntax error: {}", error.kind))
                        .at(line, Some(column))
                        .hint("a message is written `message-id = Text`; continuation lines are indented; variables are written { $name }"),
                );
            }
            None
        }
    }
}

/// Message ids in a resource, with their line (terms are internal to files).
/// An id defined twice gets the line of each definition.
fn message_ids(resource: &FluentResource) -> Vec<(String, usize)> {
    use fluent_syntax::ast::Entry;
    let text = resource.source();
    let mut used: Vec<usize> = Vec::new();
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .map(|id| {
            let line = text
                .lines()
                .enumerate()
                .position(|(i, l)| {
                    !used.contains(&i)
                        && l.strip_prefix(id.as_str())
                            .is_some_and(|rest| rest.trim_start().starts_with('='))
                })
                .unwrap_or(0);
            used.push(line);
            (id, line + 1)
        })
        .collect()
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// A literal key passed to `t()` in a template.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct KeyUse {
    /// The message key.
    pub key: String,
    /// The template file, relative to the site root.
    pub file: PathBuf,
    /// 1-based line of the use.
    pub line: usize,
}

/// Finds the literal keys in `t(key="…")` calls of a template's source.
///
/// ```
/// use tolk::i18n::catalog::keys_used;
/// let uses = keys_used("<p>{{ t(key=\"a\") }}</p>\n{{ t(count=2, key='b-c') }}", "x.html".as_ref());
/// let keys: Vec<_> = uses.iter().map(|u| (u.key.as_str(), u.line)).collect();
/// assert_eq!(keys, [("a", 1), ("b-c", 2)]);
/// ```
pub fn keys_used(source: &str, file: &Path) -> Vec<KeyUse> {
    let mut uses = Vec::new();
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(i) = source[from..].find("t(") {
        let start = from + i;
        from = start + 2;
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_') {
            continue;
        }
        let call = &source[from..source[from..].find(')').map_or(source.len(), |j| from + j)];
        if let Some(key) = literal_key(call) {
            let line = source[..start].matches('\n').count() + 1;
            uses.push(KeyUse {
                key: key.to_string(),
                file: file.to_path_buf(),
                line,
            });
        }
    }
    uses
}

/// The quoted value of `key=` in the arguments of a call, if literal.
fn literal_key(call: &str) -> Option<&str> {
    let rest = call[call.find("key")? + 3..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let end = rest[1..].find(quote)?;
    Some(&rest[1..1 + end])
}

/// Checks every literal key used by templates in every language: missing
/// in a language but found along its fallback chain → warning (error when
/// `strict`); missing everywhere → error.
pub fn check_keys(catalog: &Catalog, config: &Config, uses: &[KeyUse], strict: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for u in uses {
        if !config.languages.iter().any(|l| catalog.has(&l.code, &u.key)) {
            if seen.insert((u.key.clone(), String::new())) {
                out.push(
                    Diagnostic::error(
                        u.file.clone(),
                        format!("the UI string `{}` is not defined in any language", u.key),
                    )
                    .at(u.line, None)
                    .hint(format!(
                        "add `{} = …` to a .ftl file in locales/{}/, or check the key's spelling",
                        u.key, config.default_language
                    )),
                );
            }
            continue;
        }
        for lang in &config.languages {
            if catalog.has(&lang.code, &u.key) || !seen.insert((u.key.clone(), lang.code.clone())) {
                continue;
            }
            let hint = format!("add `{} = …` to locales/{}/ (any .ftl file)", u.key, lang.code);
            let Some(from) = catalog.source_language(&lang.code, &u.key) else {
                out.push(
                    Diagnostic::error(
                        u.file.clone(),
                        format!(
                            "the UI string `{}` is missing in `{}` and in the languages it falls back to",
                            u.key, lang.code
                        ),
                    )
                    .at(u.line, None)
                    .hint(hint),
                );
                continue;
            };
            let d = Diagnostic::warning(
                u.file.clone(),
                format!(
                    "the UI string `{}` is missing in `{}`; the `{from}` text is used instead",
                    u.key, lang.code
                ),
            )
            .at(u.line, None)
            .hint(hint);
            out.push(if strict {
                Diagnostic {
                    severity: crate::error::Severity::Error,
                    ..d
                }
            } else {
                d
            });
        }
    }
    out.into_iter().map(|d| d.kind("ui-string")).collect()
}

/// The result of [`format_all`].
#[derive(Debug, Default)]
pub struct Formatted {
    /// Problems as (1-based line, message).
    pub problems: Vec<(usize, String)>,
    /// Every message and attribute formatted.
    pub messages: Vec<String>,
}

/// Parses one `.ftl` text as a bundle for `lang` and formats every message
/// and attribute with sample arguments (numbers 0, 1, 2, 5, 21, 1.5 and
/// text). Pure; used by the fuzz target and tests.
///
/// ```
/// let out = tolk::i18n::catalog::format_all("ru", "n = { $count ->\n    [one] один\n   *[other] много\n}\n");
/// assert!(out.problems.is_empty());
/// assert!(out.messages.contains(&"один".to_string()));
/// ```
pub fn format_all(lang: &str, text: &str) -> Formatted {
    let mut out = Formatted::default();
    let mut diagnostics = Diagnostics::default();
    let Some(resource) = parse_resource(text.to_string(), Path::new("fuzz.ftl"), &mut diagnostics) else {
        out.problems = diagnostics
            .into_vec()
            .into_iter()
            .map(|d| (d.line.unwrap_or(1), d.message))
            .collect();
        return out;
    };
    let ids = message_ids(&resource);
    let mut seen = std::collections::HashSet::new();
    for (id, line) in &ids {
        if !seen.insert(id.clone()) {
            out.problems.push((*line, format!("`{id}` defined twice")));
        }
    }
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    register_functions(&mut bundle, lang);
    bundle.add_resource_overriding(resource);
    for sample in [
        FluentValue::from(0),
        FluentValue::from(1),
        FluentValue::from(2),
        FluentValue::from(5),
        FluentValue::from(21),
        FluentValue::from(1.5),
        FluentValue::from("text"),
    ] {
        let mut args = FluentArgs::new();
        for name in ["count", "n", "name", "date", "language"] {
            args.set(name, sample.clone());
        }
        for (id, _) in &ids {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let mut errors = Vec::new();
            if let Some(pattern) = message.value() {
                out.messages
                    .push(bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned());
            }
            for attribute in message.attributes() {
                out.messages.push(
                    bundle
                        .format_pattern(attribute.value(), Some(&args), &mut errors)
                        .into_owned(),
                );
            }
        }
    }
    out
}
