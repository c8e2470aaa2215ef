//! `tolk check`: builds the site in memory and verifies what a communicator
//! cannot see by looking at one page: every internal link and `#fragment`
//! resolves, images have alternative text, every UI string exists in every
//! language and refers only to messages, terms, functions and variables
//! that exist, no message is left unused. Problems point to the source file
//! (and line, where the link is written in Markdown).

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use scraper::{Html, Selector};
use serde::Serialize;

use crate::error::{Diagnostic, Error, Result, Severity};
use crate::output::OutputFile;
use crate::{BuildOptions, render_site};

/// One problem, with a stable kind for scripts.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// For problems that stop the build, the kind of input: `config`, `content`,
    /// `event`, `link`, `template`, `fluent`, `ui-string`, `output` (`build`
    /// when unknown); found by checking the output: `broken-link`,
    /// `broken-anchor`, `missing-alt`, `unused-message`, `external-link`.
    pub kind: crate::error::Kind,
    /// Where and what.
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
}

/// What `tolk check` found.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Format version of the JSON output.
    pub version: u32,
    /// Whether the site could be built (when not, nothing was checked
    /// beyond the problems that stopped the build).
    pub built: bool,
    /// Pages rendered from content (the number `build` reports).
    pub pages: usize,
    /// HTML files checked: the pages and the files tolk adds (language
    /// chooser, 404 page, alias redirects).
    pub html_files: usize,
    /// Internal links followed.
    pub links: usize,
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Every problem, errors first, then by file and line.
    pub problems: Vec<Problem>,
}

impl Report {
    fn new(mut problems: Vec<Problem>, built: bool, pages: usize, html_files: usize, links: usize) -> Report {
        problems.sort_by(|a, b| {
            b.diagnostic
                .severity
                .cmp(&a.diagnostic.severity)
                .then_with(|| a.diagnostic.cmp(&b.diagnostic))
        });
        let errors = problems.iter().filter(|p| p.diagnostic.is_error()).count();
        Report {
            version: 1,
            built,
            pages,
            html_files,
            links,
            errors,
            warnings: problems.len() - errors,
            problems,
        }
    }
}

/// What `check` should do besides the local checks.
#[derive(Debug, Clone, Copy, Default)]
pub struct CheckOptions {
    /// Also request every external `http(s)` link (needs the network).
    pub external: bool,
}

/// Builds in memory and checks the result.
///
/// # Errors
/// Only usage and I/O errors; problems in the site are in the report.
pub fn check(options: &BuildOptions, check: CheckOptions) -> Result<Report> {
    let rendered = match render_site(options) {
        Ok(r) => r,
        Err(Error::Build(diagnostics)) => {
            let problems = diagnostics
                .into_iter()
                .map(|diagnostic| Problem {
                    kind: diagnostic.kind.unwrap_or(crate::error::Kind::Build),
                    diagnostic,
                })
                .collect();
            return Ok(Report::new(problems, false, 0, 0, 0));
        }
        Err(e) => return Err(e),
    };
    let mut problems: Vec<Problem> = rendered
        .warnings
        .iter()
        .cloned()
        .map(|diagnostic| Problem {
            kind: diagnostic.kind.unwrap_or(crate::error::Kind::Build),
            diagnostic,
        })
        .collect();
    let site = &rendered.site;
    let files = &rendered.files;
    let (html_files, links) = check_links(&site.config.root, files, &mut problems);
    if check.external {
        problems.extend(external_links(&site.config.root, files));
    }
    problems.extend(unused_messages(&rendered.prepared));
    Ok(Report::new(problems, true, rendered.pages, html_files, links))
}

struct Parsed {
    ids: HashSet<String>,
    links: Vec<(String, &'static str)>,
    images_without_alt: usize,
}

fn parse_page(html: &str) -> Parsed {
    let doc = Html::parse_document(html);
    let any = |s: &str| Selector::parse(s).unwrap_or_else(|_| unreachable!("valid selector"));
    let ids = doc
        .select(&any("[id], a[name]"))
        .filter_map(|e| e.value().attr("id").or(e.value().attr("name")))
        .map(str::to_string)
        .collect();
    let mut links = Vec::new();
    for e in doc.select(&any(
        "a[href], area[href], link[href], img[src], script[src], source[src], iframe[src]",
    )) {
        let rel = e.value().attr("rel").unwrap_or("");
        if e.value().name() == "link"
            && rel.split_whitespace().any(|r| r == "canonical" || r == "alternate")
            && e.value().attr("href").is_some_and(|h| h.contains("://"))
        {
            continue;
        }
        if let Some(h) = e.value().attr("href") {
            links.push((h.to_string(), "href"));
        }
        if let Some(s) = e.value().attr("src") {
            links.push((s.to_string(), "src"));
        }
    }
    let images_without_alt = doc.select(&any("img:not([alt]), img[alt=\"\"]")).count();
    Parsed {
        ids,
        links,
        images_without_alt,
    }
}

/// Resolves a relative link from an output file to an output path and
/// fragment; `None` for external links and other schemes.
///
/// ```
/// use tolk::check::resolve;
/// assert_eq!(resolve("sv/om/index.html", "../kontakt/index.html#tel"), Some(("sv/kontakt/index.html".into(), Some("tel".into()))));
/// assert_eq!(resolve("sv/index.html", "#main"), Some(("sv/index.html".into(), Some("main".into()))));
/// assert_eq!(resolve("sv/index.html", "https://example.org/"), None);
/// ```
pub fn resolve(from: &str, href: &str) -> Option<(String, Option<String>)> {
    if href.is_empty()
        || href.starts_with("//")
        || href
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.contains('/') && !scheme.is_empty())
    {
        return None;
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (href, None),
    };
    let path = path.split('?').next().unwrap_or("");
    if path.is_empty() {
        return Some((from.to_string(), fragment));
    }
    let dir = if path.starts_with('/') {
        ""
    } else {
        from.rsplit_once('/').map_or("", |(d, _)| d)
    };
    let mut target = crate::site::urls::join(dir, path)?;
    if path.ends_with('/') || target.is_empty() {
        if !target.is_empty() {
            target.push('/');
        }
        target.push_str("index.html");
    }
    Some((target, fragment))
}

fn check_links(root: &Path, files: &[OutputFile], problems: &mut Vec<Problem>) -> (usize, usize) {
    let existing: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let parsed: BTreeMap<&str, (Parsed, Option<&PathBuf>)> = files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .filter_map(|f| {
            let bytes = f.bytes().ok()?;
            Some((
                f.path.as_str(),
                (parse_page(&String::from_utf8_lossy(&bytes)), f.source.as_ref()),
            ))
        })
        .collect();
    let mut followed = 0;
    let mut reported = BTreeSet::new();
    for (path, (page, source)) in &parsed {
        if page.images_without_alt > 0 {
            problems.push(Problem {
                kind: crate::error::Kind::MissingAlt,
                diagnostic: located(root, *source, path, None, Severity::Warning, format!("{} image(s) on /{path} have no alternative text", page.images_without_alt))
                    .hint("describe each image for people who cannot see it: ![what the image shows](image.png); use an empty alt only for decoration"),
            });
        }
        for (href, _) in &page.links {
            let Some((target, fragment)) = resolve(path, href) else {
                continue;
            };
            followed += 1;
            let target_file = if existing.contains(target.as_str()) {
                Some(target.clone())
            } else if existing.contains(format!("{target}/index.html").as_str()) {
                Some(format!("{target}/index.html"))
            } else {
                None
            };
            let Some(target_file) = target_file else {
                if reported.insert((path.to_string(), href.clone())) {
                    problems.push(Problem {
                        kind: crate::error::Kind::BrokenLink,
                        diagnostic: located(root, *source, path, Some(href), Severity::Error, format!("the link `{href}` on /{path} leads to /{target}, which does not exist"))
                            .hint("link to pages with @/path.md so tolk can check and localise the link; for static files check the name and folder"),
                    });
                }
                continue;
            };
            if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
                let has = parsed
                    .get(target_file.as_str())
                    .is_none_or(|(p, _)| p.ids.contains(&fragment));
                if !has && reported.insert((path.to_string(), href.clone())) {
                    problems.push(Problem {
                        kind: crate::error::Kind::BrokenAnchor,
                        diagnostic: located(root, *source, path, Some(&format!("#{fragment}")), Severity::Error, format!("the link `{href}` on /{path} points to `#{fragment}`, but /{target_file} has no element with that id"))
                            .hint("heading ids are made from the heading text (## Kontakt → #kontakt); check the spelling or give the heading an explicit id: ## Kontakt {#kontakt}"),
                    });
                }
            }
        }
    }
    (parsed.len(), followed)
}

/// A diagnostic at the source of an output page, on the line where `needle`
/// is written when it is written in that file.
fn located(
    root: &Path,
    source: Option<&PathBuf>,
    output: &str,
    needle: Option<&str>,
    severity: Severity,
    message: String,
) -> Diagnostic {
    let mut d = Diagnostic::error(source.cloned().or_else(|| Some(PathBuf::from(output))), message);
    d.severity = severity;
    if let (Some(src), Some(needle)) = (source, needle)
        && let Ok(text) = std::fs::read_to_string(root.join(src))
        && let Some((i, line)) = text.lines().enumerate().find(|(_, l)| l.contains(needle))
    {
        d = d.at(i + 1, line.find(needle).map(|c| line[..c].chars().count() + 1));
    }
    d
}

/// Requests every external link once (HEAD, then GET when HEAD is refused),
/// eight at a time, and reports those that fail or answer 4xx/5xx.
fn external_links(root: &Path, files: &[OutputFile]) -> Vec<Problem> {
    use rayon::prelude::*;
    let mut uses: BTreeMap<String, (String, Option<PathBuf>)> = BTreeMap::new();
    for f in files.iter().filter(|f| f.path.ends_with(".html")) {
        let Ok(bytes) = f.bytes() else { continue };
        for (href, _) in parse_page(&String::from_utf8_lossy(&bytes)).links {
            if href.starts_with("http://") || href.starts_with("https://") {
                uses.entry(href).or_insert_with(|| (f.path.clone(), f.source.clone()));
            }
        }
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(15)))
        .http_status_as_error(false)
        .user_agent(concat!("tolk/", env!("CARGO_PKG_VERSION"), " (link check)"))
        .build()
        .into();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(8).build();
    let probe = |url: &String| -> Option<String> {
        let status =
            |r: std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>| r.map(|r| r.status().as_u16());
        match status(agent.head(url).call()) {
            Ok(s) if s < 400 => None,
            Ok(405 | 403 | 501) | Err(_) => match status(agent.get(url).call()) {
                Ok(s) if s < 400 => None,
                Ok(s) => Some(format!("answers HTTP {s}")),
                Err(e) => Some(format!("cannot be reached: {e}")),
            },
            Ok(s) => Some(format!("answers HTTP {s}")),
        }
    };
    let failures: Vec<(String, String)> = match pool {
        Ok(pool) => pool.install(|| {
            uses.keys()
                .par_bridge()
                .filter_map(|u| probe(u).map(|why| (u.clone(), why)))
                .collect()
        }),
        Err(_) => uses
            .keys()
            .filter_map(|u| probe(u).map(|why| (u.clone(), why)))
            .collect(),
    };
    let mut problems: Vec<Problem> = failures
        .into_iter()
        .map(|(url, why)| {
            let (output, source) = &uses[&url];
            Problem {
                kind: crate::error::Kind::ExternalLink,
                diagnostic: located(
                    root,
                    source.as_ref(),
                    output,
                    Some(&url),
                    Severity::Error,
                    format!("the external link {url} {why}"),
                )
                .hint("check the address in a browser; if the page moved, link to its new address"),
            }
        })
        .collect();
    problems.sort_by(|a, b| a.diagnostic.cmp(&b.diagnostic));
    problems
}

/// Messages defined for the source language that nothing uses (warnings):
/// no template, no menu label in site.yaml, no other used message (`{ id }`),
/// and not `site-title`.
fn unused_messages(prepared: &crate::Prepared) -> Vec<Problem> {
    let config = &prepared.site.config;
    let catalog = &prepared.catalog;
    let sources = &prepared.theme.templates;
    let id = |key: &str| key.split('.').next().unwrap_or(key).to_string();
    let mut used: HashSet<String> = sources.key_uses().into_iter().map(|u| id(&u.key)).collect();
    used.extend(config.menu_entries().filter_map(|(_, e)| e.label.as_deref()).map(id));
    used.insert("site-title".to_string());
    used.insert("pagination-path".to_string());
    used.extend(crate::render::taxonomy::message_keys(&prepared.site));
    let mut todo: Vec<String> = used.iter().cloned().collect();
    while let Some(message) = todo.pop() {
        for referred in catalog.references(&config.default_language, &message) {
            if used.insert(referred.to_string()) {
                todo.push(referred.to_string());
            }
        }
    }
    catalog
        .definitions(&config.default_language)
        .filter(|(id, _)| !used.contains(*id))
        .map(|(id, def)| Problem {
            kind: crate::error::Kind::UnusedMessage,
            diagnostic: Diagnostic::warning(
                def.file.clone(),
                format!("the message `{id}` is not used by any template"),
            )
            .at(def.line, Some(1))
            .hint("remove it, or use it in a template with {{ t(key=\"…\") }}"),
        })
        .collect()
}
