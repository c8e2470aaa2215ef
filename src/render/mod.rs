//! Rendering: every published item through Markdown and its Tera template,
//! plus the root language chooser, the 404 page, alias redirects and static
//! files, into an in-memory list of [`OutputFile`]s. No disk writes here.

pub mod context;
pub mod events;
pub mod feeds;
pub mod templates;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::content::markdown::{self, LinkResolver};
use crate::content::{Kind, relative_to, walk};
use crate::error::{Diagnostic, Diagnostics, Result};
use crate::i18n::Catalog;
use crate::i18n::catalog::check_keys;
use crate::output::{Data, OutputFile, Sink};
use crate::site::urls::relative;
use crate::site::{Item, Site};
use context::{LangView, Views};
use templates::{DIR_VAR, LANG_VAR, Shared, Sources, template_diagnostic};

/// Options for rendering.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions<'a> {
    /// "Now", for upcoming and past events.
    pub now: jiff::Timestamp,
    /// Missing UI strings are errors.
    pub strict: bool,
    /// Render only the items showing these pages (indices into
    /// `Site::pages`), plus the files that contain page text (event
    /// calendars and feeds): enough after an edit that changed nothing but
    /// the text of those pages. `None` renders everything.
    pub only: Option<&'a std::collections::HashSet<usize>>,
}

/// What rendering produced besides the files it handed to the sink.
#[derive(Debug)]
pub struct Rendered {
    /// Warnings (the build succeeded).
    pub warnings: Vec<Diagnostic>,
    /// Number of HTML pages rendered from content.
    pub pages: usize,
}

/// Renders the whole site, handing every file to `sink` as soon as it is
/// ready (so a large site is never held in memory at once).
///
/// # Errors
/// Every template, link and UI string problem, together, and two sources
/// claiming one output path. The sink may then hold a partial site.
pub fn render(
    site: Arc<Site>,
    catalog: Arc<Catalog>,
    theme_dir: &Path,
    options: RenderOptions<'_>,
    sink: &dyn Sink,
) -> Result<Rendered> {
    let root = site.config.root.clone();
    let sources = Sources::load(&root, theme_dir)?;
    let mut diagnostics = Diagnostics::default();
    diagnostics.extend(check_keys(&catalog, &site.config, &sources.key_uses(), options.strict));
    let static_files = match static_files(&root, theme_dir) {
        Ok(files) => files,
        Err(crate::error::Error::Build(d)) => {
            diagnostics.extend(d);
            Vec::new()
        }
        Err(e) => return Err(e),
    };
    let titles = site_titles(&site, &catalog);
    let labels = menu_labels(&site, &catalog);
    let web_links = context::web_links(&site);
    diagnostics.extend(menu_label_problems(&site, &catalog, options.strict));
    let shared = Arc::new(Shared {
        site: site.clone(),
        catalog,
        static_files: static_files.iter().map(|f| f.path.clone()).collect(),
    });
    let tera = match templates::compile(&sources, shared) {
        Ok(tera) => tera,
        Err(crate::error::Error::Build(d)) => {
            // No page can be rendered, but their links can still be checked,
            // so the build reports every problem at once.
            diagnostics.extend(d);
            diagnostics.extend(link_problems(&site));
            return Err(crate::error::Error::build(diagnostics.into_vec()));
        }
        Err(e) => return Err(e),
    };
    let renderer = Renderer {
        site: &site,
        tera: &tera,
        sources: &sources,
        now: options.now,
        titles: &titles,
        labels: &labels,
        web_links: &web_links,
    };
    let results: Vec<PageResult<Claim>> = site
        .items
        .par_iter()
        .filter(|item| options.only.is_none_or(|only| only.contains(&item.page)))
        .map(|item| {
            let (file, warnings) = renderer.item(item)?;
            let entry = (file.path.clone(), file.source.clone());
            sink.put(file).map_err(|e| match e {
                crate::error::Error::Build(d) => d,
                e => vec![Diagnostic::error(None, e.to_string())],
            })?;
            Ok((entry, warnings))
        })
        .collect();
    let mut paths = Vec::with_capacity(results.len() + static_files.len() + 2);
    for r in results {
        match r {
            Ok((entry, warnings)) => {
                paths.push(entry);
                diagnostics.extend(warnings);
            }
            Err(problems) => diagnostics.extend(problems),
        }
    }
    let pages = paths.len();
    if options.only.is_some() {
        let mut files = events::files(&site);
        files.extend(feeds::atom_feeds(&site));
        let warnings = diagnostics.finish()?;
        files.into_par_iter().try_for_each(|f| sink.put(f))?;
        return Ok(Rendered { warnings, pages });
    }
    let mut files = Vec::new();
    for (template, path) in [("root.html", "index.html"), ("404.html", "404.html")] {
        if sources.templates.contains_key(template) {
            match renderer.root_page(template) {
                Ok(html) => files.push(OutputFile {
                    path: path.into(),
                    data: Data::Bytes(html.into_bytes()),
                    source: Some(sources.file_of(template)),
                }),
                Err(d) => diagnostics.push(d),
            }
        }
    }
    files.extend(renderer.aliases());
    files.extend(redirects_file(&site));
    files.extend(events::files(&site));
    files.extend(contact_cards(&site));
    files.push(feeds::sitemap(&site));
    files.push(feeds::robots(&site));
    files.extend(feeds::atom_feeds(&site));
    files.extend(static_files);
    files.extend(content_assets(&site));
    let warnings = diagnostics.finish()?;
    paths.extend(files.iter().map(|f| (f.path.clone(), f.source.clone())));
    crate::output::check_collisions(&mut paths)?;
    files.into_par_iter().try_for_each(|f| sink.put(f))?;
    Ok(Rendered { warnings, pages })
}

/// The problems in every page's Markdown (broken `@/` links, anchors),
/// found without templates.
fn link_problems(site: &Site) -> Vec<Diagnostic> {
    site.items
        .par_iter()
        .filter(|item| !item.is_fallback)
        .flat_map_iter(|item| {
            let page = &site.pages[item.page];
            let input = markdown::Input {
                body: &page.body,
                body_line: page.body_line,
                file: &page.file,
                lang: &page.lang,
            };
            markdown::render(&input, &site.config.markdown, &Resolver { site, item }).problems
        })
        .collect()
}

/// One page's outcome: what it produced with its warnings, or every
/// problem when one is an error.
type PageResult<T> = std::result::Result<(T, Vec<Diagnostic>), Vec<Diagnostic>>;

/// An output path and the source that claims it (for collision checks).
type Claim = (String, Option<PathBuf>);

struct Renderer<'a> {
    site: &'a Site,
    tera: &'a Tera,
    sources: &'a Sources,
    now: jiff::Timestamp,
    /// The site's title per language.
    titles: &'a std::collections::HashMap<String, String>,
    /// Menu labels from Fluent, per language, by message key.
    labels: &'a std::collections::HashMap<String, std::collections::HashMap<String, String>>,
    /// Web-calendar links of every event item, computed once.
    web_links: &'a context::WebLinks,
}

/// Menu labels that name Fluent messages are checked like keys in templates,
/// located in site.yaml.
fn menu_label_problems(site: &Site, catalog: &Catalog, strict: bool) -> Vec<Diagnostic> {
    let uses: Vec<crate::i18n::catalog::KeyUse> = site
        .config
        .menus
        .values()
        .flatten()
        .filter_map(|e| {
            e.label.as_ref().map(|k| crate::i18n::catalog::KeyUse {
                key: k.clone(),
                file: PathBuf::from(crate::config::FILE),
                line: e.path.pos.line,
            })
        })
        .collect();
    check_keys(catalog, &site.config, &uses, strict)
}

/// Labels of menu entries that name a Fluent message, in every language.
fn menu_labels(
    site: &Site,
    catalog: &Catalog,
) -> std::collections::HashMap<String, std::collections::HashMap<String, String>> {
    let keys: Vec<&String> = site
        .config
        .menus
        .values()
        .flatten()
        .filter_map(|e| e.label.as_ref())
        .collect();
    site.config
        .languages
        .iter()
        .map(|l| {
            let labels = keys
                .iter()
                .filter_map(|k| {
                    catalog
                        .format(&l.code, k, None)
                        .map(|t| ((*k).clone(), t.replace(['\u{2068}', '\u{2069}'], "")))
                })
                .collect();
            (l.code.clone(), labels)
        })
        .collect()
}

/// The site's title in every language: the language's own Fluent message
/// `site-title`, else `languages.<code>.title` in site.yaml, else `title`.
fn site_titles(site: &Site, catalog: &Catalog) -> std::collections::HashMap<String, String> {
    let config = &site.config;
    config
        .languages
        .iter()
        .map(|l| {
            let fluent = catalog
                .has(&l.code, "site-title")
                .then(|| catalog.format(&l.code, "site-title", None))
                .flatten();
            let title = fluent
                .or_else(|| l.title.clone())
                .unwrap_or_else(|| config.title.clone());
            (l.code.clone(), title.replace(['\u{2068}', '\u{2069}'], ""))
        })
        .collect()
}

struct Resolver<'a> {
    site: &'a Site,
    item: &'a Item,
}

impl LinkResolver for Resolver<'_> {
    fn asset(&self, relative_path: &str) -> Option<String> {
        let page = &self.site.pages[self.item.page];
        let (path, rest) = relative_path
            .find(['#', '?'])
            .map_or((relative_path, ""), |i| relative_path.split_at(i));
        let key = crate::site::urls::join(page.dir(), path)?;
        let target = self.site.asset_for(&self.item.lang, &key)?;
        Some(format!("{}{rest}", relative(&self.item.path, &target, false)))
    }

    fn resolve(&self, path: &str) -> Option<String> {
        let (path, fragment) = path.split_once('#').map_or((path, None), |(p, f)| (p, Some(f)));
        let key = self
            .site
            .resolve_key(path)
            .filter(|k| k.ends_with(".md") && (path.ends_with(".md") || !path.contains('.')))?;
        let target = self.site.link_target(&self.item.lang, &key)?;
        let mut url = relative(&self.item.path, &target.path, self.site.config.output.explicit_index);
        if let Some(f) = fragment {
            url.push('#');
            url.push_str(f);
        }
        Some(url)
    }
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: &'a str,
    base_url: &'a str,
    languages: Vec<LanguageLink<'a>>,
    menus: indexmap::IndexMap<&'a str, Vec<context::MenuItemView<'a>>>,
    /// Atom feeds of this language (`title`, `url`), for `rel="alternate"` links.
    feeds: Vec<FeedLink<'a>>,
}

#[derive(Serialize)]
struct FeedLink<'a> {
    title: &'a str,
    url: String,
}

#[derive(Serialize)]
struct LanguageLink<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    url: String,
    title: &'a str,
    current: bool,
}

#[derive(Serialize)]
struct CalendarView<'a> {
    /// Link to the calendar section (`calendar/_index.md`), if the site has one.
    url: Option<String>,
    /// Link to this language's iCalendar feed, when it has events.
    feed: Option<String>,
    upcoming: Vec<context::Summary<'a>>,
    past: Vec<context::Summary<'a>>,
    /// `upcoming` grouped by month.
    upcoming_months: Vec<context::MonthGroup<'a>>,
    /// `past` grouped by month.
    past_months: Vec<context::MonthGroup<'a>>,
}

impl<'a> Renderer<'a> {
    fn template_for(&self, item: &Item) -> std::result::Result<String, Diagnostic> {
        let page = &self.site.pages[item.page];
        let from_section = || {
            page.parent_key()
                .and_then(|k| {
                    self.site
                        .page_in(&page.lang, &k)
                        .or_else(|| self.site.page_in(&self.site.config.default_language, &k))
                })
                .and_then(|s| s.page_template.clone())
        };
        let wanted = match page.kind {
            Kind::Page => page
                .template
                .clone()
                .or_else(from_section)
                .unwrap_or_else(|| "page.html".into()),
            Kind::Section => page.template.clone().unwrap_or_else(|| "section.html".into()),
            Kind::Home => page.template.clone().unwrap_or_else(|| {
                if self.sources.templates.contains_key("home.html") {
                    "home.html".into()
                } else {
                    "section.html".into()
                }
            }),
        };
        if self.sources.templates.contains_key(&wanted) {
            return Ok(wanted);
        }
        let available: Vec<&str> = self.sources.templates.keys().map(String::as_str).collect();
        Err(
            Diagnostic::error(page.file.clone(), format!("the template `{wanted}` does not exist"))
                .kind("template")
                .at(1, None)
                .hint(format!(
                    "create templates/{wanted}, or use one of: {}",
                    available.join(", ")
                )),
        )
    }

    fn site_view(&self, views: &Views<'a>, lang: &'a str) -> SiteView<'a> {
        let config = &self.site.config;
        SiteView {
            title: self.titles.get(lang).map_or(&config.title, String::as_str),
            description: &config.description,
            base_url: &config.base_url,
            languages: self.language_links(&views.item.path, lang),
            menus: views.menus(),
            feeds: feeds::feed_sections(self.site, lang)
                .map(|s| FeedLink {
                    title: &self.site.pages[s.page].title,
                    url: views.link_file(&format!("{}{}", s.path, feeds::ATOM_FILE)),
                })
                .collect(),
        }
    }

    fn language_links(&self, from: &str, current: &str) -> Vec<LanguageLink<'a>> {
        let config = &self.site.config;
        config
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: &l.code,
                name: &l.name,
                dir: l.dir.as_str(),
                url: relative(from, &format!("{}/", l.code), config.output.explicit_index),
                title: self.titles.get(&l.code).map_or(&config.title, String::as_str),
                current: l.code == current,
            })
            .collect()
    }

    fn base_context(&self, lang: &str, dir: &str) -> Context {
        let mut ctx = Context::new();
        let config = &self.site.config;
        let l = config.language(lang).or(config.languages.first());
        if let Some(l) = l {
            ctx.insert(
                "lang",
                &LangView {
                    code: &l.code,
                    name: &l.name,
                    dir: l.dir.as_str(),
                },
            );
        }
        ctx.insert(
            "config",
            &serde_json::json!({
                "base_url": config.base_url,
                "default_language": config.default_language,
                "title": config.title,
                "extra": config.extra,
            }),
        );
        ctx.insert("root", &"../".repeat(dir.matches('/').count()));
        ctx.insert("now", &self.now.to_string());
        ctx.insert(LANG_VAR, lang);
        ctx.insert(DIR_VAR, dir);
        ctx
    }

    /// Renders one page: its file and the warnings found on the way, or
    /// every problem when one of them is an error.
    fn item(&self, item: &'a Item) -> PageResult<OutputFile> {
        let site = self.site;
        let page = &site.pages[item.page];
        let input = markdown::Input {
            body: &page.body,
            body_line: page.body_line,
            file: &page.file,
            lang: &page.lang,
        };
        let md = markdown::render(&input, &site.config.markdown, &Resolver { site, item });
        // Broken links are reported once, for the page's own language.
        let mut problems: Vec<Diagnostic> = if item.is_fallback { Vec::new() } else { md.problems };
        let template = self.template_for(item).map_err(|d| vec![d]);
        let template = match template {
            Ok(t) => t,
            Err(mut d) => {
                problems.append(&mut d);
                return Err(problems);
            }
        };
        let views = Views {
            site,
            item,
            now: self.now,
            labels: &self.labels[&item.lang],
            web_links: self.web_links,
        };
        let mut ctx = self.base_context(&item.lang, &item.path);
        let view = views.page(md.html, md.toc);
        if page.kind != Kind::Page {
            ctx.insert("section", &view);
        }
        ctx.insert("page", &view);
        ctx.insert("site", &self.site_view(&views, &item.lang));
        let (upcoming, past) = views.calendar();
        let url = site
            .link_target(&item.lang, "calendar/_index.md")
            .map(|t| views.link(&t.path));
        let feed = (!upcoming.is_empty() || !past.is_empty())
            .then(|| views.link_file(&format!("{}/{}", item.lang, events::FEED_FILE)));
        ctx.insert(
            "calendar",
            &CalendarView {
                url,
                feed,
                upcoming_months: context::by_month(&upcoming),
                past_months: context::by_month(&past),
                upcoming,
                past,
            },
        );
        match self.tera.render(&template, &ctx) {
            Ok(html) if !problems.iter().any(Diagnostic::is_error) => Ok((
                OutputFile {
                    path: format!("{}index.html", item.path),
                    data: Data::Bytes(html.into_bytes()),
                    source: Some(page.file.clone()),
                },
                problems,
            )),
            Ok(_) => Err(problems),
            Err(e) => {
                problems.push(self.render_error(&e, &page.file));
                Err(problems)
            }
        }
    }

    fn render_error(&self, e: &tera::Error, file: &Path) -> Diagnostic {
        match template_diagnostic(e, self.sources) {
            Some(mut d) => {
                d.message = format!("{} (while rendering {})", d.message, file.display());
                d
            }
            None => Diagnostic::error(file.to_path_buf(), format!("rendering failed: {e}")),
        }
    }

    fn root_page(&self, template: &str) -> std::result::Result<String, Diagnostic> {
        let config = &self.site.config;
        let mut ctx = self.base_context(&config.default_language, "");
        ctx.insert("languages", &self.language_links("", &config.default_language));
        ctx.insert(
            "site",
            &serde_json::json!({
                "title": config.title,
                "description": config.description,
                "base_url": config.base_url,
                "languages": self.language_links("", &config.default_language),
            }),
        );
        self.tera
            .render(template, &ctx)
            .map_err(|e| self.render_error(&e, Path::new(template)))
    }

    /// Redirect pages for old URLs (`aliases:`).
    fn aliases(&self) -> Vec<OutputFile> {
        let site = self.site;
        site.items
            .iter()
            .filter(|i| !i.is_fallback)
            .flat_map(|item| {
                let page = &site.pages[item.page];
                page.aliases.iter().map(move |alias| {
                    // `old/page.html` is written as that file; other aliases as a folder.
                    let (dir, path) = if is_html_file(&alias.value) {
                        let dir = alias
                            .value
                            .rsplit_once('/')
                            .map_or(String::new(), |(d, _)| format!("{d}/"));
                        (dir, alias.value.clone())
                    } else {
                        (format!("{}/", alias.value), format!("{}/index.html", alias.value))
                    };
                    let to = relative(&dir, &item.path, site.config.output.explicit_index);
                    let canonical = crate::site::urls::permalink(&site.config.base_url, &item.path);
                    let html = redirect_html(&item.lang, &page.title, &to, &canonical);
                    OutputFile {
                        path,
                        data: Data::Bytes(html.into_bytes()),
                        source: Some(page.file.clone()),
                    }
                })
            })
            .collect()
    }
}

/// `_redirects` for hosts that read one: `/old/ /new/ 301` per alias, with
/// paths below the base URL's path.
fn redirects_file(site: &Site) -> Option<OutputFile> {
    if !site.config.output.redirects_file {
        return None;
    }
    let base = site
        .config
        .base_url
        .split("://")
        .nth(1)
        .and_then(|r| r.find('/').map(|i| &r[i..]))
        .unwrap_or("/");
    let mut lines: Vec<String> = site
        .items
        .iter()
        .filter(|i| !i.is_fallback)
        .flat_map(|item| {
            site.pages[item.page].aliases.iter().map(move |a| {
                let slash = if is_html_file(&a.value) { "" } else { "/" };
                format!("{base}{}{slash} {base}{} 301", a.value, item.path)
            })
        })
        .collect();
    lines.sort();
    let text = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
    Some(OutputFile {
        path: "_redirects".into(),
        data: Data::Bytes(text.into_bytes()),
        source: Some(PathBuf::from(crate::config::FILE)),
    })
}

/// An alias naming an HTML file (`old/page.html`) rather than a folder.
fn is_html_file(alias: &str) -> bool {
    let lower = alias.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

fn escape(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    let _ = tera::escape_html(text, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

fn redirect_html(lang: &str, title: &str, to: &str, canonical: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<link rel=\"canonical\" href=\"{canonical}\">\n<meta http-equiv=\"refresh\" content=\"0; url={to}\">\n<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n<p><a href=\"{to}\">{title}</a></p>\n</body>\n</html>\n",
        lang = escape(lang),
        title = escape(title),
        to = escape(to),
        canonical = escape(canonical)
    )
}

/// A vCard for every person on every published contact page.
fn contact_cards(site: &Site) -> Vec<OutputFile> {
    site.items
        .iter()
        .flat_map(|item| {
            let page = &site.pages[item.page];
            let org = site
                .config
                .language(&item.lang)
                .and_then(|l| l.title.as_deref())
                .unwrap_or(&site.config.title);
            page.contacts.iter().map(move |c| OutputFile {
                path: format!("{}{}", item.path, crate::contact::file_name(&c.name)),
                data: Data::Bytes(crate::contact::vcard(c, org, &page.lang).into_bytes()),
                source: Some(page.file.clone()),
            })
        })
        .collect()
}

/// The theme's static files, then the site's, which win on the same path.
fn static_files(root: &Path, theme_dir: &Path) -> Result<Vec<OutputFile>> {
    let mut by_path = std::collections::BTreeMap::new();
    for dir in [theme_dir.join("static"), root.join("static")] {
        if !dir.is_dir() {
            continue;
        }
        for entry in walk(&dir).filter_map(std::result::Result::ok) {
            crate::content::check_symlink(root, &entry).map_err(|d| crate::error::Error::build(vec![d]))?;
            if !entry.path().is_file() || crate::content::is_editor_junk(entry.path()) {
                continue;
            }
            let path = relative_to(&dir, entry.path()).to_string_lossy().replace('\\', "/");
            by_path.insert(
                path.clone(),
                OutputFile {
                    path,
                    data: Data::Copy(entry.path().to_path_buf()),
                    source: Some(relative_to(root, entry.path())),
                },
            );
        }
    }
    Ok(by_path.into_values().collect())
}

/// Non-Markdown files from content/, copied into their section's folder.
fn content_assets(site: &Site) -> Vec<OutputFile> {
    site.assets
        .iter()
        .map(|a| OutputFile {
            path: site.asset_output(&a.lang, &a.key),
            data: Data::Copy(a.source.clone()),
            source: Some(PathBuf::from("content").join(&a.lang).join(&a.key)),
        })
        .collect()
}
