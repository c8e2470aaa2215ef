//! The browser CMS (`cms:` in site.yaml): `admin/index.html`, which loads
//! Sveltia CMS, and `admin/config.yml`, generated from the site itself
//! (its sections, languages and tolk's own front-matter schema) so that it
//! never drifts from what `tolk build` accepts.
//!
//! `config.yml` is written as JSON, which is valid YAML 1.2: one writer,
//! byte-identical output, no YAML emitter to trust.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::config::CmsOptions;
use crate::content::Kind;
use crate::content::front_matter::FIELDS;
use crate::output::{Data, OutputFile};
use crate::site::Site;

/// The pinned Sveltia CMS script (`cms.script` overrides it).
pub const DEFAULT_SCRIPT: &str = "https://unpkg.com/@sveltia/cms@0.221.1/dist/sveltia-cms.js";

/// How one front-matter field appears in the CMS.
#[derive(Debug)]
pub enum Mapping {
    /// A CMS field definition.
    Field(Value),
    /// Deliberately not editable in the CMS, with the reason.
    Omitted(&'static str),
}

/// The CMS mapping of the front-matter field `name` (one of [`FIELDS`]),
/// with tolk's own rules, or `None` for a field tolk does not know.
pub fn mapping(name: &str) -> Option<Mapping> {
    let date_pattern = json!([
        "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?$",
        "write the date as YYYY-MM-DD, e.g. 2027-03-01"
    ]);
    let f = match name {
        "title" => json!({"name": "title", "label": "Title", "widget": "string", "required": true,
            "pattern": ["\\S", "every page needs a title"]}),
        "description" => json!({"name": "description", "label": "Description", "widget": "string",
            "required": false, "hint": "one sentence: shown in search results and link previews"}),
        "date" => json!({"name": "date", "label": "Date", "widget": "datetime", "required": false,
            "format": "YYYY-MM-DD", "time_format": false, "pattern": date_pattern, "i18n": "duplicate"}),
        "updated" => json!({"name": "updated", "label": "Updated", "widget": "datetime", "required": false,
            "format": "YYYY-MM-DD", "time_format": false, "pattern": date_pattern}),
        "publish_date" | "expiry_date" => {
            let (label, hint) = if name == "publish_date" {
                (
                    "Publish at (embargo)",
                    "the page stays off the site until this moment; give the time with its offset from UTC",
                )
            } else {
                ("Remove from the site at", "the page leaves the site at this moment")
            };
            json!({"name": name, "label": label, "widget": "datetime", "required": false,
                "format": "YYYY-MM-DDTHH:mm:ssZ", "picker_utc": false, "hint": hint,
                "pattern": ["^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?$",
                    "write a date (2027-03-01) or a date and time with its offset (2027-03-01T09:00:00+01:00)"],
                "i18n": "duplicate"})
        }
        "toc" => {
            return Some(Mapping::Omitted(
                "long pages get a table of contents by themselves; `toc: true` or `toc: false` in the file overrides",
            ));
        }
        "slug" => json!({"name": "slug", "label": "Address (last part)", "widget": "string", "required": false,
            "pattern": ["^[\\p{L}\\p{N}]+([-_.][\\p{L}\\p{N}]+)*$", "use letters, digits and single hyphens, no spaces or slashes"]}),
        "weight" => json!({"name": "weight", "label": "Order", "widget": "number", "value_type": "int",
            "required": false, "i18n": "duplicate", "hint": "lower numbers come first in menus and lists"}),
        "draft" => json!({"name": "draft", "label": "Draft (not published)", "widget": "boolean",
            "required": false, "default": false, "i18n": "duplicate"}),
        "template" => {
            return Some(Mapping::Omitted(
                "chosen by the site's developers, not per page in the CMS",
            ));
        }
        "page_template" => return Some(Mapping::Omitted("chosen by the site's developers, not in the CMS")),
        "sort_by" => json!({"name": "sort_by", "label": "Sort pages below by", "widget": "select",
            "required": false, "options": ["weight", "date", "title"], "i18n": "duplicate"}),
        "feed" => json!({"name": "feed", "label": "Publish a news feed of the pages below", "widget": "boolean",
            "required": false, "default": false, "i18n": "duplicate"}),
        "paginate_by" => json!({"name": "paginate_by", "label": "Pages per page of the listing", "widget": "number",
            "value_type": "int", "min": 1, "required": false, "i18n": "duplicate",
            "hint": "leave empty to list every page on one page"}),
        "group_by" => json!({"name": "group_by", "label": "Group the listing by", "widget": "select",
            "required": false, "options": ["year"], "i18n": "duplicate"}),
        "tags" => json!({"name": "tags", "label": "Tags", "widget": "list", "required": false, "i18n": "duplicate",
            "hint": "term ids such as human-trafficking; each language's name for a term is in the site's locales files",
            "field": {"name": "tag", "label": "Tag", "widget": "string",
            "pattern": ["^[a-z0-9]+(-[a-z0-9]+)*$", "write the tag's id in lower-case a-z, digits and hyphens, e.g. human-trafficking"]}}),
        "taxonomies" => {
            return Some(Mapping::Omitted(
                "taxonomies other than tags are declared per site by its developers and written in the file",
            ));
        }
        "aliases" => json!({"name": "aliases", "label": "Old addresses that redirect here", "widget": "list",
            "required": false, "field": {"name": "alias", "label": "Old address", "widget": "string",
            "pattern": ["^[^\\s?#]+$", "write a path such as old/page, without spaces, ? or #"]}}),
        "translated_from" => {
            return Some(Mapping::Omitted(
                "recorded by `tolk translated`, which knows the original's text",
            ));
        }
        "translated" => json!({"name": "translated", "label": "This translation is up to date with the original",
            "widget": "boolean", "required": false, "default": false,
            "hint": "Tick it in a translation when you have brought it in line with the current original (not in the original). The site records which version that was."}),
        "contacts" => json!({"name": "contacts", "label": "Contacts", "widget": "list", "required": false,
        "fields": [
            {"name": "name", "label": "Name", "widget": "string", "required": true, "i18n": "duplicate"},
            {"name": "role", "label": "Role", "widget": "string", "required": false},
            {"name": "phone", "label": "Phone", "widget": "string", "required": false, "i18n": "duplicate",
             "pattern": ["^(\\+?[0-9 ().\\/-]*[0-9][0-9 ().\\/-]*)?$", "international format, e.g. +46 8 453 78 83"]},
            {"name": "mobile", "label": "Mobile", "widget": "string", "required": false, "i18n": "duplicate",
             "pattern": ["^(\\+?[0-9 ().\\/-]*[0-9][0-9 ().\\/-]*)?$", "international format, e.g. +46 70 123 45 67"]},
            {"name": "email", "label": "E-mail", "widget": "string", "required": false, "i18n": "duplicate",
             "pattern": ["^([^\\s@?#%]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)?$", "write the address as name@example.org"]},
            {"name": "organisation", "label": "Organisation", "widget": "string", "required": false}
        ]}),
        "event" => event(),
        "extra" => {
            return Some(Mapping::Omitted(
                "free data for themes, edited by the site's developers",
            ));
        }
        _ => return None,
    };
    Some(Mapping::Field(f))
}

fn event() -> Value {
    let zones: Vec<String> = jiff::tz::db()
        .available()
        .map(|z| z.to_string())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let time = json!([
        "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?)?$",
        "write YYYY-MM-DD or YYYY-MM-DDTHH:MM"
    ]);
    json!({"name": "event", "label": "Event", "widget": "object", "required": false, "fields": [
        {"name": "start", "label": "Starts", "widget": "datetime", "required": true, "format": "YYYY-MM-DDTHH:mm",
         "picker_utc": false, "pattern": time, "i18n": "duplicate"},
        {"name": "end", "label": "Ends", "widget": "datetime", "required": false, "format": "YYYY-MM-DDTHH:mm",
         "picker_utc": false, "pattern": time, "i18n": "duplicate"},
        {"name": "timezone", "label": "Time zone", "widget": "select", "required": false, "options": zones, "i18n": "duplicate"},
        {"name": "venue", "label": "Venue", "widget": "string", "required": false},
        {"name": "address", "label": "Address", "widget": "string", "required": false, "i18n": "duplicate"},
        {"name": "city", "label": "City", "widget": "string", "required": false},
        {"name": "country", "label": "Country (two letters)", "widget": "string", "required": false, "i18n": "duplicate",
         "pattern": ["^[A-Za-z]{2}$", "write the ISO code, e.g. SE"]},
        {"name": "online", "label": "Online link", "widget": "string", "required": false, "i18n": "duplicate",
         "pattern": ["^https?://\\S+$", "write a full address starting with https://"]},
        {"name": "registration", "label": "Registration link", "widget": "string", "required": false,
         "pattern": ["^(https?://\\S+|mailto:\\S+)$", "write a full address starting with https://"]},
        {"name": "registration_deadline", "label": "Registration deadline", "widget": "datetime", "required": false,
         "format": "YYYY-MM-DD", "time_format": false, "i18n": "duplicate",
         "pattern": ["^\\d{4}-\\d{2}-\\d{2}$", "write the date as YYYY-MM-DD"]},
        {"name": "languages", "label": "Languages spoken", "widget": "list", "required": false, "i18n": "duplicate"},
        {"name": "audience", "label": "Audience", "widget": "string", "required": false},
        {"name": "status", "label": "Status", "widget": "select", "required": false, "i18n": "duplicate",
         "options": ["confirmed", "tentative", "cancelled"]}
    ]})
}

/// Every front-matter field the CMS edits, in [`FIELDS`] order, plus the body.
/// Front-matter fields that only a section's `_index.md` uses (how the
/// pages below it are listed): the CMS shows them on a section's index
/// file, not on its pages.
pub const SECTION_ONLY: &[&str] = &["sort_by", "feed", "paginate_by", "group_by", "page_template"];

/// The CMS fields of a page (`section: false`) or of a section's index
/// file (`section: true`).
fn fields_of(section: bool) -> Vec<Value> {
    let mut out: Vec<Value> = FIELDS
        .iter()
        .filter(|n| section || !SECTION_ONLY.contains(n))
        .filter_map(|n| match mapping(n) {
            Some(Mapping::Field(v)) => Some(v),
            _ => None,
        })
        .collect();
    out.push(json!({"name": "body", "label": "Text", "widget": "markdown", "required": false}));
    out
}

/// The generated `config.yml` as a JSON value.
pub fn config(site: &Site, cms: &CmsOptions) -> Value {
    let cfg = &site.config;
    let default = cfg.default_language.as_str().to_string();
    let mut locales = vec![default.clone()];
    locales.extend(
        cfg.languages
            .iter()
            .map(|l| l.lang.as_str().to_string())
            .filter(|l| *l != default),
    );
    let sections: BTreeSet<&str> = site
        .pages
        .iter()
        .filter(|p| p.kind == Kind::Section)
        .map(|p| p.dir())
        .collect();
    let singles: BTreeSet<&str> = site
        .pages
        .iter()
        .filter(|p| p.kind != Kind::Section && !sections.contains(p.dir()))
        .map(|p| p.key.as_str())
        .collect();
    let mut collections: Vec<Value> = sections
        .iter()
        .map(|dir| {
            json!({
                "name": collection_name(dir),
                "label": dir,
                "folder": format!("content/{{{{locale}}}}/{dir}"),
                "create": true,
                // The section's own `_index.md` gets the listing fields;
                // its pages do not (a communicator sees what applies).
                "index_file": {"fields": fields_of(true)},
                "extension": "md",
                "format": "yaml-frontmatter",
                "slug": "{{slug}}",
                "media_folder": "",
                "public_folder": "",
                "i18n": true,
                "fields": fields_of(false),
            })
        })
        .collect();
    if !singles.is_empty() {
        let files: Vec<Value> = singles
            .iter()
            .map(|key| {
                json!({
                    "name": collection_name(key.trim_end_matches(".md")),
                    "label": key.trim_end_matches(".md"),
                    "file": format!("content/{{{{locale}}}}/{key}"),
                    "i18n": true,
                    "fields": fields_of(key.ends_with("_index.md")),
                })
            })
            .collect();
        collections.push(json!({"name": "pages", "label": "Pages", "i18n": true, "files": files}));
    }
    let mut backend = serde_json::Map::new();
    backend.insert("name".into(), json!(cms.backend.name));
    if let Some(repo) = &cms.backend.repo {
        backend.insert("repo".into(), json!(repo));
    }
    if let Some(branch) = &cms.backend.branch {
        backend.insert("branch".into(), json!(branch));
    }
    json!({
        "backend": backend,
        "site_url": cfg.base_url,
        "media_folder": "static/img",
        "public_folder": "/img",
        // A new entry starts in the default language only: a translation
        // is a file of its own that someone writes (tolk refuses a page
        // without a title, which is what an untouched locale would be).
        "i18n": {"structure": "multiple_folders", "locales": locales, "default_locale": default,
                 "initial_locales": "default"},
        // Empty optional fields are left out, as a person writing the file
        // by hand would (tolk refuses `date: ''`).
        "output": {"omit_empty_optional_fields": true},
        "collections": collections,
    })
}

/// A collection name: letters, digits and `_` only.
fn collection_name(path: &str) -> String {
    let name: String = path
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    if name.is_empty() { "home".into() } else { name }
}

/// The stylesheet the CMS preview uses when `cms.preview_styles` is not set.
pub const DEFAULT_PREVIEW_STYLE: &str = "css/site.css";

/// The admin page: `noindex`, the only page that loads a script from
/// elsewhere. `styles` are the site's stylesheets for the preview, as
/// paths below the output root (checked by [`preview_styles`]).
pub fn index_html(site: &Site, cms: &CmsOptions, styles: &[String]) -> String {
    // JSON string literals, with `<` escaped so that no value can end the
    // script element.
    let register: String = styles
        .iter()
        .map(|s| {
            let url = serde_json::to_string(&format!("../{s}"))
                .unwrap_or_default()
                .replace('<', "\\u003c");
            format!("CMS.registerPreviewStyle({url});\n")
        })
        .collect();
    let register = if register.is_empty() {
        String::new()
    } else {
        format!("<script>\n{register}</script>\n")
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>{title} – CMS</title>\n<link href=\"config.yml\" type=\"application/yaml\" rel=\"cms-config-url\">\n</head>\n<body>\n<script src=\"{src}\"></script>\n{register}</body>\n</html>\n",
        lang = crate::escape::html(site.config.default_language.as_str()),
        title = crate::escape::html(&site.config.title),
        src = crate::escape::html(cms.script.as_deref().unwrap_or(DEFAULT_SCRIPT)),
    )
}

/// The stylesheets of the preview: `cms.preview_styles`, each of which
/// must be a `.css` file the site publishes, or [`DEFAULT_PREVIEW_STYLE`]
/// when it is published.
///
/// # Errors
/// A plain sentence per style that is not a published stylesheet.
pub fn preview_styles(cms: &CmsOptions, published: &BTreeSet<String>) -> Result<Vec<String>, Vec<String>> {
    let Some(asked) = &cms.preview_styles else {
        return Ok(published
            .contains(DEFAULT_PREVIEW_STYLE)
            .then(|| DEFAULT_PREVIEW_STYLE.to_string())
            .into_iter()
            .collect());
    };
    let mut wrong = Vec::new();
    for style in asked {
        let path = style.trim_start_matches('/');
        if !path.ends_with(".css") || !published.contains(path) {
            let known: Vec<&str> = published
                .iter()
                .map(String::as_str)
                .filter(|p| p.ends_with(".css"))
                .collect();
            wrong.push(format!(
                "`cms.preview_styles: {}` is not a stylesheet of the site: name a .css file of static/ or the theme's static/ ({})",
                crate::url::shown(style),
                if known.is_empty() { "the site has none".to_string() } else { format!("the site has {}", known.join(", ")) }
            ));
        }
    }
    if wrong.is_empty() {
        Ok(asked.iter().map(|s| s.trim_start_matches('/').to_string()).collect())
    } else {
        Err(wrong)
    }
}

/// What is wrong with the `cms:` settings, each a plain sentence.
pub fn problems(cms: &CmsOptions) -> Vec<String> {
    let mut out = Vec::new();
    let name = &cms.backend.name;
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        out.push(format!(
            "`cms.backend.name: {}` is not a backend name: write github, gitlab, gitea or test-repo",
            crate::url::shown(name)
        ));
    }
    if let Some(repo) = &cms.backend.repo {
        let ok = repo.split('/').count() >= 2
            && repo
                .split('/')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')));
        if !ok {
            out.push(format!(
                "`cms.backend.repo: {}` is not a repository: write owner/name, e.g. si/action31-site",
                crate::url::shown(repo)
            ));
        }
    }
    if let Some(branch) = &cms.backend.branch
        && (branch.is_empty() || branch.chars().any(|c| c.is_whitespace() || c.is_control()))
    {
        out.push(format!(
            "`cms.backend.branch: {}` is not a branch name",
            crate::url::shown(branch)
        ));
    }
    if let Some(script) = &cms.script {
        let ok = (script.starts_with("https://")
            || script.starts_with('/')
            || script.starts_with("./")
            || script.starts_with("../"))
            && !script
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>'));
        if !ok {
            out.push(format!(
                "`cms.script: {}` is not a usable script address: write an https:// URL or a path on this site",
                crate::url::shown(script)
            ));
        }
    }
    out
}

/// Both admin files, or none when `cms:` is off.
///
/// # Errors
/// One diagnostic per unusable `cms:` setting.
pub fn files(site: &Site, published: &BTreeSet<String>) -> Result<Vec<OutputFile>, Vec<crate::error::Diagnostic>> {
    let Some(cms) = &site.config.cms else {
        return Ok(Vec::new());
    };
    let mut wrong = problems(cms);
    let styles = preview_styles(cms, published).unwrap_or_else(|w| {
        wrong.extend(w);
        Vec::new()
    });
    if !wrong.is_empty() {
        return Err(wrong
            .into_iter()
            .map(|w| crate::error::Diagnostic::error(PathBuf::from(crate::config::FILE), w))
            .collect());
    }
    let source = Some(PathBuf::from(crate::config::FILE));
    let mut yaml = serde_json::to_string_pretty(&config(site, cms)).unwrap_or_default();
    yaml.push('\n');
    Ok(vec![
        OutputFile {
            path: "admin/index.html".into(),
            data: Data::Bytes(index_html(site, cms, &styles).into_bytes()),
            source: source.clone(),
        },
        OutputFile {
            path: "admin/config.yml".into(),
            data: Data::Bytes(yaml.into_bytes()),
            source,
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_front_matter_field_has_a_cms_mapping() {
        for name in FIELDS {
            assert!(
                mapping(name).is_some(),
                "front-matter field `{name}` has no CMS mapping in render::cms::mapping"
            );
        }
        assert!(mapping("no_such_field").is_none());
    }

    #[test]
    fn time_zone_select_lists_iana_zones() {
        let e = event();
        let zones = e["fields"][2]["options"].as_array().unwrap();
        assert!(zones.iter().any(|z| z == "Europe/Stockholm"), "{} zones", zones.len());
    }
}
