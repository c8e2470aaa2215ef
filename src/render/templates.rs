//! Loading the theme's templates with the site's overrides into one Tera
//! instance, and the functions tolk adds to Tera: `t`, `url_for`, `asset`.

use crate::lang::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Kwargs, State, Tera, Value};

use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Catalog;
use crate::i18n::catalog::{KeyUse, keys_used};
use crate::site::Site;
use crate::site::urls::relative;

/// Context variable holding the reader's language for `t()`.
pub const LANG_VAR: &str = "__tolk_lang";
/// Context variable holding the current output folder for links.
pub const DIR_VAR: &str = "__tolk_dir";

/// Template sources by name (`page.html`), site overrides applied.
#[derive(Debug, Default)]
pub struct Sources {
    /// name → (file relative to the site root, text).
    pub templates: BTreeMap<String, (PathBuf, String)>,
}

impl Sources {
    /// The file a template name comes from.
    pub fn file_of(&self, name: &str) -> PathBuf {
        self.templates
            .get(name)
            .map_or_else(|| PathBuf::from(name), |(p, _)| p.clone())
    }

    /// Every literal `t(key=…)` use in every template.
    pub fn key_uses(&self) -> Vec<KeyUse> {
        self.templates
            .values()
            .flat_map(|(file, text)| keys_used(text, file))
            .collect()
    }
}

/// Shared, read-only data the template functions need.
pub struct Shared {
    /// The site (for `url_for`).
    pub site: Arc<Site>,
    /// UI strings (for `t`).
    pub catalog: Arc<Catalog>,
    /// Output paths of static files (for `asset`).
    pub static_files: BTreeSet<String>,
    /// Every image the site publishes (for `resize_image`).
    pub image_files: Arc<super::ImageFiles>,
    /// Where `resize_image` records the derivatives pages use.
    pub handover: Arc<super::HandOver>,
}

/// Compiles every template and registers tolk's functions.
///
/// # Errors
/// Every template syntax error (file, line, column) and inheritance problem.
pub fn compile(sources: &Sources, shared: Arc<Shared>) -> Result<Tera> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".htm", ".xml", ".svg"]);
    register(&mut tera, shared);
    let mut problems = Vec::new();
    for (name, (file, text)) in &sources.templates {
        let mut scratch = Tera::new();
        scratch.register_from(&tera);
        if let Err(e) = scratch.add_raw_template(name, text)
            && !refers_to_other_templates(&e)
        {
            problems.push(
                template_diagnostic(&e, sources).unwrap_or_else(|| Diagnostic::error(file.clone(), e.to_string())),
            );
        }
    }
    if !problems.is_empty() {
        return Err(Error::build(problems));
    }
    tera.add_raw_templates(sources.templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())))
        .map_err(|e| {
            Error::build(vec![template_diagnostic(&e, sources).unwrap_or_else(|| {
                Diagnostic::error(None, format!("templates: {e}"))
                    .hint("check the names in {% extends %} and {% include %}")
            })])
        })?;
    Ok(tera)
}

/// Errors about other templates (a missing parent, an unknown include) are
/// expected when a template is compiled alone; the full pass checks them.
fn refers_to_other_templates(error: &tera::Error) -> bool {
    match error.kind() {
        tera::ErrorKind::MissingParent { .. } | tera::ErrorKind::TemplateNotFound(_) => true,
        tera::ErrorKind::Msg(text) => text.lines().next().is_some_and(|l| l.contains("Unknown template")),
        _ => false,
    }
}

/// A Tera error as a diagnostic located in the template file.
pub fn template_diagnostic(error: &tera::Error, sources: &Sources) -> Option<Diagnostic> {
    template_diagnostic_inner(error, sources).map(|d| d.kind(crate::error::Kind::Template))
}

fn template_diagnostic_inner(error: &tera::Error, sources: &Sources) -> Option<Diagnostic> {
    use std::error::Error as _;
    let report = match error.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => r,
        tera::ErrorKind::MissingParent { current, parent } => {
            return Some(Diagnostic::error(sources.file_of(current), format!("this template extends `{parent}`, which does not exist")).hint("check the name in {% extends \"…\" %}; templates are looked up in templates/ and the theme's templates/"));
        }
        tera::ErrorKind::TemplateNotFound(name) => {
            return Some(
                Diagnostic::error(None, format!("the template `{name}` does not exist"))
                    .hint("check the name; templates are looked up in templates/ and the theme's templates/"),
            );
        }
        tera::ErrorKind::Msg(text) if text.contains(" --> ") => return located_report(text, sources),
        tera::ErrorKind::CircularExtend { tpl, .. } | tera::ErrorKind::CircularInclude { tpl, .. } => {
            return Some(
                Diagnostic::error(
                    sources.file_of(tpl),
                    format!("the template includes or extends itself: {error}"),
                )
                .hint("remove the {% include %} or {% extends %} that leads back to this template"),
            );
        }
        _ => return None,
    };
    let mut message = report.message().to_string();
    let mut cause = error.source();
    while let Some(c) = cause {
        message.push_str(": ");
        message.push_str(&c.to_string());
        cause = c.source();
    }
    let span = report.span();
    let (sentence, hint) = explain_template_syntax(&message);
    let mut d = Diagnostic::error(sources.file_of(report.filename()), sentence)
        .at(span.start_line, Some(span.start_col + 1))
        .hint(hint);
    if !message.is_empty() {
        d = d.detail(format!("Tera: {message}"));
    }
    Some(d)
}

/// Tera's syntax errors in the words of someone editing a theme.
fn explain_template_syntax(message: &str) -> (String, String) {
    let generic = "see the Tera documentation for the syntax: {{ value }}, {% if %}…{% endif %}, {% for x in list %}…{% endfor %}";
    if message.contains("but expected }}") {
        return (
            "a `{{` is not closed with `}}`".into(),
            "close a value with two braces: `{{ page.title }}`".into(),
        );
    }
    if message.contains("but expected %}") {
        return (
            "a `{%` tag is not closed with `%}`".into(),
            "close the tag with `%}`: `{% if page.date %}`".into(),
        );
    }
    if message.contains("Unclosed") || message.contains("unclosed") || message.contains("end of input") {
        return (
            format!("a block is opened but never closed ({message})"),
            "every `{% if %}`, `{% for %}` and `{% block %}` needs its `{% endif %}`, `{% endfor %}` or `{% endblock %}`".into(),
        );
    }
    (format!("template error: {message}"), generic.into())
}

/// Tera reports some problems (unknown filters, tests, functions) as text
/// in its report format: `error: … --> name:line:column`.
fn located_report(text: &str, sources: &Sources) -> Option<Diagnostic> {
    let message = text.lines().next()?.trim_start_matches("error: ").to_string();
    let location = text.lines().find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = location.rsplitn(3, ':');
    let column: usize = parts.next()?.trim().parse().ok()?;
    let line: usize = parts.next()?.trim().parse().ok()?;
    let name = parts.next()?;
    Some(
        Diagnostic::error(sources.file_of(name), format!("template error: {message}"))
            .at(line, Some(column))
            .hint("check the spelling; filters, tests and functions must exist (see the README's template reference and the Tera documentation)"),
    )
}

fn register(tera: &mut Tera, shared: Arc<Shared>) {
    let s = shared.clone();
    tera.register_function("t", move |kwargs: Kwargs, state: &State| translate(&s, &kwargs, state));
    let s = shared.clone();
    tera.register_function("url_for", move |kwargs: Kwargs, state: &State| {
        url_for(&s, &kwargs, state)
    });
    let s = shared.clone();
    tera.register_function("asset", move |kwargs: Kwargs, state: &State| asset(&s, &kwargs, state));
    let s = shared.clone();
    tera.register_function("resize_image", move |kwargs: Kwargs, state: &State| {
        resize_image(&s, &kwargs, state)
    });
    let s = shared.clone();
    tera.register_filter("format_date", move |value: String, kwargs: Kwargs, state: &State| {
        format_date(&s, value, &kwargs, state)
    });
    let s = shared.clone();
    tera.register_filter("format_number", move |value: f64, kwargs: Kwargs, state: &State| {
        format_number(&s, value, &kwargs, state)
    });
    let s = shared;
    tera.register_filter("list", move |value: Vec<String>, kwargs: Kwargs, state: &State| {
        format_list(&s, &value, &kwargs, state)
    });
}

/// `{{ ev.language_names | list }}`: items joined as a list in the page's
/// language (`svenska, engelska och ryska`, `A و B`); `kind="or"` for
/// alternatives.
fn format_list(shared: &Shared, value: &[String], kwargs: &Kwargs, state: &State) -> tera::TeraResult<String> {
    use crate::i18n::format::ListKind;
    let lang = language(shared, kwargs, state, "list")?;
    let kind = match kwargs.get::<String>("kind")?.as_deref() {
        None | Some("and") => ListKind::And,
        Some("or") => ListKind::Or,
        Some(other) => {
            return Err(tera::Error::message(format!(
                "list: unknown kind `{other}` (use and or or)"
            )));
        }
    };
    Ok(crate::i18n::format::format_list(&lang, value, kind))
}

/// The language a function works in: its `lang=` argument, else the
/// page's; always one of the site's languages (an unknown code is an
/// error, never a silent fallback to another locale).
fn language(shared: &Shared, kwargs: &Kwargs, state: &State, function: &str) -> tera::TeraResult<Lang> {
    let code = match kwargs.get::<String>("lang")? {
        Some(l) => l,
        None => current(state, LANG_VAR)?,
    };
    let config = &shared.site.config;
    config.lang(&code).cloned().ok_or_else(|| {
        let codes: Vec<&str> = config.languages.iter().map(|l| l.lang.code()).collect();
        tera::Error::message(format!(
            "{function}: `{code}` is not a language of this site (use one of: {})",
            codes.join(", ")
        ))
    })
}

/// `{{ page.date | format_date(style="long", time=false) }}`: a date (or an
/// RFC 3339 date and time) in the page's language.
fn format_date(shared: &Shared, value: String, kwargs: &Kwargs, state: &State) -> tera::TeraResult<String> {
    use crate::i18n::format::{self, Style};
    let lang = language(shared, kwargs, state, "format_date")?;
    let style_name = kwargs.get::<String>("style")?.unwrap_or_else(|| "long".into());
    let style = Style::parse(&style_name).ok_or_else(|| {
        tera::Error::message(format!(
            "format_date: unknown style `{style_name}` (use long, medium or short)"
        ))
    })?;
    let date = crate::content::page::parse_date(&value).ok_or_else(|| {
        tera::Error::message(format!("format_date: `{value}` is not a date (YYYY-MM-DD or RFC 3339)"))
    })?;
    let mut text = format::format_date(&lang, date.date, style);
    if kwargs.get::<bool>("time")?.unwrap_or(false)
        && let Some(dt) = civil_date_time(&value)
    {
        text.push_str(", ");
        text.push_str(&format::format_time(&lang, dt.time()));
    }
    Ok(text)
}

/// The date and time of an RFC 3339 value as written, without its offset
/// (`2010-04-26T10:00:00Z`, `…+02:00`); `None` for a date alone.
fn civil_date_time(value: &str) -> Option<jiff::civil::DateTime> {
    let rest = value.get(10..).filter(|r| !r.is_empty())?;
    let end = rest.find(['Z', 'z', '+', '-']).map_or(value.len(), |i| 10 + i);
    value[..end].parse::<jiff::civil::DateTime>().ok()
}

/// `{{ 30000 | format_number(digits=0) }}`: a number in the page's language.
fn format_number(shared: &Shared, value: f64, kwargs: &Kwargs, state: &State) -> tera::TeraResult<String> {
    let lang = language(shared, kwargs, state, "format_number")?;
    let digits = kwargs.get::<i64>("digits")?.unwrap_or(0).clamp(0, 9) as i16;
    Ok(crate::i18n::format::format_number(&lang, value, digits))
}

fn current(state: &State, var: &str) -> tera::TeraResult<String> {
    state.get::<String>(var)?.ok_or_else(|| {
        tera::Error::message(format!(
            "`{var}` is not set: this function only works in pages rendered by tolk"
        ))
    })
}

fn translate(shared: &Shared, kwargs: &Kwargs, state: &State) -> tera::TeraResult<Value> {
    let key: String = kwargs.must_get("key")?;
    let lang = language(shared, kwargs, state, "t")?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == "key" || name == "lang" {
            continue;
        }
        let fluent = if let Some(i) = value.as_i64() {
            FluentValue::from(i)
        } else if let Some(f) = value.as_f64() {
            FluentValue::from(f)
        } else if let Some(s) = value.as_str() {
            FluentValue::from(s.to_string())
        } else {
            FluentValue::from(value.to_string())
        };
        args.set(name.to_string(), fluent);
    }
    let localized = shared.catalog.localize(&lang, &key, Some(&args)).map_err(|e| match e {
        crate::i18n::catalog::NotLocalized::Undefined => tera::Error::message(format!(
            "the UI string `{key}` is not defined in any language (add `{key} = …` to a .ftl file in locales/{lang}/)"
        )),
        crate::i18n::catalog::NotLocalized::Failed(failures) => tera::Error::message(format!(
            "the UI string `{key}` cannot be formatted in `{lang}` nor in the languages it falls back to ({}); see the Fluent warnings above, or run `tolk check`",
            failures
                .iter()
                .map(|(l, reasons)| format!("{l}: {}", reasons.join(", ")))
                .collect::<Vec<_>>()
                .join("; ")
        )),
    })?;
    let html = key.ends_with("-html");
    // Text from a fallback language is marked with its language where the
    // templates print it as element text; in an attribute value or <title>
    // no markup is possible, and the text stays plain.
    if *localized.lang != lang && shared.catalog.used_in_element_text(&key) {
        let escape = |text: &str| {
            let mut out = Vec::with_capacity(text.len());
            let _ = tera::escape_html(text, &mut out);
            String::from_utf8(out).unwrap_or_default()
        };
        let dir = if lang.dir() == localized.dir {
            String::new()
        } else {
            format!(" dir=\"{}\"", localized.dir.as_str())
        };
        let inner = if html { localized.text } else { escape(&localized.text) };
        return Ok(Value::safe_string(&format!(
            "<span lang=\"{}\"{dir}>{inner}</span>",
            escape(localized.lang.as_str())
        )));
    }
    Ok(if html {
        Value::safe_string(&localized.text)
    } else {
        Value::from(localized.text)
    })
}

fn url_for(shared: &Shared, kwargs: &Kwargs, state: &State) -> tera::TeraResult<Value> {
    let path: String = kwargs.must_get("path")?;
    let lang = language(shared, kwargs, state, "url_for")?;
    let dir = current(state, DIR_VAR)?;
    let site = &shared.site;
    let (item, fragment) = site.content_link(&lang, None, &path).ok_or_else(|| {
        tera::Error::message(format!(
            "url_for: there is no page `{path}` (write a content path such as @/contact.md or @/calendar/_index.md)"
        ))
    })?;
    let mut url = relative(&dir, &item.path, site.config.output.explicit_index);
    if let Some(f) = fragment {
        url.push('#');
        url.push_str(f);
    }
    Ok(Value::from(url))
}

fn asset(shared: &Shared, kwargs: &Kwargs, state: &State) -> tera::TeraResult<Value> {
    let path: String = kwargs.must_get("path")?;
    let clean = path.trim_start_matches('/');
    if !shared.static_files.contains(clean) {
        return Err(tera::Error::message(format!(
            "asset: there is no static file `{clean}` (static files live in static/ or the theme's static/ folder)"
        )));
    }
    let dir = current(state, DIR_VAR)?;
    Ok(Value::from(relative(&dir, clean, false)))
}

/// `resize_image(path="/img/team.jpg", width=800, format="webp")`: a
/// derivative of an image of the site (from `static/`, or beside the
/// pages as `@/` path in the reader's language), at most as wide as the
/// original; `format` is `jpg`, `png` or `webp` (the original's by
/// default). Returns `url` (relative to the page), `width` and `height`;
/// the image producer encodes it (once: it is cached).
fn resize_image(shared: &Shared, kwargs: &Kwargs, state: &State) -> tera::TeraResult<Value> {
    use super::images;
    let path: String = kwargs.must_get("path")?;
    let width: u32 = kwargs.must_get("width")?;
    let format: Option<String> = kwargs.get("format")?;
    let lang = language(shared, kwargs, state, "resize_image")?;
    let dir = current(state, DIR_VAR)?;
    let site_path = path.strip_prefix("@/").unwrap_or(&path).trim_start_matches('/');
    let output = if shared.static_files.contains(site_path) {
        Some(site_path.to_string())
    } else {
        shared.site.asset_for(&lang, site_path)
    };
    let file = output.as_ref().and_then(|o| Some((o, shared.image_files.get(o)?)));
    let Some((output, file)) = file else {
        return Err(tera::Error::message(format!(
            "resize_image: there is no JPEG, PNG or WebP image `{path}` (write its path from static/, such as /img/team.jpg, or from the language folder of content/, such as @/about/team.jpg)"
        )));
    };
    let Some(size) = file.size else {
        return Err(tera::Error::message(format!(
            "resize_image: the image `{path}` is broken (tolk cannot read its size); export it again as JPEG or PNG"
        )));
    };
    let original = images::Format::of_extension(&output.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase());
    let Some(original) = original else {
        return Err(tera::Error::message(format!(
            "resize_image: `{path}` is not a JPEG, PNG or WebP image"
        )));
    };
    let format = match format.as_deref() {
        None => original,
        Some(name) => images::Format::parse(name).ok_or_else(|| {
            tera::Error::message(format!(
                "resize_image: format=\"{name}\" is not one tolk writes; use jpg, png or webp"
            ))
        })?,
    };
    if width == 0 {
        return Err(tera::Error::message("resize_image: width must be at least 1"));
    }
    let picture = images::Picture {
        source: file.source.clone(),
        output: output.clone(),
        size,
        format: original,
        clean_original: file.content,
    };
    let d = images::derivative(&picture, width, format);
    shared.handover.use_image(
        &dir,
        images::Use {
            at: images::At {
                file: crate::fs::relative_to(&shared.site.config.root, &file.source),
                line: None,
                column: None,
            },
            picture: Ok(picture),
            derivatives: vec![d.clone()],
        },
    );
    Ok(Value::from_serializable(&serde_json::json!({
        "url": relative(&dir, &d.path, false),
        "width": d.width,
        "height": d.height,
    })))
}

#[cfg(test)]
mod tests {
    use super::civil_date_time;

    #[test]
    fn regression_format_date_keeps_the_time_of_utc_values() {
        let at = |v: &str| civil_date_time(v).map(|d| d.to_string());
        assert_eq!(at("2010-04-26T10:00:00Z").as_deref(), Some("2010-04-26T10:00:00"));
        assert_eq!(at("2010-04-26T10:00:00+02:00").as_deref(), Some("2010-04-26T10:00:00"));
        assert_eq!(at("2010-04-26T10:00:00-05:00").as_deref(), Some("2010-04-26T10:00:00"));
        assert_eq!(at("2010-04-26"), None);
    }
}
