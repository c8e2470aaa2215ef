//! tolk: a static site generator for multilingual information sites.
//!
//! The build is a chain of stages over owned values, then one I/O sink:
//!
//! ```text
//! site.yaml ─Config::load→ Config
//!   → content::load         → pages (front matter + Markdown), per language
//!   → Site::assemble        → URLs, translations, fallbacks, sections, menus
//!   → Catalog::load         → Fluent bundles per language
//!   → render::render        → Vec<OutputFile> in memory
//!   → output::commit        → staging folder beside the target, swapped in
//! ```
//!
//! [`render_site`] runs every stage but the last; [`build`] also writes.

pub mod calendar;
pub mod check;
pub mod config;
pub mod contact;
pub mod content;
pub mod error;
pub mod fs;
pub mod i18n;
pub mod init;
pub mod output;
pub mod render;
pub mod serve;
pub mod site;
pub mod status;
pub mod url;

use std::path::{Path, PathBuf};
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
    /// "Now" for the calendar; defaults to the current time.
    pub now: Option<jiff::Timestamp>,
    /// Missing UI strings are errors.
    pub strict: bool,
}

/// The rendered site, in memory.
#[derive(Debug)]
pub struct RenderedSite {
    /// The assembled site.
    pub site: Arc<Site>,
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
    /// Wall time.
    pub duration: Duration,
    /// Where the site was written.
    pub output: PathBuf,
    /// How long each stage took: reading and assembling, rendering and
    /// writing, swapping the output in.
    pub timings: Vec<(&'static str, Duration)>,
}

/// Runs every stage up to rendering and keeps the files in memory; nothing
/// is written.
///
/// # Errors
/// Every problem found, located.
pub fn render_site(options: &BuildOptions) -> Result<RenderedSite> {
    let prepared = prepare(options)?;
    let memory = output::Memory::default();
    let (site, rendered, warnings) = render_prepared(prepared, options, &memory)?;
    Ok(RenderedSite {
        site,
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
    let prepared = prepare(options)?;
    let read = start.elapsed();
    let output = output_dir(options, &prepared.0.config)?;
    let staging = output::Staging::new(&output)?;
    let (site, rendered, warnings) = render_prepared(prepared, options, &staging)?;
    let rendered_at = start.elapsed();
    let files = staging.count();
    staging.commit()?;
    let duration = start.elapsed();
    Ok(BuildReport {
        pages: rendered.pages,
        languages: site.config.languages.len(),
        files,
        warnings,
        duration,
        output,
        timings: vec![
            ("read and assemble", read),
            ("render and write", rendered_at - read),
            ("replace the output", duration - rendered_at),
        ],
    })
}

/// Every stage before rendering, done: the site model, its UI strings,
/// the theme folder and the warnings so far. `serve` keeps it between
/// edits to re-render only what an edit changed.
pub type Prepared = (Arc<Site>, Arc<Catalog>, PathBuf, Vec<Diagnostic>);

/// Every stage before rendering: configuration, content, site model, UI strings.
///
/// # Errors
/// Every problem found, located.
pub fn prepare(options: &BuildOptions) -> Result<Prepared> {
    let mut config = Config::load(&options.root).map_err(|e| e.with_kind("config"))?;
    if let Some(url) = &options.base_url {
        config.base_url =
            config::normalise_base_url(url).map_err(|hint| Error::Usage(format!("--base-url {url}: {hint}")))?;
    }
    let theme_dir = theme_dir(&config).map_err(|e| e.with_kind("config"))?;
    let content =
        content::load(&config, content::LoadOptions { drafts: options.drafts }).map_err(|e| e.with_kind("content"));
    let catalog = Catalog::load(&config, &theme_dir).map_err(|e| e.with_kind("fluent"));
    let ((content, warnings), catalog) = match (content, catalog) {
        (Ok(c), Ok(k)) => (c, k),
        (Err(Error::Build(mut a)), Err(Error::Build(b))) => {
            a.extend(b);
            return Err(Error::build(a));
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    let site = Arc::new(Site::assemble(config, content).map_err(|e| e.with_kind("config"))?);
    Ok((site, Arc::new(catalog), theme_dir, warnings))
}

/// Renders a prepared site into `sink`.
///
/// # Errors
/// Every problem found, located.
pub fn render_prepared(
    prepared: Prepared,
    options: &BuildOptions,
    sink: &dyn output::Sink,
) -> Result<(Arc<Site>, render::Rendered, Vec<Diagnostic>)> {
    let rendered = render_only(&prepared, options, sink, None)?;
    let (site, _, _, mut warnings) = prepared;
    warnings.extend(rendered.warnings.iter().cloned());
    Ok((site, rendered, warnings))
}

/// Renders the items showing the pages in `only` (or everything when
/// `None`) of a prepared site; see [`render::RenderOptions::only`].
///
/// # Errors
/// Every problem found, located.
pub fn render_only(
    (site, catalog, theme_dir, _): &Prepared,
    options: &BuildOptions,
    sink: &dyn output::Sink,
    only: Option<&std::collections::HashSet<usize>>,
) -> Result<render::Rendered> {
    let strict = options.strict || site.config.i18n.strict;
    let now = options.now.unwrap_or_else(jiff::Timestamp::now);
    render::render(
        site.clone(),
        catalog.clone(),
        theme_dir,
        render::RenderOptions { now, strict, only },
        sink,
    )
}

/// The theme's folder, `themes/<theme>`.
///
/// # Errors
/// When the theme does not exist, listing the ones that do.
pub fn theme_dir(config: &Config) -> Result<PathBuf> {
    let dir = config.root.join("themes").join(&config.theme);
    if dir.is_dir() && !config.theme.contains(['/', '\\']) && config.theme != ".." {
        let site_root = fs::SiteRoot::new(&config.root)?;
        for path in [config.root.join("themes"), dir.clone()] {
            site_root
                .check(&path)
                .map_err(|d| Error::build(vec![d.kind("config")]))?;
        }
        return Ok(dir);
    }
    let available: Vec<String> = std::fs::read_dir(config.root.join("themes"))
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    let hint = if available.is_empty() {
        "create themes/<name>/templates/ or start from `tolk init`, which includes the default theme".to_string()
    } else {
        format!("use one of the themes in themes/: {}", available.join(", "))
    };
    Err(Error::build(vec![
        Diagnostic::error(
            PathBuf::from(config::FILE),
            format!(
                "the theme `{}` does not exist (no folder themes/{})",
                config.theme, config.theme
            ),
        )
        .hint(hint),
    ]))
}

/// Where the build writes, refusing folders whose replacement would destroy
/// the site's own sources.
///
/// # Errors
/// A usage error for the site root, one of its source folders, or a folder containing them.
pub fn output_dir(options: &BuildOptions, config: &Config) -> Result<PathBuf> {
    let out = match &options.output {
        Some(o) => o.clone(),
        None => config.root.join(&config.output.dir),
    };
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let out_abs = absolute(&out);
    let root_abs = absolute(&config.root);
    let protected = ["", "content", "themes", "templates", "static", "locales", ".git"];
    for name in protected {
        let p = if name.is_empty() {
            root_abs.clone()
        } else {
            root_abs.join(name)
        };
        if p.starts_with(&out_abs) {
            return Err(Error::Usage(format!(
                "refusing to write the site into {}: building replaces the output folder, which would delete {}; choose another folder, e.g. public/",
                out.display(),
                p.display()
            )));
        }
    }
    Ok(out)
}
