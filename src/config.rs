//! `site.yaml`: reading, validating and the typed [`Config`] every later
//! stage uses.
//!
//! Raw serde mirror structs reject unknown keys; [`Config::parse`] converts
//! them into domain types once, so nothing downstream sees raw strings.

use std::path::{Path, PathBuf};

use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::{Diagnostic, Error, Result};
use crate::lang::Lang;
use crate::yaml::{Located, parse_yaml};

/// Keys accepted anywhere in site.yaml, for "did you mean" hints.
const KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "default_language",
    "languages",
    "theme",
    "menus",
    "markdown",
    "output",
    "i18n",
    "extra",
    "name",
    "dir",
    "fallback",
    "smart_punctuation",
    "html",
    "toc_min_headings",
    "highlight",
    "explicit_index",
    "redirects_file",
    "strict",
    "missing_pages",
    "path",
    "label",
    "locale",
    "menu_fallbacks",
    "po_threshold",
    "search",
    "cms",
    "backend",
    "repo",
    "branch",
    "script",
    "edit_url",
    "taxonomies",
    "singular",
    "paginate_by",
    "images",
    "widths",
    "quality",
    "sizes",
    "keep_metadata",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default)]
    description: String,
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    languages: IndexMap<String, Spanned<RawLanguage>>,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    menus: IndexMap<String, Vec<Spanned<RawMenuEntry>>>,
    #[serde(default)]
    markdown: MarkdownOptions,
    #[serde(default)]
    output: OutputOptions,
    #[serde(default)]
    i18n: I18nOptions,
    #[serde(default)]
    extra: serde_json::Map<String, serde_json::Value>,
    #[serde(default = "default_true")]
    search: bool,
    #[serde(default)]
    cms: Option<CmsOptions>,
    #[serde(default)]
    edit_url: Option<Spanned<String>>,
    #[serde(default)]
    taxonomies: Option<Vec<Spanned<RawTaxonomy>>>,
    images: Option<Spanned<ImageOptions>>,
}

/// A taxonomy as written in site.yaml: its name, or its name with options.
/// Read by hand rather than as an untagged enum, so that a mistake in the
/// options is reported as itself (`unknown field `paginte_by``), not as
/// "no variant matched".
#[derive(Debug, Clone)]
enum RawTaxonomy {
    Name(String),
    Full(RawTaxonomyOptions),
}

impl<'de> Deserialize<'de> for RawTaxonomy {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawTaxonomy;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a taxonomy's name, or `{ name: …, singular: …, paginate_by: … }`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<RawTaxonomy, E> {
                Ok(RawTaxonomy::Name(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> std::result::Result<RawTaxonomy, A::Error> {
                RawTaxonomyOptions::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(RawTaxonomy::Full)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTaxonomyOptions {
    name: String,
    singular: Option<String>,
    paginate_by: Option<usize>,
}

/// A taxonomy declared in site.yaml (`taxonomies:`; `tags` when none is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taxonomy {
    /// Its name: the front-matter key (`tags`, or below `taxonomies:`)
    /// and the Fluent message of its title (`tags = Etiketter`).
    pub name: String,
    /// The prefix of its terms' label messages (`tag` for `tag-<id>`):
    /// the name without its plural ending unless `singular:` says.
    pub singular: String,
    /// Terms per page of a term page's listing, if paginated.
    pub paginate_by: Option<std::num::NonZeroUsize>,
}

impl Taxonomy {
    /// The Fluent message of a term's label: `tag-trafficking`.
    pub fn label_key(&self, id: &str) -> String {
        format!("{}-{id}", self.singular)
    }
}

/// The singular of an English plural taxonomy name: `tags` → `tag`,
/// `categories` → `category`; other names stay as they are.
///
/// ```
/// use tolk::config::singular;
/// assert_eq!(singular("tags"), "tag");
/// assert_eq!(singular("categories"), "category");
/// assert_eq!(singular("audience"), "audience");
/// assert_eq!(singular("access"), "access");
/// ```
pub fn singular(name: &str) -> String {
    if let Some(stem) = name.strip_suffix("ies").filter(|s| !s.is_empty()) {
        format!("{stem}y")
    } else if name.ends_with('s') && !name.ends_with("ss") && name.len() > 1 {
        name[..name.len() - 1].to_string()
    } else {
        name.to_string()
    }
}

/// The taxonomies of site.yaml, checked: names are lower-case words
/// (`a`–`z`, digits, `_`), each declared once.
fn taxonomies(raw: Option<Vec<Spanned<RawTaxonomy>>>, problems: &mut Vec<Diagnostic>) -> Vec<Taxonomy> {
    let Some(raw) = raw else {
        return vec![Taxonomy {
            name: "tags".into(),
            singular: "tag".into(),
            paginate_by: None,
        }];
    };
    let mut out: Vec<Taxonomy> = Vec::new();
    for entry in raw {
        let (line, column) = (entry.referenced.line() as usize, entry.referenced.column() as usize);
        let (name, singular_name, paginate_by) = match entry.value {
            RawTaxonomy::Name(n) => (n, None, None),
            RawTaxonomy::Full(o) => (o.name, o.singular, o.paginate_by),
        };
        let word = |w: &str| {
            w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        let problem = |message: String, hint: &str| {
            Diagnostic::error(PathBuf::from(FILE), message)
                .at(line, Some(column))
                .hint(hint)
        };
        if !word(&name) || singular_name.as_deref().is_some_and(|s| !word(s)) {
            problems.push(problem(
                format!("`{}` is not a taxonomy name", name.escape_debug()),
                "name a taxonomy with a lower-case word (a–z, digits, `_`), e.g. `tags` or `audiences`; its title and its terms' labels come from the Fluent files",
            ));
            continue;
        }
        if out.iter().any(|t| t.name == name) {
            problems.push(problem(
                format!("the taxonomy `{name}` is declared twice"),
                "list each taxonomy once",
            ));
            continue;
        }
        let paginate_by = match paginate_by.map(std::num::NonZeroUsize::new) {
            Some(None) => {
                problems.push(problem(
                    format!("`paginate_by: 0` for the taxonomy `{name}`"),
                    "write how many pages one page of a term's listing shows (1 or more), or leave it out",
                ));
                None
            }
            Some(n) => n,
            None => None,
        };
        out.push(Taxonomy {
            singular: singular_name.unwrap_or_else(|| singular(&name)),
            name,
            paginate_by,
        });
    }
    out
}

/// `cms:` in site.yaml: the browser CMS (Sveltia CMS), off unless present.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CmsOptions {
    /// Where the CMS reads and saves content.
    pub backend: CmsBackend,
    /// URL of the CMS script (default: the pinned Sveltia CMS release).
    #[serde(default)]
    pub script: Option<String>,
    /// Stylesheets of the site (paths as for `asset`, e.g. `css/site.css`)
    /// that the CMS preview uses; by default `css/site.css` when the site
    /// or its theme has it.
    #[serde(default)]
    pub preview_styles: Option<Vec<String>>,
}

/// The CMS backend: a Decap/Sveltia backend name and its repository.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CmsBackend {
    /// `github`, `gitlab`, `gitea`, `test-repo`, …
    pub name: String,
    /// `owner/name` of the repository.
    #[serde(default)]
    pub repo: Option<String>,
    /// The branch the CMS saves to.
    #[serde(default)]
    pub branch: Option<String>,
}

fn default_true() -> bool {
    true
}

fn default_theme() -> String {
    "default".to_string()
}

/// A menu entry: a content path, or a path with a Fluent key for its label.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum RawMenuEntry {
    Path(String),
    Labelled { path: String, label: String },
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    name: Option<String>,
    dir: Option<Direction>,
    locale: Option<String>,
    #[serde(default)]
    fallback: Vec<String>,
    title: Option<String>,
    #[serde(default)]
    menus: IndexMap<String, Vec<Spanned<RawMenuEntry>>>,
}

pub use crate::i18n::locale::Direction;

/// What raw HTML inside Markdown becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum HtmlMode {
    /// Kept, but cleaned to a safe subset.
    #[default]
    Sanitize,
    /// Kept as written (trusted authors only).
    Allow,
    /// Shown as text.
    Escape,
}

/// Markdown options (`markdown:` in site.yaml).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MarkdownOptions {
    /// Typographic quotes, dashes and ellipses, per language.
    pub smart_punctuation: bool,
    /// What raw HTML in Markdown becomes.
    pub html: HtmlMode,
    /// A page with at least this many headings gets a table of contents
    /// (`page.show_toc`), unless its front matter says `toc: false`.
    pub toc_min_headings: usize,
    /// Colour fenced code blocks that name a language (CSS classes only;
    /// the theme's stylesheet picks the colours).
    pub highlight: bool,
}

impl Default for MarkdownOptions {
    fn default() -> Self {
        MarkdownOptions {
            smart_punctuation: true,
            html: HtmlMode::Sanitize,
            toc_min_headings: 4,
            highlight: true,
        }
    }
}

/// Responsive images (`images:` in site.yaml): the widths every raster
/// image a page uses is published at, the encoders' quality, the `sizes`
/// attribute, and whether personal metadata is removed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImageOptions {
    /// Widths in pixels of the derivatives (never wider than the original).
    pub widths: Vec<u32>,
    /// JPEG and WebP quality, 1–100.
    pub quality: u8,
    /// The `sizes` attribute: how wide the image is shown, so the browser
    /// picks a width from `srcset`.
    pub sizes: String,
    /// Publish originals with their metadata as they are (GPS position,
    /// camera serial): off by default, the privacy promise.
    pub keep_metadata: bool,
}

impl Default for ImageOptions {
    fn default() -> Self {
        ImageOptions {
            widths: vec![480, 960, 1600],
            quality: 80,
            sizes: "(min-width: 45rem) 42rem, 100vw".into(),
            keep_metadata: false,
        }
    }
}

/// The widest derivative tolk makes (pixels).
pub const MAX_IMAGE_WIDTH: u32 = 8192;

impl ImageOptions {
    /// Problems with the values (widths out of range, quality above 100).
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.widths.is_empty() {
            problems.push("`images.widths` is empty; list at least one width such as [480, 960, 1600]".to_string());
        }
        for w in &self.widths {
            if !(16..=MAX_IMAGE_WIDTH).contains(w) {
                problems.push(format!(
                    "`images.widths` has {w}; widths must be between 16 and {MAX_IMAGE_WIDTH} pixels"
                ));
            }
        }
        if !(1..=100).contains(&self.quality) {
            problems.push(format!(
                "`images.quality` is {}; write a number from 1 to 100 (80 is a good default)",
                self.quality
            ));
        }
        if self.sizes.trim().is_empty() || self.sizes.contains(['"', '<', '>']) {
            problems.push(
                "`images.sizes` must be a media condition list such as `(min-width: 45rem) 42rem, 100vw`".to_string(),
            );
        }
        problems
    }
}

/// Output options (`output:` in site.yaml).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutputOptions {
    /// Where `tolk build` writes, relative to the site root.
    pub dir: PathBuf,
    /// Internal links end in `index.html`, so the site also works when
    /// opened from disk (file://). Set to false for `…/page/` links.
    pub explicit_index: bool,
    /// Also write a `_redirects` file (Netlify, Cloudflare Pages and others)
    /// with a 301 for every alias, besides the redirect pages.
    pub redirects_file: bool,
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            dir: PathBuf::from("public"),
            explicit_index: true,
            redirects_file: false,
        }
    }
}

/// What happens to a page that is missing in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MissingPages {
    /// Publish the original at the language's URL, with a notice.
    #[default]
    Original,
    /// Publish nothing; the switcher points to the language's home.
    Skip,
}

/// Localisation options (`i18n:` in site.yaml).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct I18nOptions {
    /// Missing UI strings are errors, not warnings.
    pub strict: bool,
    /// What to publish for pages missing in a language.
    pub missing_pages: MissingPages,
    /// What menus do with an entry that has no page in the reader's
    /// language.
    pub menu_fallbacks: MenuFallbacks,
    /// The share of a page's messages (whole percent) its language's
    /// catalogue (`po/<lang>.po`) must translate for the page to be made
    /// from it; a page translated less falls back like a missing page.
    pub po_threshold: u8,
}

impl Default for I18nOptions {
    fn default() -> Self {
        I18nOptions {
            strict: false,
            missing_pages: MissingPages::default(),
            menu_fallbacks: MenuFallbacks::default(),
            po_threshold: 50,
        }
    }
}

/// A menu entry whose page is missing in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MenuFallbacks {
    /// Listed, linking to the page shown in another language, and marked
    /// with that language (`lang`).
    #[default]
    Mark,
    /// Left out of the menu.
    Hide,
}

/// One configured language.
#[derive(Debug, Clone)]
pub struct Language {
    /// The language: BCP 47 code (also the content folder name: `sv`,
    /// `en`, `ar`), formatting locale and writing direction.
    pub lang: Lang,
    /// The language's name in itself (`Svenska`, `العربية`).
    pub name: String,
    /// Languages to take pages and UI strings from when missing, in order;
    /// always ends with the default language.
    pub fallback: Vec<Lang>,
    /// Site title in this language, if it differs.
    pub title: Option<String>,
    /// Menus this language lists differently (`languages.<code>.menus`),
    /// replacing the site's menu of the same name.
    pub menus: IndexMap<String, Vec<MenuEntry>>,
}

/// A menu entry: a language-independent content path.
#[derive(Debug, Clone)]
pub struct MenuEntry {
    /// As written in site.yaml (`about`, `calendar`, `@/contact.md`).
    pub path: Located<String>,
    /// A Fluent message for the label; without it the label is the page's
    /// title in the reader's language.
    pub label: Option<String>,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The site root (folder of site.yaml).
    pub root: PathBuf,
    /// Site title.
    pub title: String,
    /// Site description (default meta description).
    pub description: String,
    /// Absolute base URL, always ending in `/`.
    pub base_url: String,
    /// The source language.
    pub default_language: Lang,
    /// Languages in the order written.
    pub languages: Vec<Language>,
    /// Theme folder name under `themes/`.
    pub theme: String,
    /// Menus by name.
    pub menus: IndexMap<String, Vec<MenuEntry>>,
    /// Markdown options.
    pub markdown: MarkdownOptions,
    /// Output options.
    pub output: OutputOptions,
    /// Localisation options.
    pub i18n: I18nOptions,
    /// Free data for themes.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Build a search index per language (`search:` in site.yaml, on by
    /// default; `tolk build --no-search` turns it off for one build).
    pub search: bool,
    /// The browser CMS (`cms:`), `None` when off.
    pub cms: Option<CmsOptions>,
    /// "Edit this page" link (`edit_url:`), an https URL with `{path}`
    /// where the page's source file goes (`content/sv/about.md`).
    pub edit_url: Option<String>,
    /// The taxonomies pages may use (`taxonomies:`, `[tags]` by default).
    pub taxonomies: Vec<Taxonomy>,
    /// Responsive images (`images:`).
    pub images: ImageOptions,
}

/// The configuration file's name.
pub const FILE: &str = "site.yaml";

impl Config {
    /// Reads and validates `root/site.yaml`.
    ///
    /// # Errors
    /// I/O errors and every problem in the file, located.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(FILE);
        if std::fs::symlink_metadata(&path).is_err() {
            return Err(Error::Usage(format!(
                "no {FILE} in {}: run tolk in a site's folder, pass --root DIR, or create a site with `tolk init DIR`",
                root.display()
            )));
        }
        let text = crate::fs::SiteRoot::new(root)?.read_text(&path)?;
        Config::parse(&text, root)
    }

    /// Validates the text of site.yaml (pure).
    ///
    /// # Errors
    /// Every problem found, located in site.yaml.
    pub fn parse(text: &str, root: &Path) -> Result<Config> {
        let file = Path::new(FILE);
        let text = crate::fs::strip_bom(text);
        let raw: RawConfig = parse_yaml(text, 1, file, KEYS).map_err(|d| Error::build(vec![d]))?;
        let mut problems = Vec::new();
        let at = |s: &Spanned<String>| (s.referenced.line() as usize, s.referenced.column() as usize);
        let base_url = normalise_base_url(&raw.base_url.value).unwrap_or_else(|hint| {
            let (l, c) = at(&raw.base_url);
            problems.push(
                Diagnostic::error(
                    file.to_path_buf(),
                    format!(
                        "`{}` is not a usable base_url: {}",
                        crate::url::shown(&raw.base_url.value),
                        hint.split_once("; ").map_or(hint.as_str(), |(why, _)| why)
                    ),
                )
                .at(l, Some(c))
                .hint(hint.split_once("; ").map_or(hint.as_str(), |(_, how)| how)),
            );
            String::from("https://example.org/")
        });
        let codes: Vec<&str> = raw.languages.keys().map(String::as_str).collect();
        if !codes.contains(&raw.default_language.value.as_str()) {
            let (l, c) = at(&raw.default_language);
            problems.push(
                Diagnostic::error(
                    file.to_path_buf(),
                    format!(
                        "the default language `{}` is not listed under `languages`",
                        raw.default_language.value
                    ),
                )
                .at(l, Some(c))
                .hint(format!(
                    "add it under `languages:` or choose one of: {}",
                    codes.join(", ")
                )),
            );
        }
        let mut langs: IndexMap<&str, Lang> = IndexMap::new();
        for (code, lang) in &raw.languages {
            let pos = (lang.referenced.line() as usize, lang.referenced.column() as usize);
            if !valid_language_code(code) {
                problems.push(Diagnostic::error(file.to_path_buf(), format!("`{code}` is not a language code")).at(pos.0, Some(pos.1)).hint("use a BCP 47 code such as sv, en, ru, ar or pt-BR; it is also the name of the content folder"));
                continue;
            }
            match Lang::new(code, lang.value.locale.as_deref(), lang.value.dir) {
                Ok(l) => {
                    langs.insert(code, l);
                }
                Err(why) => problems.push(
                    Diagnostic::error(file.to_path_buf(), format!("the language `{code}` has a `locale` that is not usable: {why}"))
                        .at(pos.0, Some(pos.1))
                        .hint("write a BCP 47 locale such as en-GB, pt-BR or ar-EG; it sets how dates, numbers and lists of this language are written"),
                ),
            }
        }
        let mut languages = Vec::new();
        for (code, lang) in &raw.languages {
            let pos = (lang.referenced.line() as usize, lang.referenced.column() as usize);
            for f in &lang.value.fallback {
                if !codes.contains(&f.as_str()) {
                    problems.push(
                        Diagnostic::error(
                            file.to_path_buf(),
                            format!("language `{code}` falls back to `{f}`, which is not configured"),
                        )
                        .at(pos.0, Some(pos.1))
                        .hint(format!("use configured languages only: {}", codes.join(", "))),
                    );
                }
            }
            if let (Some(l), Some(default)) = (langs.get(code.as_str()), langs.get(raw.default_language.value.as_str()))
            {
                languages.push(language(l, &lang.value, default, &langs));
            }
        }
        let menus = menu_entries(raw.menus);
        for (code, lang) in &raw.languages {
            for name in lang.value.menus.keys().filter(|n| !menus.contains_key(*n)) {
                let pos = (lang.referenced.line() as usize, lang.referenced.column() as usize);
                let known: Vec<&str> = menus.keys().map(String::as_str).collect();
                problems.push(
                    Diagnostic::error(
                        file.to_path_buf(),
                        format!("the language `{code}` lists a menu `{name}` that the site does not have"),
                    )
                    .at(pos.0, Some(pos.1))
                    .hint(if known.is_empty() {
                        format!("define `menus: {name}: […]` at the top of site.yaml first; a language's menus only replace the site's menus of the same name")
                    } else {
                        format!("a language's menus replace the site's menus of the same name: {}", known.join(", "))
                    }),
                );
            }
        }
        let taxonomies = taxonomies(raw.taxonomies, &mut problems);
        problems.extend(menu_address_problems(&menus));
        for l in &languages {
            problems.extend(menu_address_problems(&l.menus));
        }
        if !problems.is_empty() {
            return Err(Error::build(problems));
        }
        if let Some(edit) = &raw.edit_url {
            let v = &edit.value;
            let ok = v.starts_with("https://")
                && v.contains("{path}")
                && !v
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\'' | '`'));
            if !ok {
                let (l, c) = at(edit);
                problems.push(
                    Diagnostic::error(
                        file.to_path_buf(),
                        format!("`edit_url: {}` is not a usable edit link", crate::url::shown(v)),
                    )
                    .at(l, Some(c))
                    .hint("write an https:// address with {path} where the file goes, e.g. https://github.com/owner/site/edit/main/{path}"),
                );
                return Err(Error::build(problems));
            }
        }
        if raw.i18n.po_threshold > 100 {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("po_threshold:"))
                .map_or(1, |i| i + 1);
            problems.push(
                Diagnostic::error(
                    file.to_path_buf(),
                    format!("`po_threshold: {}` is more than 100 %", raw.i18n.po_threshold),
                )
                .at(line, None)
                .hint("write the share of a page's messages that must be translated, 0 to 100 (e.g. 50)"),
            );
            return Err(Error::build(problems));
        }
        if let Some(images) = &raw.images {
            let (l, c) = (images.referenced.line() as usize, images.referenced.column() as usize);
            let found = images.value.problems();
            if !found.is_empty() {
                problems.extend(found.into_iter().map(|m| {
                    Diagnostic::error(file.to_path_buf(), m)
                        .at(l, Some(c))
                        .hint("see `images:` in the README's site.yaml reference; remove the key to use the defaults")
                }));
                return Err(Error::build(problems));
            }
        }
        let Some(default_language) = langs.get(raw.default_language.value.as_str()).cloned() else {
            return Err(Error::build(problems));
        };
        Ok(Config {
            root: root.to_path_buf(),
            title: raw.title,
            description: raw.description,
            base_url,
            default_language,
            languages,
            theme: raw.theme,
            menus,
            markdown: raw.markdown,
            output: raw.output,
            i18n: raw.i18n,
            extra: raw.extra,
            search: raw.search,
            cms: raw.cms,
            edit_url: raw.edit_url.map(|e| e.value),
            taxonomies,
            images: raw.images.map(|i| i.value).unwrap_or_default(),
        })
    }

    /// The configured language with this code.
    pub fn language(&self, code: impl AsRef<str>) -> Option<&Language> {
        let code = code.as_ref();
        self.languages.iter().find(|l| l.lang == code)
    }

    /// The menus as `lang` shows them: the site's menus, each replaced by
    /// the language's own when it has one (`languages.<code>.menus`).
    pub fn menus_for(&self, lang: &Lang) -> IndexMap<&str, &[MenuEntry]> {
        let own = self.language(lang).map(|l| &l.menus);
        self.menus
            .iter()
            .map(|(name, entries)| {
                let entries = own.and_then(|m| m.get(name)).unwrap_or(entries);
                (name.as_str(), entries.as_slice())
            })
            .collect()
    }

    /// Every menu entry written in site.yaml (the site's and every
    /// language's), with its menu's name.
    pub fn menu_entries(&self) -> impl Iterator<Item = (&str, &MenuEntry)> {
        self.menus
            .iter()
            .chain(self.languages.iter().flat_map(|l| l.menus.iter()))
            .flat_map(|(name, entries)| entries.iter().map(move |e| (name.as_str(), e)))
    }

    /// The declared taxonomy of this name.
    pub fn taxonomy(&self, name: &str) -> Option<&Taxonomy> {
        self.taxonomies.iter().find(|t| t.name == name)
    }

    /// The configured [`Lang`] with this code (the only way from a code
    /// written somewhere to a language).
    pub fn lang(&self, code: &str) -> Option<&Lang> {
        self.language(code).map(|l| &l.lang)
    }
}

/// Menu entries are pages of the site: an address with a scheme or `//`
/// (`javascript:…`, `https://…`) is refused with the URL allowlist's reason.
fn menu_address_problems(menus: &IndexMap<String, Vec<MenuEntry>>) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (name, entries) in menus {
        for entry in entries {
            let value = &entry.path.value;
            let why = match crate::url::check(value) {
                Err(refusal) => refusal.reason(),
                Ok(crate::url::Reference::Absolute) => "leads to another site or program".to_string(),
                Ok(crate::url::Reference::Relative) => continue,
            };
            problems.push(
                Diagnostic::error(
                    PathBuf::from(FILE),
                    format!("the menu `{name}` lists `{}`: the address {why}", crate::url::shown(value)),
                )
                .at(entry.path.pos.line, Some(entry.path.pos.column))
                .hint("menus list pages of this site: content paths without the language folder, e.g. `about` or `calendar`; link to other sites from a page's text"),
            );
        }
    }
    problems
}

/// Menu entries as written, with their positions.
fn menu_entries(raw: IndexMap<String, Vec<Spanned<RawMenuEntry>>>) -> IndexMap<String, Vec<MenuEntry>> {
    raw.into_iter()
        .map(|(name, entries)| {
            let entries = entries
                .into_iter()
                .map(|e| {
                    let pos = crate::yaml::Pos {
                        line: e.referenced.line() as usize,
                        column: e.referenced.column() as usize,
                    };
                    let (value, label) = match e.value {
                        RawMenuEntry::Path(p) => (p, None),
                        RawMenuEntry::Labelled { path, label } => (path, Some(label)),
                    };
                    MenuEntry {
                        path: Located { pos, value },
                        label,
                    }
                })
                .collect();
            (name, entries)
        })
        .collect()
}

fn language(lang: &Lang, raw: &RawLanguage, default: &Lang, langs: &IndexMap<&str, Lang>) -> Language {
    let mut fallback: Vec<Lang> = raw
        .fallback
        .iter()
        .filter(|f| *f != lang.code())
        .filter_map(|f| langs.get(f.as_str()).cloned())
        .collect();
    if lang != default && !fallback.contains(default) {
        fallback.push(default.clone());
    }
    let name = raw
        .name
        .clone()
        .or_else(|| {
            let tag: icu::locale::Locale = lang.code().parse().ok()?;
            crate::i18n::locale::native_name(&tag)
        })
        .unwrap_or_else(|| lang.code().to_string());
    Language {
        lang: lang.clone(),
        name,
        fallback,
        title: raw.title.clone(),
        menus: menu_entries(raw.menus.clone()),
    }
}

/// A language code is letters, digits and hyphens, starting with a letter.
fn valid_language_code(code: &str) -> bool {
    code.parse::<unic_langid::LanguageIdentifier>().is_ok()
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Checks that a base URL is a clean absolute http(s) address — scheme,
/// host (and port), path; no control characters or spaces anywhere, no user
/// name, query or fragment — and writes it with a lower-case scheme and
/// host, ending with `/`. It is written into every `.ics`, feed, sitemap
/// and robots.txt, so nothing in it may break those formats.
///
/// ```
/// # use tolk::config::normalise_base_url;
/// assert_eq!(normalise_base_url("https://example.org/atgard31").unwrap(), "https://example.org/atgard31/");
/// assert_eq!(normalise_base_url("HTTP://Example.ORG:8080").unwrap(), "http://example.org:8080/");
/// assert!(normalise_base_url("example.org").is_err());
/// assert!(normalise_base_url("https://example.org/\r\nX-Injected: 1").is_err());
/// ```
///
/// # Errors
/// What is wrong and what a base URL must look like.
pub fn normalise_base_url(url: &str) -> std::result::Result<String, String> {
    let shape = "write the full address where the site will be published, e.g. https://example.org/ or https://example.org/atgard31/";
    if let Some(c) = url.chars().find(|c| c.is_control()) {
        return Err(format!(
            "it contains the control character {c:?} (a line break or tab?); {shape}"
        ));
    }
    if url.chars().any(char::is_whitespace) {
        return Err(format!("it contains a space; {shape}"));
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(format!("it does not start with https:// or http://; {shape}"));
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(format!("it does not start with https:// or http://; {shape}"));
    }
    if rest.contains(['?', '#']) {
        return Err(format!("it has a query (?…) or fragment (#…); {shape}"));
    }
    if rest.contains('\\') {
        return Err(format!("it contains a backslash; {shape}"));
    }
    let (authority, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
    if authority.contains('@') {
        return Err(format!("it has a user name (…@) before the host; {shape}"));
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((addr, port))
                if !addr.is_empty() && addr.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') =>
            {
                (&authority[..addr.len() + 2], port)
            }
            _ => return Err(format!("its IPv6 host is not valid; {shape}")),
        },
        None => authority.find(':').map_or((authority, ""), |i| authority.split_at(i)),
    };
    let name = host.strip_suffix('.').unwrap_or(host);
    let host_ok = host.starts_with('[')
        || !name.is_empty()
            && name
                .split('.')
                .all(|label| !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-'));
    if !host_ok {
        return Err(format!("it has no valid host name; {shape}"));
    }
    if !port.is_empty() {
        let digits = port.strip_prefix(':').unwrap_or("x");
        if digits.parse::<u16>().map_or(true, |p| p == 0) || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("its port `{digits}` is not a number from 1 to 65535; {shape}"));
        }
    }
    if let Some(c) = path.chars().find(|c| "\"<>^`{|}".contains(*c)) {
        return Err(format!(
            "its path contains `{c}`, which must be percent-encoded; {shape}"
        ));
    }
    let bytes = path.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'%'
            && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
        {
            return Err(format!(
                "its path has a `%` that is not followed by two hexadecimal digits; {shape}"
            ));
        }
    }
    let path = if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    };
    Ok(format!("{scheme}://{}{port}{path}", host.to_lowercase()))
}
