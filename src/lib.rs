//! tolk: a static site generator for multilingual information sites.
//!
//! The build is a chain of stages over owned values, then producers, then
//! one I/O sink:
//!
//! ```text
//! site.yaml ─Config::load→ Config
//!   → content::load_all     → pages (front matter + Markdown), per language
//!   → Theme::load           → templates, static files (theme + site overrides)
//!   → Catalog::load_all     → Fluent bundles per language, references checked
//!   → Site::assemble        → URLs, translations, fallbacks, sections, menus
//!   = Prepared              → shared by build, check, serve and the tests
//!   → render::render        → every producer in render::PRODUCERS, into a Sink
//!   → output::Staging       → staging folder beside the target, swapped in
//! ```
//!
//! [`render_site`] runs every stage but the last; [`build`] also writes.
//! "Now" is resolved once, in [`prepare_all`], and passed down: the
//! calendar and the publishing schedule (`publish_date`, `expiry_date`,
//! judged once, where drafts are, in [`content::LoadOptions`]) see the
//! same moment.

pub mod calendar;
pub mod check;
pub mod config;
pub mod contact;
pub mod content;
pub mod dashboard;
pub mod error;
pub mod escape;
pub mod fs;
pub mod history;
pub mod i18n;
pub mod init;
pub mod lang;
pub mod output;
pub mod po;
pub mod render;
pub mod serve;
pub mod site;
pub mod status;
pub mod theme;
pub mod translate;
pub mod url;
pub mod yaml;

pub use lang::Lang;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use config::Config;
use error::{Diagnostic, Error, Result};
use i18n::Catalog;
use site::Site;

/// What to build and how.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site's folder (holding site.yaml).
    pub root: PathBuf,
    /// Output folder; defaults to `output.dir` of site.yaml, relative to the root.
    pub output: Option<PathBuf>,
    /// Replaces `base_url` (for previews).
    pub base_url: Option<String>,
    /// Include drafts.
    pub drafts: bool,
    /// Include pages whose `publish_date` is still to come.
    pub future: bool,
    /// Include pages whose `expiry_date` has passed.
    pub expired: bool,
    /// "Now" for the calendar and the publishing schedule; defaults to the current time.
    pub now: Option<jiff::Timestamp>,
    /// Missing UI strings are errors.
    pub strict: bool,
    /// Replace an existing output folder that tolk did not write.
    pub force: bool,
    /// No search index, whatever site.yaml says (quick builds).
    pub no_search: bool,
}

/// The rendered site, in memory.
#[derive(Debug)]
pub struct RenderedSite {
    /// The assembled site.
    pub site: Arc<Site>,
    /// Every stage before rendering (catalog, theme, …).
    pub prepared: Prepared,
    /// Every output file, sorted by path.
    pub files: Vec<output::OutputFile>,
    /// Number of HTML pages rendered from content.
    pub pages: usize,
    /// Warnings from all stages.
    pub warnings: Vec<Diagnostic>,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Content pages rendered (all languages).
    pub pages: usize,
    /// Languages.
    pub languages: usize,
    /// Files written.
    pub files: usize,
    /// Warnings.
    pub warnings: Vec<Diagnostic>,
    /// Pages left out of the build, by reason.
    pub held_back: HeldBackCount,
    /// Wall time.
    pub duration: Duration,
    /// Where the site was written.
    pub output: PathBuf,
    /// How long each stage took: reading and assembling, rendering and
    /// writing, swapping the output in.
    pub timings: Vec<(&'static str, Duration)>,
    /// Image derivatives published, and how many were encoded (the
    /// others came from `.tolk-cache/`).
    pub images: render::images::Counts,
}

/// How many pages a build left out, and why (each page in each language
/// counts once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeldBackCount {
    /// `draft: true`.
    pub drafts: usize,
    /// `publish_date` still to come.
    pub scheduled: usize,
    /// `expiry_date` passed.
    pub expired: usize,
}

impl HeldBackCount {
    /// Counts the pages `site` leaves out.
    pub fn of(site: &Site) -> HeldBackCount {
        use content::HoldReason;
        let mut count = HeldBackCount::default();
        for h in &site.held_back {
            match h.reason {
                HoldReason::Draft => count.drafts += 1,
                HoldReason::Scheduled(_) => count.scheduled += 1,
                HoldReason::Expired(_) => count.expired += 1,
            }
        }
        count
    }

    /// No page was left out.
    pub fn is_empty(&self) -> bool {
        *self == HeldBackCount::default()
    }
}

impl std::fmt::Display for HeldBackCount {
    /// `1 scheduled (publish_date still to come), 2 drafts`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let drafts = format!("{} draft{}", self.drafts, if self.drafts == 1 { "" } else { "s" });
        let parts: Vec<String> = [
            (
                self.scheduled,
                format!("{} scheduled (publish_date still to come)", self.scheduled),
            ),
            (self.expired, format!("{} expired (expiry_date passed)", self.expired)),
            (self.drafts, drafts),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, text)| text)
        .collect();
        f.write_str(&parts.join(", "))
    }
}

/// Runs every stage up to rendering and keeps the files in memory; nothing
/// is written.
///
/// # Errors
/// Every problem found, located.
pub fn render_site(options: &BuildOptions) -> Result<RenderedSite> {
    let (prepared, errors) = prepare_all(options)?;
    let memory = output::Memory::default();
    let (prepared, mut rendered, warnings) = render_with_errors(prepared, errors, &memory)?;
    render::run_later(std::mem::take(&mut rendered.later), &memory)?;
    Ok(RenderedSite {
        site: prepared.site.clone(),
        prepared,
        files: memory.into_files(),
        pages: rendered.pages,
        warnings,
    })
}

/// Builds the site and replaces the output folder atomically. Files are
/// written to a staging folder beside it while they are rendered.
///
/// # Errors
/// Every problem found; the previous output is then left untouched.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let start = Instant::now();
    let (prepared, errors) = prepare_all(options)?;
    let read = start.elapsed();
    let output = output_dir(options, &prepared.site.config)?;
    let staging = output::Staging::new(&output)?;
    let (prepared, mut rendered, warnings) = render_with_errors(prepared, errors, &staging)?;
    render::run_later(std::mem::take(&mut rendered.later), &staging)?;
    let site = prepared.site;
    let rendered_at = start.elapsed();
    let files = staging.count();
    staging.commit()?;
    let duration = start.elapsed();
    Ok(BuildReport {
        pages: rendered.pages,
        images: rendered.images,
        languages: site.config.languages.len(),
        files,
        warnings,
        held_back: HeldBackCount::of(&site),
        duration,
        output: options.output.clone().unwrap_or_else(|| {
            let root = &site.config.root;
            if root == std::path::Path::new(".") {
                site.config.output.dir.clone()
            } else {
                root.join(&site.config.output.dir)
            }
        }),
        timings: vec![
            ("read and assemble", read),
            ("render and write", rendered_at - read),
            ("replace the output", duration - rendered_at),
        ],
    })
}

/// Every stage before rendering, done. `build`, `check`, `serve` and the
/// tests share it; `serve` keeps it between edits to re-render only what
/// an edit changed.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The site model.
    pub site: Arc<Site>,
    /// UI strings.
    pub catalog: Arc<Catalog>,
    /// Templates and static files.
    pub theme: Arc<theme::Theme>,
    /// Warnings of the stages so far.
    pub warnings: Vec<Diagnostic>,
    /// The moment the calendar treats as now, resolved once.
    pub now: jiff::Timestamp,
    /// UI-string problems are errors.
    pub strict: bool,
    /// What producers hand to later producers, kept between edits.
    pub handover: Arc<render::HandOver>,
}

/// Every stage before rendering: configuration, content, site model, UI strings.
///
/// # Errors
/// Every problem found, located.
pub fn prepare(options: &BuildOptions) -> Result<Prepared> {
    let (prepared, errors) = prepare_all(options)?;
    if errors.is_empty() {
        Ok(prepared)
    } else {
        let mut all = errors;
        all.extend(prepared.warnings);
        Err(Error::build(all))
    }
}

/// Every stage before rendering, going on past problems in single files
/// (a page with a bad value, a Fluent file with a syntax error) so that
/// rendering can report its problems in the same run. Returns the
/// prepared site and the errors so far (warnings are in the site).
///
/// # Errors
/// Problems that leave nothing to render: site.yaml, the theme, no
/// content, the site model (with every problem found before it).
pub fn prepare_all(options: &BuildOptions) -> Result<(Prepared, Vec<Diagnostic>)> {
    let mut config = Config::load(&options.root).map_err(|e| e.with_kind(crate::error::Kind::Config))?;
    if let Some(url) = &options.base_url {
        config.base_url = config::normalise_base_url(url)
            .map_err(|hint| Error::Usage(format!("--base-url {}: {hint}", url::shown(url))))?;
    }
    if options.no_search {
        config.search = false;
    }
    let (theme, theme_problems) = theme::Theme::load(&config)?;
    let now = options.now.unwrap_or_else(jiff::Timestamp::now);
    let content = content::load_all(
        &config,
        content::LoadOptions {
            drafts: options.drafts,
            future: options.future,
            expired: options.expired,
            now,
        },
    );
    let catalog = Catalog::load_all(&config, &theme.dir, &theme.templates);
    let (mut content, mut diagnostics) = content?;
    diagnostics.set_kind(crate::error::Kind::Content);
    // Pages made from the catalogues join the hand-written ones before
    // the site is assembled: to the site model they are translations.
    diagnostics.extend(po::pages::apply(&config, &mut content));
    diagnostics.extend(theme_problems);
    let (catalog, fluent) = catalog?;
    diagnostics.extend(fluent.into_iter().map(|d| d.kind(crate::error::Kind::Fluent)));
    let strict = options.strict || config.i18n.strict;
    let (mut errors, mut warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diagnostics.into_vec().into_iter().partition(Diagnostic::is_error);
    let site = match Site::assemble(config, content) {
        Ok(site) => Arc::new(site),
        Err(Error::Build(d)) => {
            errors.extend(d.into_iter().map(|d| d.kind(crate::error::Kind::Config)));
            return Err(Error::build(errors));
        }
        Err(e) => return Err(e),
    };
    if errors.is_empty() {
        // A page that failed to parse would make its translations look
        // orphaned; the warning waits until the errors are fixed.
        warnings.extend(site.orphan_warnings());
    }
    let prepared = Prepared {
        site,
        catalog: Arc::new(catalog),
        theme: Arc::new(theme),
        warnings,
        now,
        strict,
        handover: Arc::default(),
    };
    Ok((prepared, errors))
}

/// Renders a prepared site whose earlier stages found `errors`: rendering
/// runs all the same so that its problems are reported together with them.
pub(crate) fn render_with_errors(
    prepared: Prepared,
    errors: Vec<Diagnostic>,
    sink: &dyn output::Sink,
) -> Result<(Prepared, render::Rendered, Vec<Diagnostic>)> {
    match render_prepared(prepared, sink) {
        Ok(done) if errors.is_empty() => Ok(done),
        Ok((_, _, warnings)) => Err(Error::build(errors.into_iter().chain(warnings).collect())),
        Err(Error::Build(d)) => Err(Error::build(errors.into_iter().chain(d).collect())),
        Err(e) if errors.is_empty() => Err(e),
        Err(e) => {
            let mut all = errors;
            all.push(Diagnostic::error(None, e.to_string()));
            Err(Error::build(all))
        }
    }
}

/// Renders a prepared site into `sink`; returns it with what rendering
/// produced and every warning.
///
/// # Errors
/// Every problem found, located.
pub fn render_prepared(
    prepared: Prepared,
    sink: &dyn output::Sink,
) -> Result<(Prepared, render::Rendered, Vec<Diagnostic>)> {
    let rendered = render::render(&prepared, None, sink)?;
    let mut warnings = prepared.warnings.clone();
    warnings.extend(rendered.warnings.iter().cloned());
    Ok((prepared, rendered, warnings))
}

/// The theme's folder, `themes/<theme>`.
///
/// # Errors
/// When the theme does not exist, listing the ones that do.
pub fn theme_dir(config: &Config) -> Result<PathBuf> {
    theme::dir(config)
}

/// Where the build writes, resolved and checked by
/// [`output::resolve_target`]: never the site's sources, never a folder
/// holding files tolk did not write (unless `force`).
///
/// # Errors
/// A usage error saying what would have been destroyed.
pub fn output_dir(options: &BuildOptions, config: &Config) -> Result<PathBuf> {
    let out = match &options.output {
        Some(o) => o.clone(),
        None => config.root.join(&config.output.dir),
    };
    output::resolve_target(&out, &protected(config)?, options.force)
}

/// The site's sources, resolved: what no output may be, contain or be inside.
fn protected(config: &Config) -> Result<output::Protected> {
    let root = fs::SiteRoot::new(&config.root)?.canonical().to_path_buf();
    let mut sources: Vec<PathBuf> = [
        config::FILE,
        "content",
        "themes",
        "templates",
        "static",
        "locales",
        ".git",
        "po",
    ]
    .iter()
    .map(|name| config.root.join(name))
    .chain(std::iter::once(config.root.join("themes").join(&config.theme)))
    // A source folder that does not exist yet (po/ before the first
    // `tolk po`) is protected all the same.
    .map(|p| {
        p.canonicalize()
            .unwrap_or_else(|_| root.join(p.strip_prefix(&config.root).unwrap_or(&p)))
    })
    .collect();
    sources.sort();
    sources.dedup();
    Ok(output::Protected { root, sources })
}
