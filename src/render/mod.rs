//! Rendering: every producer of [`PRODUCERS`] (pages through Markdown and
//! their Tera templates, the root chooser and 404 page, alias redirects,
//! calendars, contact cards, sitemap, feeds, static and content files)
//! over a [`crate::Prepared`] site, each file handed to a [`Sink`] as soon
//! as it is ready. The sink decides where files go (a staging folder or
//! memory); nothing here writes to disk itself.

pub mod cms;
pub mod context;
pub mod edit;
pub mod events;
pub mod feeds;
pub mod images;
pub mod paginate;
pub mod search;
pub mod taxonomy;
pub mod templates;

use crate::lang::Lang;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::Prepared;
use crate::content::Kind;
use crate::content::markdown::{self, LinkResolver};
use crate::error::{Diagnostic, Diagnostics, Result};
use crate::i18n::Catalog;
use crate::i18n::catalog::check_keys;
use crate::output::{Data, OutputFile, Sink};
use crate::site::urls::relative;
use crate::site::{Item, Site};
use crate::theme::Theme;
use context::{LangView, Views};
use templates::{DIR_VAR, LANG_VAR, Shared, Sources, template_diagnostic};

/// What rendering produced besides the files it handed to the sink.
#[derive(Debug)]
pub struct Rendered {
    /// Warnings (the build succeeded).
    pub warnings: Vec<Diagnostic>,
    /// Number of HTML pages rendered from content.
    pub pages: usize,
    /// Work the producers left for later (see [`Later`]): `build` runs it
    /// before the output is swapped in ([`run_later`]), `serve` in the
    /// background.
    pub later: Vec<Later>,
    /// Image derivatives published and encoded.
    pub images: images::Counts,
}

/// The work of a [`Later`]: hands its files to the sink, or says what
/// went wrong.
pub type LaterJob = Box<dyn FnOnce(&dyn Sink) -> std::result::Result<(), Vec<Diagnostic>> + Send>;

/// Files a producer computes from data it has already taken, which
/// nothing else rendered depends on (the search index): `build` waits for
/// them, `tolk serve` publishes them when they are ready, so that a save
/// is shown at once. The files are all below `folder`, which they replace
/// as a whole.
pub struct Later {
    /// Output folder the files replace (`pagefind/sv/`).
    pub folder: String,
    /// Computes the files and hands each to the sink as soon as it has it
    /// (a job's output need not be held in memory until the job ends).
    pub job: LaterJob,
}

impl std::fmt::Debug for Later {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Later")
            .field("folder", &self.folder)
            .finish_non_exhaustive()
    }
}

/// Runs every [`Later`] job (in parallel) and hands its files to `sink`.
///
/// # Errors
/// Every problem of every job, together.
pub fn run_later(later: Vec<Later>, sink: &dyn Sink) -> Result<()> {
    let problems: Vec<Diagnostic> = later
        .into_par_iter()
        .flat_map_iter(|l| (l.job)(sink).err().unwrap_or_default())
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(crate::error::Error::build(problems))
    }
}

/// The site's title per language (one rule: `site_titles`).
pub type Titles = HashMap<Lang, String>;

/// What a producer may read: the prepared site and what rendering computes
/// once for all producers.
pub struct Cx<'a> {
    /// The site model.
    pub site: &'a Site,
    /// The theme's templates and static files.
    pub theme: &'a Theme,
    /// The site's title per language.
    pub titles: &'a Titles,
    /// What earlier producers hand to later ones.
    pub handover: &'a HandOver,
    /// UI strings.
    pub catalog: &'a Catalog,
    renderer: &'a Renderer<'a>,
}

/// What producers hand to the producers after them in [`PRODUCERS`]: the
/// main text of every page the pages producer rendered (for the search
/// index), by output path. It lives in [`crate::Prepared`], so after an
/// edit (`tolk serve`) a later producer still sees the pages that were not
/// re-rendered.
#[derive(Debug, Default)]
pub struct HandOver {
    main_texts: Mutex<std::collections::BTreeMap<String, Arc<MainText>>>,
    /// Images every page uses (see [`images`]).
    images: images::Uses,
}

/// The main content of one rendered page, as it is on the page: no menus,
/// headers or footers. Only pages written in their language (never
/// fallback copies).
#[derive(Debug, Clone)]
pub struct MainText {
    /// The reader's language (the page's own: fallbacks are not kept).
    pub lang: Lang,
    /// Output folder of the page (`sv/om/`).
    pub path: String,
    /// Title.
    pub title: String,
    /// The rendered Markdown body (HTML, already sanitised).
    pub html: String,
}

impl HandOver {
    fn put(&self, text: MainText) {
        self.main_texts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(text.path.clone(), Arc::new(text));
    }

    /// Every page's main text of `lang`, by output path (shared, not
    /// copied: at 30,000 pages the texts are hundreds of megabytes).
    pub fn main_texts(&self, lang: &Lang) -> Vec<Arc<MainText>> {
        self.main_texts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .values()
            .filter(|t| t.lang == *lang)
            .cloned()
            .collect()
    }
}

/// Which part of the site to produce.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Everything.
    All,
    /// After an edit: the files of these pages only (indices into
    /// `Site::pages`), for producers that have files per page.
    Pages(&'a HashSet<usize>),
}

/// What one producer wrote.
#[derive(Debug, Default)]
pub struct Produced {
    /// Every output path with its source, for the collision check.
    claims: Vec<Claim>,
    /// Warnings, or errors (then the build fails).
    problems: Vec<Diagnostic>,
    /// HTML pages rendered from content.
    pages: usize,
    /// Files left for later.
    later: Vec<Later>,
    /// Image derivatives published and encoded.
    images: images::Counts,
}

/// One kind of output: a module's worth of files computed from the
/// prepared site. Adding a kind of output is one implementation and one
/// line in [`PRODUCERS`].
pub trait Producer: Sync {
    /// A short name, for messages.
    fn name(&self) -> &'static str;
    /// What it must redo after `edit` (during `tolk serve`), judged
    /// against `site`, the model before the edit. The default is safe: a
    /// full rebuild.
    fn reacts_to(&self, site: &Site, edit: &edit::Edit<'_>) -> edit::Reaction {
        let _ = (site, edit);
        edit::Reaction::Everything
    }
    /// Writes its files into `sink` and says what it wrote.
    fn produce(&self, cx: &Cx<'_>, scope: Scope<'_>, sink: &dyn Sink) -> Produced;
}

/// A producer made of a function returning files.
struct Files {
    name: &'static str,
    reacts_to: fn(&Site, &edit::Edit<'_>) -> edit::Reaction,
    files: fn(&Cx<'_>) -> std::result::Result<Vec<OutputFile>, Vec<Diagnostic>>,
}

impl Producer for Files {
    fn name(&self) -> &'static str {
        self.name
    }
    fn reacts_to(&self, site: &Site, edit: &edit::Edit<'_>) -> edit::Reaction {
        (self.reacts_to)(site, edit)
    }
    fn produce(&self, cx: &Cx<'_>, _: Scope<'_>, sink: &dyn Sink) -> Produced {
        match (self.files)(cx) {
            Ok(files) => {
                let claims = files.iter().map(|f| (f.path.clone(), f.source.clone())).collect();
                let problems = files
                    .into_par_iter()
                    .map(|f| sink.put(f))
                    .filter_map(std::result::Result::err)
                    .flat_map_iter(sink_problems)
                    .collect();
                Produced {
                    claims,
                    problems,
                    ..Produced::default()
                }
            }
            Err(problems) => Produced {
                problems,
                ..Produced::default()
            },
        }
    }
}

fn sink_problems(e: crate::error::Error) -> Vec<Diagnostic> {
    match e {
        crate::error::Error::Build(d) => d,
        e => vec![Diagnostic::error(None, e.to_string())],
    }
}

/// Every page, section and home of every language, through its template.
struct Pages;

impl Producer for Pages {
    fn name(&self) -> &'static str {
        "pages"
    }
    fn reacts_to(&self, site: &Site, edit: &edit::Edit<'_>) -> edit::Reaction {
        edit::pages(site, edit)
    }
    fn produce(&self, cx: &Cx<'_>, scope: Scope<'_>, sink: &dyn Sink) -> Produced {
        let results: Vec<PageResult<Vec<Claim>>> = cx
            .site
            .items
            .par_iter()
            .filter(|item| match scope {
                Scope::All => true,
                Scope::Pages(only) => only.contains(&item.page),
            })
            .map(|item| {
                let (files, warnings) = cx.renderer.item(item, cx.handover)?;
                let mut claims = Vec::with_capacity(files.len());
                for file in files {
                    claims.push((file.path.clone(), file.source.clone()));
                    sink.put(file).map_err(sink_problems)?;
                }
                Ok((claims, warnings))
            })
            .collect();
        let mut produced = Produced::default();
        for r in results {
            match r {
                Ok((claims, warnings)) => {
                    produced.pages += 1;
                    produced.claims.extend(claims);
                    produced.problems.extend(warnings);
                }
                Err(problems) => produced.problems.extend(problems),
            }
        }
        produced
    }
}

/// Every kind of output, in one list.
pub const PRODUCERS: &[&dyn Producer] = &[
    &Pages,
    &images::Images,
    &Files {
        name: "chooser and 404 page",
        reacts_to: edit::unaffected_by_wording,
        files: |cx| cx.renderer.root_pages(),
    },
    &Files {
        name: "alias redirects",
        reacts_to: edit::aliases,
        files: |cx| Ok(cx.renderer.aliases()),
    },
    &Files {
        name: "_redirects",
        reacts_to: edit::unaffected_by_wording,
        files: |cx| Ok(redirects_file(cx.site).into_iter().collect()),
    },
    &Files {
        name: "calendars",
        reacts_to: edit::shows_wording,
        files: |cx| Ok(events::files(cx.site, cx.titles)),
    },
    &Files {
        name: "contact cards",
        reacts_to: edit::unaffected_by_wording,
        files: |cx| Ok(contact_cards(cx.site, cx.titles)),
    },
    &Files {
        name: "sitemap and robots.txt",
        reacts_to: edit::unaffected_by_wording,
        files: |cx| {
            let mut more = paginate::sitemap_urls(cx.site, cx.renderer.segments);
            more.extend(cx.renderer.taxonomies.sitemap_urls());
            Ok(vec![feeds::sitemap(cx.site, &more), feeds::robots(cx.site)])
        },
    },
    &Files {
        name: "feeds",
        reacts_to: edit::shows_wording,
        files: |cx| {
            let static_files = cx.theme.static_files.iter().map(|f| f.path.clone()).collect();
            Ok(feeds::atom_feeds(cx.site, cx.titles, &static_files))
        },
    },
    &taxonomy::TermPages,
    &search::Search,
    &Files {
        name: "CMS admin",
        reacts_to: edit::unaffected_by_wording,
        files: |cx| {
            let published = cx.theme.static_files.iter().map(|f| f.path.clone()).collect();
            cms::files(cx.site, &published)
        },
    },
    &Files {
        name: "static files",
        reacts_to: edit::unaffected_by_wording,
        files: |cx| Ok(cx.theme.static_files.clone()),
    },
    &ContentFiles,
];

/// Renders a prepared site: every producer of [`PRODUCERS`] (or, after
/// edits, what their [`edit::Plan`] asks for), handing every file to
/// `sink` as soon as it is ready (so a large site is never held in memory
/// at once). Output collisions are checked once, over all producers.
///
/// # Errors
/// Every template, link and UI string problem, together, and two sources
/// claiming one output path. The sink may then hold a partial site.
pub fn render(prepared: &Prepared, plan: Option<&edit::Plan>, sink: &dyn Sink) -> Result<Rendered> {
    let site = &prepared.site;
    let catalog = &prepared.catalog;
    let theme = &prepared.theme;
    let strict = prepared.strict;
    let sources = &theme.templates;
    let mut diagnostics = Diagnostics::default();
    diagnostics.extend(check_keys(catalog, &site.config, &sources.key_uses(), strict));
    let titles = site_titles(site, catalog);
    let labels = menu_labels(site, catalog);
    let web_links = context::web_links(site);
    diagnostics.extend(menu_label_problems(site, catalog, strict));
    let static_files: std::collections::BTreeSet<String> = theme.static_files.iter().map(|f| f.path.clone()).collect();
    let image_files = Arc::new(image_files(site, theme));
    let shared = Arc::new(Shared {
        site: site.clone(),
        catalog: catalog.clone(),
        static_files: static_files.clone(),
        image_files: image_files.clone(),
        handover: prepared.handover.clone(),
    });
    let tera = match templates::compile(sources, shared) {
        Ok(tera) => tera,
        Err(crate::error::Error::Build(d)) => {
            // No page can be rendered, but their links can still be checked,
            // so the build reports every problem at once.
            diagnostics.extend(d);
            diagnostics.extend(link_problems(site, &static_files));
            return Err(crate::error::Error::build(diagnostics.into_vec()));
        }
        Err(e) => return Err(e),
    };
    let published = [taxonomy::LIST_TEMPLATE, taxonomy::TERM_TEMPLATE]
        .iter()
        .all(|t| sources.templates.contains_key(*t));
    let (taxonomies, problems) = taxonomy::Taxonomies::build(site, catalog, published, strict);
    diagnostics.extend(problems);
    let segments = paginate::segments(site, catalog);
    let lang_data: HashMap<Lang, context::LangData<'_>> = site
        .config
        .languages
        .iter()
        .map(|l| (l.lang.clone(), context::LangData::new(site, &l.lang, prepared.now)))
        .collect();
    let renderer = Renderer {
        site,
        tera: &tera,
        sources,
        now: prepared.now,
        titles: &titles,
        labels: &labels,
        web_links: &web_links,
        lang_data: &lang_data,
        static_files: &static_files,
        taxonomies: &taxonomies,
        segments: &segments,
        image_files: &image_files,
        handover: &prepared.handover,
    };
    let cx = Cx {
        site,
        theme,
        titles: &titles,
        handover: &prepared.handover,
        catalog,
        renderer: &renderer,
    };
    let mut claims = Vec::new();
    let mut pages = 0;
    let mut later = Vec::new();
    let mut image_counts = images::Counts::default();
    for (i, producer) in PRODUCERS.iter().enumerate() {
        let scope = match plan.map(|p| &p.reactions[i]) {
            None | Some(edit::Reaction::Rerun | edit::Reaction::Everything) => Scope::All,
            Some(edit::Reaction::Pages(only)) => Scope::Pages(only),
            Some(edit::Reaction::Untouched) => continue,
        };
        let produced = producer.produce(&cx, scope, sink);
        claims.extend(produced.claims);
        diagnostics.extend(produced.problems);
        pages += produced.pages;
        later.extend(produced.later);
        image_counts.published += produced.images.published;
        image_counts.encoded += produced.images.encoded;
    }
    let warnings = diagnostics.finish()?;
    // Edits that a plan can follow never move a file, so only a full
    // render checks collisions.
    if plan.is_none() {
        crate::output::check_collisions(&mut claims)?;
    }
    Ok(Rendered {
        warnings,
        pages,
        later,
        images: image_counts,
    })
}

/// The problems in every page's Markdown (broken `@/` links, anchors),
/// found without templates.
fn link_problems(site: &Site, static_files: &std::collections::BTreeSet<String>) -> Vec<Diagnostic> {
    site.items
        .par_iter()
        .filter(|item| !item.is_fallback && site.pages[item.page].coverage.is_none())
        .flat_map_iter(|item| {
            let page = &site.pages[item.page];
            let input = page.markdown_input();
            let links = Resolver {
                site,
                item,
                base: &item.path,
                static_files,
                renderer: None,
            };
            markdown::render(&input, &site.config.markdown, &links).problems
        })
        .collect()
}

/// A page that tolk makes itself, without a content file.
pub(crate) struct Generated<'g> {
    /// The reader's language.
    pub lang: &'g Lang,
    /// Output folder (`sv/search/`).
    pub path: String,
    /// Title.
    pub title: String,
    /// What templates see as `page.kind` (`search`, `term`, `terms`).
    pub kind: &'static str,
    /// The same page in every language that has it: output folder.
    pub translations: Vec<(&'g Lang, Option<String>)>,
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
    titles: &'a Titles,
    /// Menu labels from Fluent, per language, by message key.
    labels: &'a std::collections::HashMap<Lang, std::collections::HashMap<String, String>>,
    /// Web-calendar links of every event item, computed once.
    web_links: &'a context::WebLinks,
    /// Menus and calendar per language, resolved once.
    lang_data: &'a HashMap<Lang, context::LangData<'a>>,
    /// Output paths of the static files, for links to them.
    static_files: &'a std::collections::BTreeSet<String>,
    /// Every taxonomy's terms per language.
    taxonomies: &'a taxonomy::Taxonomies,
    /// The localised folder of later pages of listings, per language.
    segments: &'a HashMap<Lang, String>,
    /// Every image the site publishes, by output path.
    image_files: &'a ImageFiles,
    /// What pages hand to later producers (the images they use).
    handover: &'a HandOver,
}

/// The first `limit` bytes of a file.
fn read_head(path: &Path, limit: u64) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(limit)
        .read_to_end(&mut head)
        .ok()?;
    Some(head)
}

/// An image file the site publishes, by output path.
#[derive(Debug, Clone)]
pub struct ImageFile {
    /// The file to read.
    pub source: PathBuf,
    /// Width and height as shown, from its headers (`None` when they
    /// cannot be read: the image is broken, and reported where it is used).
    pub size: Option<(u32, u32)>,
    /// A file of `content/` (published cleaned), not of a static folder.
    pub content: bool,
}

/// Every JPEG, PNG and WebP image the site publishes, by output path.
pub type ImageFiles = HashMap<String, ImageFile>;

/// Every JPEG, PNG and WebP image in `content/` and the static folders,
/// with its size from its headers, once per render (for `width`/`height`
/// and the derivatives of pages).
fn image_files(site: &Site, theme: &Theme) -> ImageFiles {
    let content = site
        .assets
        .iter()
        .map(|a| (site.asset_output(&a.lang, &a.key), a.source.clone(), true));
    let statics = theme.static_files.iter().filter_map(|f| match &f.data {
        Data::Copy(source) => Some((f.path.clone(), source.clone(), false)),
        Data::Bytes(_) => None,
    });
    let files: Vec<(String, PathBuf, bool)> = content.chain(statics).collect();
    files
        .into_par_iter()
        .filter_map(|(path, source, content)| {
            let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
            images::Format::of_extension(&ext)?;
            let size =
                read_head(&source, 256 * 1024).and_then(|head| crate::content::metadata::displayed_size(&ext, &head));
            Some((path, ImageFile { source, size, content }))
        })
        .collect()
}

/// Menu labels that name Fluent messages are checked like keys in templates,
/// located in site.yaml.
fn menu_label_problems(site: &Site, catalog: &Catalog, strict: bool) -> Vec<Diagnostic> {
    let uses: Vec<crate::i18n::catalog::KeyUse> = site
        .config
        .menu_entries()
        .filter_map(|(_, e)| {
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
) -> std::collections::HashMap<Lang, std::collections::HashMap<String, String>> {
    let keys: Vec<&String> = site
        .config
        .menu_entries()
        .filter_map(|(_, e)| e.label.as_ref())
        .collect();
    site.config
        .languages
        .iter()
        .map(|l| {
            let labels = keys
                .iter()
                .filter_map(|k| {
                    catalog
                        .format(&l.lang, k, None)
                        .map(|t| ((*k).clone(), t.replace(['\u{2068}', '\u{2069}'], "")))
                })
                .collect();
            (l.lang.clone(), labels)
        })
        .collect()
}

/// The site's title in every language: the language's own Fluent message
/// `site-title`, else `languages.<code>.title` in site.yaml, else `title`.
/// HTML pages, calendar names, feed titles and vCards all use it.
fn site_titles(site: &Site, catalog: &Catalog) -> Titles {
    let config = &site.config;
    config
        .languages
        .iter()
        .map(|l| {
            let fluent = catalog
                .has(&l.lang, "site-title")
                .then(|| catalog.format(&l.lang, "site-title", None))
                .flatten();
            let title = fluent
                .or_else(|| l.title.clone())
                .unwrap_or_else(|| config.title.clone());
            (l.lang.clone(), title.replace(['\u{2068}', '\u{2069}'], ""))
        })
        .collect()
}

/// The site's title in `lang`, from `site_titles`.
pub fn site_title<'a>(site: &'a Site, titles: &'a Titles, lang: &Lang) -> &'a str {
    titles.get(lang).map_or(site.config.title.as_str(), String::as_str)
}

struct Resolver<'a> {
    site: &'a Site,
    /// The page whose Markdown is rendered (its folder and language).
    item: &'a Item,
    /// The output folder links are made relative to: the item's own, or
    /// a listing's that shows the item's summary.
    base: &'a str,
    /// Output paths of the static files (site and theme).
    static_files: &'a std::collections::BTreeSet<String>,
    /// Renders components with the theme's templates (none when the
    /// templates did not compile).
    renderer: Option<&'a Renderer<'a>>,
}

impl Resolver<'_> {
    fn page_url(&self, found: Option<(&Item, Option<&str>)>) -> Option<String> {
        let (target, fragment) = found?;
        let mut url = relative(self.base, &target.path, self.site.config.output.explicit_index);
        if let Some(f) = fragment {
            url.push('#');
            url.push_str(f);
        }
        Some(url)
    }
}

impl LinkResolver for Resolver<'_> {
    fn asset(&self, relative_path: &str) -> Option<String> {
        let page = &self.site.pages[self.item.page];
        let (path, rest) = relative_path
            .find(['#', '?'])
            .map_or((relative_path, ""), |i| relative_path.split_at(i));
        let key = crate::site::urls::join(page.dir(), path)?;
        let target = self.site.asset_for(&self.item.lang, &key)?;
        Some(format!("{}{rest}", relative(self.base, &target, false)))
    }

    fn resolve(&self, path: &str) -> Option<String> {
        self.page_url(self.site.content_link(&self.item.lang, None, path))
    }

    fn resolve_in(&self, lang: &str, path: &str) -> Option<String> {
        self.page_url(self.site.content_link(&self.item.lang, Some(lang), path))
    }

    fn held_back(&self, lang: Option<&str>, path: &str) -> Option<crate::content::HoldReason> {
        let lang = match lang {
            Some(code) => self.site.config.lang(code)?,
            None => &self.item.lang,
        };
        self.site.held_back_reason(Some(lang), path)
    }

    /// A static file, else a file in the reader's language folder of
    /// `content/` (or its fallback's), else a published page's folder.
    fn file(&self, site_path: &str) -> Option<String> {
        let (path, rest) = site_path
            .find(['#', '?'])
            .map_or((site_path, ""), |i| site_path.split_at(i));
        let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
        let target = if self.static_files.contains(path.as_ref()) {
            path.to_string()
        } else if let Some(asset) = self.site.asset_for(&self.item.lang, &path) {
            asset
        } else {
            let dir = format!("{}/", path.trim_end_matches('/'));
            let page = self.site.items.iter().find(|i| i.path == dir)?;
            return Some(format!(
                "{}{rest}",
                relative(self.base, &page.path, self.site.config.output.explicit_index)
            ));
        };
        Some(format!("{}{rest}", relative(self.base, &target, false)))
    }

    fn image(&self, dest: &str, line: usize, column: usize) -> Option<markdown::ImageInfo> {
        let renderer = self.renderer?;
        let path = dest.split(['#', '?']).next().unwrap_or_default();
        let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
        let output = match path.strip_prefix("@/").or_else(|| path.strip_prefix('/')) {
            Some(p) if self.static_files.contains(p) => p.to_string(),
            Some(p) => self.site.asset_for(&self.item.lang, p)?,
            None => {
                let key = crate::site::urls::join(self.site.pages[self.item.page].dir(), &path)?;
                self.site.asset_for(&self.item.lang, &key)?
            }
        };
        let at = images::At {
            file: self.site.pages[self.item.page].file.clone(),
            line: Some(line),
            column: Some(column),
        };
        let (picture, derivatives) = renderer.picture(&output, at, &self.item.path)?;
        let responsive = markdown::Responsive {
            src: srcset_url(&self.item.path, &derivatives.last()?.path),
            srcset: srcset(&self.item.path, &derivatives, picture.format),
            sources: [images::Format::Webp]
                .into_iter()
                .filter(|f| *f != picture.format)
                .map(|f| (f.mime(), srcset(&self.item.path, &derivatives, f)))
                .collect(),
            sizes: self.site.config.images.sizes.clone(),
        };
        Some(markdown::ImageInfo {
            size: picture.size,
            responsive: Some(responsive),
        })
    }

    fn component(&self, c: &crate::content::components::Rendered<'_>) -> Option<std::result::Result<String, String>> {
        let renderer = self.renderer?;
        let template = format!("components/{}.html", c.name);
        if !renderer.sources.templates.contains_key(&template) {
            return None;
        }
        let mut ctx = renderer.base_context(&self.item.lang, self.base);
        ctx.insert("name", c.name);
        ctx.insert("args", c.args);
        ctx.insert("body", &c.body);
        ctx.insert("text", &c.text);
        ctx.insert("kind", &c.kind);
        ctx.insert("video", &c.video);
        ctx.insert("href", &c.href);
        ctx.insert("src", &c.src);
        Some(
            renderer.tera.render(&template, &ctx).map_err(|e| {
                template_diagnostic(&e, renderer.sources).map_or_else(|| e.to_string(), |d| d.to_string())
            }),
        )
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
    /// Link to this language's search page, when the site has search.
    search: Option<String>,
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

/// A derivative's URL from the page at `from`, safe inside `srcset`
/// (where a space or comma would split the list).
fn srcset_url(from: &str, path: &str) -> String {
    relative(from, path, false).replace(' ', "%20").replace(',', "%2C")
}

/// The `srcset` of the derivatives in `format`.
fn srcset(from: &str, derivatives: &[images::Derivative], format: images::Format) -> String {
    derivatives
        .iter()
        .filter(|d| d.format == format)
        .map(|d| format!("{} {}w", srcset_url(from, &d.path), d.width))
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'a> Renderer<'a> {
    /// The image published at `output` and its derivatives, recorded as
    /// used by the page at `page` (asked for `at`); `None` when it is not
    /// an image tolk resizes, or its size cannot be read (then recorded
    /// so that the image producer reports why, at `at`).
    fn picture(&self, output: &str, at: images::At, page: &str) -> Option<(images::Picture, Vec<images::Derivative>)> {
        let file = self.image_files.get(output)?;
        let ext = output.rsplit_once('.')?.1.to_ascii_lowercase();
        let format = images::Format::of_extension(&ext)?;
        let Some(size) = file.size else {
            self.handover.use_image(
                page,
                images::Use {
                    at,
                    picture: Err(file.source.clone()),
                    derivatives: Vec::new(),
                },
            );
            return None;
        };
        let picture = images::Picture {
            source: file.source.clone(),
            output: output.to_string(),
            size,
            format,
            clean_original: file.content,
        };
        let derivatives = images::plan(&picture, &self.site.config.images.widths);
        self.handover.use_image(
            page,
            images::Use {
                at,
                picture: Ok(picture.clone()),
                derivatives: derivatives.clone(),
            },
        );
        Some((picture, derivatives))
    }

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
                .kind(crate::error::Kind::Template)
                .at(1, None)
                .hint(format!(
                    "create templates/{wanted}, or use one of: {}",
                    available.join(", ")
                )),
        )
    }

    fn site_view(&self, views: &Views<'a>, lang: &'a Lang) -> SiteView<'a> {
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
            search: search::page_path(self.site, self.sources, lang).map(|p| views.link(&p)),
        }
    }

    fn language_links(&self, from: &str, current: &Lang) -> Vec<LanguageLink<'a>> {
        let config = &self.site.config;
        config
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: l.lang.code(),
                name: &l.name,
                dir: l.lang.dir().as_str(),
                url: relative(from, &format!("{}/", l.lang), config.output.explicit_index),
                title: self.titles.get(&l.lang).map_or(&config.title, String::as_str),
                current: l.lang == current,
            })
            .collect()
    }

    fn base_context(&self, lang: &Lang, dir: &str) -> Context {
        let mut ctx = Context::new();
        let config = &self.site.config;
        let l = config.language(lang).or(config.languages.first());
        if let Some(l) = l {
            ctx.insert(
                "lang",
                &LangView {
                    code: l.lang.code(),
                    name: &l.name,
                    dir: l.lang.dir().as_str(),
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

    /// The summary of `of` as shown on the page at `base` (links relative
    /// to it). Its problems are the page's own, reported when it is rendered.
    fn teaser(&self, of: &Item, base: &str) -> String {
        let page = &self.site.pages[of.page];
        let links = Resolver {
            site: self.site,
            item: of,
            base,
            static_files: self.static_files,
            renderer: Some(self),
        };
        crate::content::summary::render(
            &page.markdown_input(),
            &page.description,
            &self.site.config.markdown,
            &links,
        )
    }

    /// The views of the page shown as `item`.
    fn views<'i>(&'i self, item: &'i Item) -> Views<'i> {
        Views {
            site: self.site,
            item,
            now: self.now,
            labels: &self.labels[&item.lang],
            web_links: self.web_links,
            lang_data: &self.lang_data[&item.lang],
            taxonomies: self.taxonomies,
            teasers: None,
        }
    }

    /// Renders one page (every page of its listing, when it paginates):
    /// its files and the warnings found on the way, or every problem when
    /// one of them is an error.
    fn item(&self, item: &Item, handover: &HandOver) -> PageResult<Vec<OutputFile>> {
        let paging = paginate::Paging::of(self.site, item, self.segments);
        let mut files = Vec::with_capacity(paging.pagers.len());
        let mut warnings = Vec::new();
        for pager in &paging.pagers {
            let at = Item {
                path: pager.path.clone(),
                ..item.clone()
            };
            let (file, mut found) = self.item_page(&at, &paging, pager, handover)?;
            files.push(file);
            warnings.append(&mut found);
        }
        Ok((files, warnings))
    }

    /// Renders one page of `item`'s listing (`item.path` is that page's).
    /// Only the first hands its text over and reports its Markdown's
    /// problems (the later pages repeat its text).
    fn item_page(
        &self,
        item: &Item,
        paging: &paginate::Paging<'_>,
        pager: &paginate::Pager,
        handover: &HandOver,
    ) -> PageResult<OutputFile> {
        let first = pager.number == 1;
        let site = self.site;
        let page = &site.pages[item.page];
        let input = page.markdown_input();
        let links = Resolver {
            site,
            item,
            base: &item.path,
            static_files: self.static_files,
            renderer: Some(self),
        };
        handover.clear_images(&item.path);
        let md = markdown::render(&input, &site.config.markdown, &links);
        let summary = crate::content::summary::render(&input, &page.description, &site.config.markdown, &links);
        if first && site.config.search && !item.is_fallback {
            handover.put(MainText {
                lang: item.lang.clone(),
                path: item.path.clone(),
                title: page.title.clone(),
                html: md.html.clone(),
            });
        }
        // Broken links are reported once, for the page's own language (a
        // catalogue page keeps its source's content links: the source reports them).
        let mut problems: Vec<Diagnostic> = if item.is_fallback || !first || page.coverage.is_some() {
            Vec::new()
        } else {
            md.problems
        };
        let template = self.template_for(item).map_err(|d| vec![d]);
        let template = match template {
            Ok(t) => t,
            Err(mut d) => {
                problems.append(&mut d);
                return Err(problems);
            }
        };
        // Listed pages get their teasers with links relative to this page.
        let teaser = |of: &Item| self.teaser(of, &item.path);
        let mut views = self.views(item);
        views.teasers = Some(&teaser);
        let mut ctx = self.base_context(&item.lang, &item.path);
        let mut view = views.page(
            md.html,
            &md.toc,
            summary,
            &paging.pages[pager.range.clone()],
            &paging.subsections,
        );
        if paging.paginated {
            self.paginate_view(&mut view, &views, paging, pager);
        }
        if page.group_by == Some(crate::content::page::GroupBy::Year) {
            view.groups = context::by_year(&item.lang, &view.pages);
        }
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

    /// Shows only `pager`'s entries in a section's view, with its
    /// paginator, and the same page of the other languages' listings as
    /// translations (their first page when they have fewer).
    fn paginate_view(
        &self,
        view: &mut context::PageView<'_>,
        views: &Views<'_>,
        paging: &paginate::Paging<'_>,
        pager: &paginate::Pager,
    ) {
        let link = |p: &str| views.link(p);
        view.paginator = Some(paginate::PaginatorView::new(
            &paging.pagers,
            pager,
            paging.pages.len(),
            link,
        ));
        if pager.number == 1 {
            return;
        }
        for tr in &mut view.translations {
            let Some(lang) = self.site.config.lang(tr.code) else {
                continue;
            };
            match paging.other(lang, pager.number) {
                Some(path) => {
                    tr.url = views.link(path);
                    if tr.exists {
                        tr.permalink = Some(crate::site::urls::permalink(&self.site.config.base_url, path));
                    }
                }
                None => tr.permalink = None,
            }
        }
    }

    /// Renders a page that tolk makes itself (the search page, term
    /// pages): `template` with the context of a content page (`page`,
    /// `site`, `lang`, …) describing `generated`, plus `more`.
    fn generated(&self, generated: &Generated<'_>, template: &str, more: Context) -> Result<OutputFile> {
        let site = self.site;
        let lang = generated.lang;
        let home = site.page_index(lang, "_index.md").unwrap_or(0);
        let item = Item {
            lang: lang.clone(),
            key: String::new(),
            page: home,
            is_fallback: false,
            path: generated.path.clone(),
        };
        let views = self.views(&item);
        let explicit = site.config.output.explicit_index;
        let translations: Vec<context::TranslationView<'_>> = site
            .config
            .languages
            .iter()
            .map(|l| {
                let there = generated
                    .translations
                    .iter()
                    .find(|(t, _)| *t == l.lang)
                    .and_then(|(_, p)| p.as_ref());
                context::TranslationView {
                    code: l.lang.code(),
                    name: &l.name,
                    dir: l.lang.dir().as_str(),
                    url: relative(&item.path, there.map_or(&format!("{}/", l.lang), |p| p), explicit),
                    permalink: there.map(|p| crate::site::urls::permalink(&site.config.base_url, p)),
                    exists: there.is_some(),
                    current: l.lang == *lang,
                }
            })
            .collect();
        let mut ctx = self.base_context(lang, &item.path);
        ctx.insert(
            "page",
            &serde_json::json!({
                "title": generated.title,
                "description": site.config.description,
                "url": relative(&item.path, &item.path, explicit),
                "permalink": crate::site::urls::permalink(&site.config.base_url, &item.path),
                "path": format!("/{}", item.path),
                "lang": lang,
                "dir": lang.dir().as_str(),
                "kind": generated.kind,
                "translations": translations,
                "translation_state": crate::site::TranslationState::Original,
                "original": null,
            }),
        );
        ctx.insert("site", &self.site_view(&views, lang));
        ctx.extend(more);
        let source = self.sources.file_of(template);
        match self.tera.render(template, &ctx) {
            Ok(html) => Ok(OutputFile {
                path: format!("{}index.html", item.path),
                data: Data::Bytes(html.into_bytes()),
                source: Some(source),
            }),
            Err(e) => Err(crate::error::Error::build(vec![self.render_error(&e, &source)])),
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

    /// The root language chooser and the 404 page, when the theme has them.
    fn root_pages(&self) -> std::result::Result<Vec<OutputFile>, Vec<Diagnostic>> {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for (template, path) in [("root.html", "index.html"), ("404.html", "404.html")] {
            if self.sources.templates.contains_key(template) {
                match self.root_page(template) {
                    Ok(html) => files.push(OutputFile {
                        path: path.into(),
                        data: Data::Bytes(html.into_bytes()),
                        source: Some(self.sources.file_of(template)),
                    }),
                    Err(d) => problems.push(d),
                }
            }
        }
        if problems.is_empty() { Ok(files) } else { Err(problems) }
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

fn redirect_html(lang: &Lang, title: &str, to: &str, canonical: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<link rel=\"canonical\" href=\"{canonical}\">\n<meta http-equiv=\"refresh\" content=\"0; url={to}\">\n<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n<p><a href=\"{to}\">{title}</a></p>\n</body>\n</html>\n",
        lang = crate::escape::html(lang.as_str()),
        title = crate::escape::html(title),
        to = crate::escape::html(to),
        canonical = crate::escape::html(canonical)
    )
}

/// A vCard for every person on every published contact page.
fn contact_cards(site: &Site, titles: &Titles) -> Vec<OutputFile> {
    site.items
        .iter()
        .flat_map(|item| {
            let page = &site.pages[item.page];
            let org = site_title(site, titles, &item.lang);
            page.contacts.iter().map(move |c| OutputFile {
                path: format!("{}{}", item.path, crate::contact::file_name(&c.name)),
                data: Data::Bytes(crate::contact::vcard(c, org, &page.lang).into_bytes()),
                source: Some(page.file.clone()),
            })
        })
        .collect()
}

/// Non-Markdown files from content/, published in their section's
/// folder: JPEG, PNG and WebP images without their personal metadata
/// ([`crate::content::metadata`]), other files copied as they are.
struct ContentFiles;

impl Producer for ContentFiles {
    fn name(&self) -> &'static str {
        "content files"
    }
    fn reacts_to(&self, site: &Site, edit: &edit::Edit<'_>) -> edit::Reaction {
        edit::unaffected_by_wording(site, edit)
    }
    fn produce(&self, cx: &Cx<'_>, _: Scope<'_>, sink: &dyn Sink) -> Produced {
        let results: Vec<std::result::Result<Claim, Vec<Diagnostic>>> = cx
            .site
            .assets
            .par_iter()
            .map(|a| {
                // A broken image a page uses is reported where the page
                // names it (by the image producer), not twice.
                let file = content_file(cx.site, a).map_err(|p| {
                    if cx.handover.image_is_used(&a.source) {
                        Vec::new()
                    } else {
                        p
                    }
                })?;
                let claim = (file.path.clone(), file.source.clone());
                sink.put(file).map_err(sink_problems)?;
                Ok(claim)
            })
            .collect();
        let mut produced = Produced::default();
        for r in results {
            match r {
                Ok(claim) => produced.claims.push(claim),
                Err(problems) => produced.problems.extend(problems),
            }
        }
        produced
    }
}

/// One content file as published: an image cleaned, anything else copied.
fn content_file(site: &Site, a: &crate::content::Asset) -> std::result::Result<OutputFile, Vec<Diagnostic>> {
    let source = PathBuf::from("content").join(&a.lang).join(&a.key);
    let path = site.asset_output(&a.lang, &a.key);
    let ext = a
        .source
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !crate::content::metadata::handles(&ext) || site.config.images.keep_metadata {
        return Ok(OutputFile {
            path,
            data: Data::Copy(a.source.clone()),
            source: Some(source),
        });
    }
    let problem = |message: String| {
        vec![
            Diagnostic::error(source.clone(), message)
                .hint("open the image in an image editor and export it again as JPEG or PNG, or remove the file")
                .kind(crate::error::Kind::Content),
        ]
    };
    let bytes = std::fs::read(&a.source).map_err(|e| problem(format!("cannot read this image: {e}")))?;
    let cleaned = crate::content::metadata::clean(&ext, &bytes).map_err(problem)?;
    Ok(OutputFile {
        path,
        data: Data::Bytes(cleaned.bytes),
        source: Some(source),
    })
}
