//! The UI string catalog: one Fluent bundle per configured language, built
//! from the theme's `.ftl` files overridden message by message by the
//! site's, shared read-only by every rendering thread.
//!
//! Owns loading, lookup along each language's fallback chain, and the
//! static checks: of the keys templates use, and of the references inside
//! the messages ([`super::references`]). The Tera `t()` function that calls
//! it lives in `render`.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::calls::Call;
use super::references;
use crate::config::{Config, Direction};
use crate::error::{Diagnostic, Diagnostics, Error, Result, Severity};
use crate::fs::relative_to;
use crate::lang::Lang;

/// Where a message is defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// The `.ftl` file, relative to the site root.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
}

struct LanguageBundle {
    lang: Lang,
    bundle: FluentBundle<Arc<FluentResource>>,
    defined: BTreeMap<String, Definition>,
    /// Keys Fluent would print with `{…}` without reporting an error.
    silently_broken: BTreeSet<String>,
    /// Message ids each message refers to.
    references: BTreeMap<String, BTreeSet<String>>,
}

/// UI strings of every configured language.
pub struct Catalog {
    languages: Vec<LanguageBundle>,
    chains: BTreeMap<Lang, Vec<Lang>>,
    /// Reference problems found at load time, as warnings.
    problems: Vec<Diagnostic>,
    /// Keys every template uses only in the text of an element.
    in_element_text: HashSet<String>,
}

/// Text formatted by [`Catalog::localize`], and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized<'c> {
    /// The formatted text (HTML for `-html` keys).
    pub text: String,
    /// The language it was taken from: the one asked for, or one of its
    /// fallbacks.
    pub lang: &'c Lang,
    /// That language's writing direction.
    pub dir: Direction,
}

/// Why [`Catalog::localize`] has no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotLocalized {
    /// No language in the chain defines the key.
    Undefined,
    /// Every language that defines it fails to format it: each language
    /// with Fluent's errors.
    Failed(Vec<(String, Vec<String>)>),
}

thread_local! {
    /// Set by tolk's Fluent functions when they cannot format their
    /// argument: Fluent then prints `NUMBER()` without reporting an error.
    static FUNCTION_FAILED: Cell<Option<&'static str>> = const { Cell::new(None) };
}

fn function_failed(name: &'static str) -> FluentValue<'static> {
    FUNCTION_FAILED.with(|f| f.set(Some(name)));
    FluentValue::Error
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
        let templates = crate::theme::load_templates(&config.root, theme_dir, &mut Vec::new());
        let (catalog, problems) = Catalog::load_all(config, theme_dir, &templates)?;
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
    pub fn load_all(
        config: &Config,
        theme_dir: &Path,
        templates: &crate::render::templates::Sources,
    ) -> Result<(Catalog, Vec<Diagnostic>)> {
        let mut diagnostics = Diagnostics::default();
        let site_root = crate::fs::SiteRoot::new(&config.root)?;
        let mut languages = Vec::new();
        let mut chains = BTreeMap::new();
        let mut layered: Vec<Vec<(PathBuf, usize, Arc<FluentResource>)>> = Vec::new();
        for lang in &config.languages {
            let lang = &lang.lang;
            let mut bundle = FluentBundle::new_concurrent(vec![lang.fluent_id().clone()]);
            register_functions(&mut bundle, lang);
            let mut defined = BTreeMap::new();
            let mut resources = Vec::new();
            let language = config.language(lang.code()).expect("a configured language");
            for (layer, dir) in [theme_dir.join("locales"), config.root.join("locales")]
                .iter()
                .enumerate()
            {
                let files = match ftl_files(&site_root, &dir.join(lang.code())) {
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
                    let resource = Arc::new(resource);
                    resources.push((rel.clone(), layer, resource.clone()));
                    if layer == 0 {
                        let _ = bundle.add_resource(resource);
                    } else {
                        bundle.add_resource_overriding(resource);
                    }
                }
                defined.extend(layer_defs);
            }
            let mut chain = vec![lang.clone()];
            chain.extend(language.fallback.iter().cloned());
            chains.insert(lang.clone(), chain);
            languages.push(LanguageBundle {
                lang: lang.clone(),
                bundle,
                defined,
                silently_broken: BTreeSet::new(),
                references: BTreeMap::new(),
            });
            layered.push(resources);
        }
        let calls: Vec<Call> = templates
            .templates
            .values()
            .flat_map(|(file, text)| super::calls::calls(text, file))
            .collect();
        let mut catalog = Catalog {
            languages,
            chains,
            problems: Vec::new(),
            in_element_text: in_element_text(&calls),
        };
        catalog.check_references(&layered, &calls);
        Ok((catalog, diagnostics.into_vec()))
    }

    /// Runs [`references::check`] over every language and the template
    /// calls, and keeps what it finds.
    fn check_references(&mut self, layered: &[Vec<(PathBuf, usize, Arc<FluentResource>)>], calls: &[Call]) {
        let mut needs: Vec<(Lang, BTreeMap<String, Vec<references::Variable>>)> = Vec::new();
        for (language, resources) in self.languages.iter_mut().zip(layered) {
            let sources: Vec<references::Source<'_>> = resources
                .iter()
                .map(|(file, layer, resource)| references::Source {
                    file,
                    layer: *layer,
                    resource,
                })
                .collect();
            let findings = references::check(&language.lang, &sources, calls);
            self.problems.extend(findings.problems);
            language.silently_broken = findings.silently_broken;
            language.references = findings.references;
            needs.push((language.lang.clone(), findings.variables));
        }
        self.problems.extend(calls_missing_variables(calls, &needs));
        self.problems.sort();
        self.problems.dedup();
    }

    /// Problems in the references inside messages (unknown messages, terms,
    /// attributes and functions, loops, variables no template passes), all
    /// languages, found when the catalog was loaded; errors when `strict`,
    /// warnings otherwise.
    pub fn reference_problems(&self, strict: bool) -> Vec<Diagnostic> {
        self.problems
            .iter()
            .cloned()
            .map(|mut d| {
                if strict {
                    d.severity = Severity::Error;
                }
                d.kind(crate::error::Kind::Fluent)
            })
            .collect()
    }

    /// The message ids that the message `id` of `lang` refers to.
    pub fn references(&self, lang: &Lang, id: &str) -> impl Iterator<Item = &str> {
        self.bundle(lang)
            .and_then(|b| b.references.get(id))
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// True when every template that uses `key` prints it directly in the
    /// text of an HTML element, where a `<span lang>` may wrap it.
    pub fn used_in_element_text(&self, key: &str) -> bool {
        self.in_element_text.contains(key)
    }

    /// The writing direction of a configured language.
    fn bundle(&self, lang: &Lang) -> Option<&LanguageBundle> {
        self.languages.iter().find(|b| b.lang == *lang)
    }

    /// True if `key` (with its attribute, if any) is defined in `lang` itself.
    pub fn has(&self, lang: &Lang, key: &str) -> bool {
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
    pub fn source_language(&self, lang: &Lang, key: &str) -> Option<&Lang> {
        self.chains.get(lang)?.iter().find(|l| self.has(l, key))
    }

    /// Formats `key` for `lang`: in `lang` itself, or, when it is missing
    /// there or Fluent reports errors formatting it (an unknown variable,
    /// message, term or function, a loop), in the first language of the
    /// fallback chain where it formats cleanly. Text with Fluent's `{…}`
    /// placeholders is never returned.
    ///
    /// # Errors
    /// [`NotLocalized::Undefined`] when no language in the chain defines
    /// the key; [`NotLocalized::Failed`] with each language's errors when
    /// none formats it cleanly.
    pub fn localize(
        &self,
        lang: &Lang,
        key: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> std::result::Result<Localized<'_>, NotLocalized> {
        let (id, attr) = split_key(key);
        let mut failures = Vec::new();
        for code in self.chains.get(lang).into_iter().flatten() {
            let Some(language) = self.bundle(code) else { continue };
            let bundle = &language.bundle;
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            if language.silently_broken.contains(key) {
                failures.push((
                    code.to_string(),
                    vec!["a term it refers to uses a variable the reference does not pass".to_string()],
                ));
                continue;
            }
            let mut errors = Vec::new();
            FUNCTION_FAILED.with(|f| f.set(None));
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            let mut reasons: Vec<String> = errors
                .iter()
                .map(|e| match e {
                    fluent_bundle::FluentError::ResolverError(r) => r.to_string(),
                    other => other.to_string(),
                })
                .collect();
            if let Some(name) = FUNCTION_FAILED.with(Cell::take) {
                reasons.push(format!("{name}() could not format its argument"));
            }
            if reasons.is_empty() {
                return Ok(Localized {
                    text,
                    lang: &language.lang,
                    dir: language.lang.dir(),
                });
            }
            failures.push((code.to_string(), reasons));
        }
        if failures.is_empty() {
            Err(NotLocalized::Undefined)
        } else {
            Err(NotLocalized::Failed(failures))
        }
    }

    /// Formats `key` for `lang` as [`Catalog::localize`] does, without
    /// saying which language the text is in. `None` when no language in
    /// the chain defines it or formats it cleanly.
    pub fn format(&self, lang: &Lang, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.localize(lang, key, args).ok().map(|l| l.text)
    }

    /// Every message defined for `lang`, with where it is defined.
    pub fn definitions(&self, lang: &Lang) -> impl Iterator<Item = (&str, &Definition)> {
        self.bundle(lang)
            .into_iter()
            .flat_map(|b| b.defined.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

/// The bundle's language, as the number formatter needs it.
#[derive(Debug)]
struct BundleLanguage(icu::locale::Locale);

impl Memoizable for BundleLanguage {
    type Args = ();
    type Error = ();
    /// Once per bundle and thread: the bundle's language was made from a
    /// [`Lang`]'s locale, so it is a valid locale.
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> std::result::Result<Self, ()> {
        lang.to_string().parse().map(BundleLanguage).map_err(|_| ())
    }
}

/// Formats numbers in placeables with ICU4X (locale digits and grouping);
/// plural selection still sees the number.
fn format_value(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let lang = memoizer
        .with_try_get::<BundleLanguage, _, _>((), |l| l.0.clone())
        .ok()?;
    let lang = &lang;
    let min = n.options.minimum_fraction_digits.unwrap_or(0).min(20) as i16;
    let default_max = if n.value.fract() == 0.0 { 0 } else { 3 };
    let max = n
        .options
        .maximum_fraction_digits
        .unwrap_or(default_max)
        .max(min as usize)
        .min(20) as i16;
    Some(super::format::number_in(lang, n.value, min, max))
}

/// `NUMBER()` keeps the number (for plural selection) with its options;
/// `DATETIME()` formats a `YYYY-MM-DD` or RFC 3339 value with ICU4X. When
/// either cannot read its argument it says so through `FUNCTION_FAILED`, as
/// Fluent itself would print `NUMBER()` into the text without an error.
/// Keep [`references::FUNCTIONS`] in step with this list.
fn register_functions<R: std::borrow::Borrow<FluentResource>>(bundle: &mut FluentBundle<R>, lang: &Lang) {
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
            Err(_) => function_failed("NUMBER"),
        },
        _ => function_failed("NUMBER"),
    });
    let code = lang.clone();
    let _ = bundle.add_function("DATETIME", move |positional, named| {
        let Some(FluentValue::String(text)) = positional.first() else {
            return function_failed("DATETIME");
        };
        let Some(date) = crate::content::page::parse_date(text) else {
            return function_failed("DATETIME");
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
    let text = crate::fs::strip_bom(&text).to_string();
    match FluentResource::try_new(text) {
        Ok(resource) => Some(resource),
        Err((resource, errors)) => {
            for error in errors {
                let (at, message, hint) = explain_syntax_error(resource.source(), &error);
                let (line, column) = references::line_col(resource.source(), at);
                diagnostics.push(
                    Diagnostic::error(file.to_path_buf(), message)
                        .at(line, Some(column))
                        .hint(hint)
                        .detail(format!("Fluent parser: {}", error.kind)),
                );
            }
            None
        }
    }
}

/// A Fluent syntax error in the terms of someone who writes UI strings:
/// where to point (a byte offset), what is wrong and how to fix it.
fn explain_syntax_error(source: &str, error: &fluent_syntax::parser::ParserError) -> (usize, String, String) {
    use fluent_syntax::parser::ErrorKind;
    let entry = error.slice.clone().unwrap_or(error.pos.clone());
    let entry_text = source.get(entry.start..error.pos.start.max(entry.start)).unwrap_or("");
    let id = source
        .get(entry.clone())
        .and_then(|t| t.split('=').next())
        .map(str::trim)
        .filter(|i| !i.is_empty() && !i.contains(char::is_whitespace))
        .unwrap_or("this message");
    match &error.kind {
        ErrorKind::MissingDefaultVariant => (
            // The `{` that opens the choice.
            entry_text
                .rfind("->")
                .and_then(|arrow| entry_text[..arrow].rfind('{'))
                .map_or(error.pos.start, |i| entry.start + i),
            format!("the choice in `{id}` has no default variant"),
            "mark the variant to use when no other fits with a star, e.g. `*[other] { $count } pages`; every choice needs exactly one".into(),
        ),
        ErrorKind::MultipleDefaultVariants => (
            error.pos.start,
            format!("the choice in `{id}` has more than one default variant (`*[…]`)"),
            "keep the star on one variant only, usually `*[other]`".into(),
        ),
        ErrorKind::ExpectedToken('}') => {
            // Point at the `{` that was never closed, not where the parser gave up.
            let mut depth = 0usize;
            let mut open = None;
            for (i, c) in entry_text.char_indices() {
                match c {
                    '{' => {
                        depth += 1;
                        open = Some(entry.start + i);
                    }
                    '}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            (
                open.filter(|_| depth > 0).unwrap_or(error.pos.start),
                format!("a `{{` in `{id}` is never closed"),
                "close the placeable on the same line, e.g. `{ $name }`; to show a brace as text, write `{\"{\"}`".into(),
            )
        }
        ErrorKind::UnbalancedClosingBrace => (
            error.pos.start,
            format!("`{id}` has a `}}` without a `{{` before it"),
            "remove it, or write a brace as text as `{\"}\"}`".into(),
        ),
        ErrorKind::ExpectedMessageField { entry_id } => (
            error.pos.start,
            format!("the message `{entry_id}` has no text"),
            format!("write its text after the `=` (`{entry_id} = …`), or indent the next line if the text continues there"),
        ),
        ErrorKind::ExpectedToken('=') => (
            entry.start,
            format!("the line `{id}` has no `=`, so it is not a message"),
            format!("write `{id} = Text`, or indent the line if it continues the text of the message above"),
        ),
        ErrorKind::ExpectedCharRange { .. } | ErrorKind::ExpectedToken(_) if entry_text.trim().is_empty() => (
            error.pos.start,
            "this line is not a message".into(),
            "a message is written `message-id = Text` at the start of a line; a line that continues the text above must be indented".into(),
        ),
        ErrorKind::UnterminatedStringLiteral => (
            error.pos.start,
            format!("a quoted text in `{id}` is never closed"),
            "close the quote before the end of the line: `{\"…\"}`".into(),
        ),
        ErrorKind::ExpectedInlineExpression => (
            error.pos.start,
            format!("there is nothing, or something Fluent does not know, inside `{{ }}` in `{id}`"),
            "a placeable holds a variable (`{ $name }`), a message (`{ other-id }`), a term (`{ -brand }`) or a function (`{ NUMBER($n) }`)".into(),
        ),
        kind => (
            error.pos.start,
            format!("`{id}` is not valid Fluent: {kind}"),
            "a message is written `message-id = Text`; continuation lines are indented; variables are written { $name }".into(),
        ),
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
    super::calls::calls(source, file)
        .into_iter()
        .filter_map(|c| {
            Some(KeyUse {
                key: c.key?,
                file: c.file,
                line: c.line,
            })
        })
        .collect()
}

/// Keys whose every use is directly in the text of an HTML element, when
/// no computed key is used anywhere else (it could be any key).
fn in_element_text(calls: &[Call]) -> HashSet<String> {
    if calls.iter().any(|c| c.key.is_none() && !c.in_element_text) {
        return HashSet::new();
    }
    let mut keys: HashSet<String> = HashSet::new();
    let mut elsewhere: HashSet<&str> = HashSet::new();
    for c in calls {
        let Some(key) = &c.key else { continue };
        if c.in_element_text {
            keys.insert(key.clone());
        } else {
            elsewhere.insert(key);
        }
    }
    keys.retain(|k| !elsewhere.contains(k.as_str()));
    keys
}

/// `t()` calls that leave out a variable the message needs while other
/// calls of the same key pass it (when no call passes it, the message's
/// variable is reported instead), once per call and variable.
fn calls_missing_variables(
    calls: &[Call],
    needs: &[(Lang, BTreeMap<String, Vec<references::Variable>>)],
) -> Vec<Diagnostic> {
    let mut missing: BTreeMap<(&Call, &str), Vec<&Lang>> = BTreeMap::new();
    for c in calls {
        let Some(key) = &c.key else { continue };
        for (lang, variables) in needs {
            for v in variables.get(key).into_iter().flatten() {
                let passed_elsewhere = calls
                    .iter()
                    .any(|o| o.key.as_ref() == Some(key) && o.args.contains(&v.name));
                if passed_elsewhere && !c.args.contains(&v.name) {
                    missing.entry((c, v.name.as_str())).or_default().push(lang);
                }
            }
        }
    }
    missing
        .into_iter()
        .map(|((c, name), langs)| {
            let key = c.key.as_deref().unwrap_or_default();
            Diagnostic::warning(
                c.file.clone(),
                format!(
                    "this t(key=\"{key}\") does not pass `{name}`, which the message uses (in {})",
                    langs.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(c.line, Some(c.column))
            .hint(format!("add `{name}=…` to the call, as other uses of `{key}` do"))
            .kind(crate::error::Kind::Fluent)
        })
        .collect()
}

/// Checks every literal key used by templates in every language: missing
/// in a language but found along its fallback chain → warning (error when
/// `strict`); missing everywhere → error.
///
/// Also returns the catalog's [reference problems](Catalog::reference_problems)
/// (kind `fluent`), so that every caller reports them; a caller that checks
/// several lists of uses gets them more than once, and `Diagnostics::finish`
/// and `Error::build` keep one of each.
pub fn check_keys(catalog: &Catalog, config: &Config, uses: &[KeyUse], strict: bool) -> Vec<Diagnostic> {
    let mut out = catalog.reference_problems(strict);
    let mut seen: std::collections::BTreeSet<(String, Option<Lang>)> = std::collections::BTreeSet::new();
    for u in uses {
        if !config.languages.iter().any(|l| catalog.has(&l.lang, &u.key)) {
            if seen.insert((u.key.clone(), None)) {
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
            if catalog.has(&lang.lang, &u.key) || !seen.insert((u.key.clone(), Some(lang.lang.clone()))) {
                continue;
            }
            let hint = format!("add `{} = …` to locales/{}/ (any .ftl file)", u.key, lang.lang);
            let Some(from) = catalog.source_language(&lang.lang, &u.key) else {
                out.push(
                    Diagnostic::error(
                        u.file.clone(),
                        format!(
                            "the UI string `{}` is missing in `{}` and in the languages it falls back to",
                            u.key, lang.lang
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
                    u.key, lang.lang
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
    out.into_iter().map(|d| d.kind(crate::error::Kind::UiString)).collect()
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
/// let out = tolk::i18n::catalog::format_all(&tolk::Lang::of("ru"), "n = { $count ->\n    [one] один\n   *[other] много\n}\n");
/// assert!(out.problems.is_empty());
/// assert!(out.messages.contains(&"один".to_string()));
/// ```
pub fn format_all(lang: &Lang, text: &str) -> Formatted {
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
    let mut bundle = FluentBundle::new_concurrent(vec![lang.fluent_id().clone()]);
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
