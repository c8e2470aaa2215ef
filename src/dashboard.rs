//! `tolk status --html DIR`: the translation dashboard, one static HTML
//! page for translators and their coordinator. Per language every page
//! with its state, the share translated, links to the source files and,
//! for stale translations, what changed in the original since (from git,
//! [`crate::history`]). No scripts, no requests to anyone: it opens from
//! disk. Written through the build's output safety ([`crate::output`]):
//! never into the site's sources, never over a folder tolk did not write.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::Result;
use crate::escape::html as esc;
use crate::status::{Entry, LanguageStatus, State};

/// Writes the dashboard into `dir` (replacing tolk's earlier dashboard
/// there) and returns the folder written.
///
/// # Errors
/// When `dir` is refused (a source folder, a folder tolk did not write)
/// or cannot be written.
pub fn write(config: &Config, languages: &[LanguageStatus], dir: &Path) -> Result<PathBuf> {
    let options = crate::BuildOptions {
        root: config.root.clone(),
        output: Some(dir.to_path_buf()),
        ..Default::default()
    };
    let target = crate::output_dir(&options, config)?;
    let root = config
        .root
        .canonicalize()
        .map_err(|e| crate::error::Error::io(&config.root, e))?;
    let page = render(config, languages, &link_prefix(&target, &root));
    crate::output::commit(
        &target,
        &[crate::output::OutputFile {
            path: "index.html".into(),
            data: crate::output::Data::Bytes(page.into_bytes()),
            source: None,
        }],
    )?;
    Ok(target)
}

/// The relative way from the dashboard's folder to the site's root
/// (`../`, `../../site/`), so that file links work from disk.
fn link_prefix(target: &Path, root: &Path) -> String {
    let target: Vec<_> = target.components().collect();
    let root: Vec<_> = root.components().collect();
    let common = target.iter().zip(&root).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(target.len() - common);
    for part in &root[common..] {
        out.push_str(&part.as_os_str().to_string_lossy());
        out.push('/');
    }
    out
}

fn state_name(state: State) -> &'static str {
    match state {
        State::Current => "current",
        State::Stale => "stale",
        State::Untracked => "untracked",
        State::Marked => "marked up to date, not recorded",
        State::Missing => "missing",
        State::Orphaned => "orphaned",
        State::Partial => "partly translated",
    }
}

/// The dashboard's HTML (pure but for reading git history for stale pages).
pub fn render(config: &Config, languages: &[LanguageStatus], prefix: &str) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let title = format!("Translation status – {}", config.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        esc(&title),
        esc(&title)
    );
    let _ = writeln!(
        out,
        "<p>Source language: {}. Written by <code>tolk status --html</code>; run it again after the next change.</p>",
        name(config, &config.default_language)
    );
    out.push_str("<nav aria-label=\"Languages\"><ul>\n");
    for l in languages {
        let _ = writeln!(
            out,
            "<li><a href=\"#lang-{code}\">{}</a>: {}&nbsp;% current</li>",
            name(config, &l.lang),
            l.percent,
            code = esc(l.lang.code())
        );
    }
    out.push_str("</ul></nav>\n");
    for l in languages {
        language(&mut out, config, l, prefix);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// A language's name in itself, marked with its language and direction,
/// and its code.
fn name(config: &Config, lang: &crate::lang::Lang) -> String {
    let own = config.language(lang).map_or(lang.code(), |l| l.name.as_str());
    format!(
        "<bdi lang=\"{code}\" dir=\"{}\">{}</bdi> ({code})",
        lang.dir().as_str(),
        esc(own),
        code = esc(lang.code())
    )
}

fn language(out: &mut String, config: &Config, l: &LanguageStatus, prefix: &str) {
    let _ = writeln!(
        out,
        "<section id=\"lang-{}\" aria-labelledby=\"h-{0}\">\n<h2 id=\"h-{0}\">{}</h2>",
        esc(l.lang.code()),
        name(config, &l.lang)
    );
    let _ = write!(
        out,
        "<p>{} pages: {} current, {} partly translated, {} stale, {} untracked, {} missing",
        l.total, l.current, l.partial, l.stale, l.untracked, l.missing
    );
    if l.orphaned > 0 {
        let _ = write!(out, ", {} orphaned", l.orphaned);
    }
    out.push_str(".</p>\n");
    if let (Some(file), Some(m)) = (&l.catalogue, l.messages) {
        let _ = writeln!(
            out,
            "<p>Catalogue <a href=\"{}\">{}</a>: {} messages translated, {} fuzzy, {} untranslated.</p>",
            href(prefix, file),
            esc(&shown(file)),
            m.translated,
            m.fuzzy,
            m.untranslated
        );
    }
    out.push_str("<table>\n<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">State</th><th scope=\"col\">Translated</th><th scope=\"col\">Translation</th><th scope=\"col\">Original</th></tr></thead>\n<tbody>\n");
    for e in &l.pages {
        row(out, config, e, prefix);
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn row(out: &mut String, config: &Config, e: &Entry, prefix: &str) {
    let state = state_name(e.state);
    let share = match e.messages {
        Some(m) => format!(
            "{}&nbsp;% <span class=\"detail\">({} of {} messages{})</span>",
            e.percent,
            m.translated,
            m.translated + m.fuzzy + m.untranslated,
            if m.fuzzy > 0 {
                format!(", {} fuzzy", m.fuzzy)
            } else {
                String::new()
            }
        ),
        None => format!("{}&nbsp;%", e.percent),
    };
    let translation = e.file.as_ref().map_or_else(
        || "–".to_string(),
        |f| format!("<a href=\"{}\">{}</a>", href(prefix, f), esc(&shown(f))),
    );
    let _ = writeln!(
        out,
        "<tr class=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{share}</td><td>{translation}</td><td><a href=\"{}\">{}</a></td></tr>",
        state.replace(' ', "-"),
        esc(&e.key),
        esc(state),
        href(prefix, &e.original),
        esc(&shown(&e.original))
    );
    if e.state == State::Stale {
        let diff = e
            .file
            .as_ref()
            .ok_or_else(|| "no translation file".to_string())
            .and_then(|f| crate::history::pages(config, f).map_err(|e| e.to_string()))
            .and_then(|(t, o)| crate::history::change(config, &t, &o).map_err(|e| e.to_string()));
        let body = match diff {
            Ok(c) => format!(
                "<p>Translated from {}.</p><pre>{}</pre>",
                esc(c.described.as_deref().unwrap_or("an earlier version")),
                esc(&c.diff)
            ),
            Err(why) => format!("<p>{}</p>", esc(&why)),
        };
        let _ = writeln!(
            out,
            "<tr class=\"diff\"><td colspan=\"5\"><details><summary>What changed in the original of {}</summary>{body}</details></td></tr>",
            esc(&e.key)
        );
    }
}

fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// What a path segment in a link must not hold as is.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'/')
    .add(b'\\');

fn href(prefix: &str, path: &Path) -> String {
    let encoded: Vec<String> = shown(path)
        .split('/')
        .map(|p| percent_encoding::utf8_percent_encode(p, SEGMENT).to_string())
        .collect();
    esc(&format!("{prefix}{}", encoded.join("/")))
}

const STYLE: &str = "body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}main{max-width:72rem;margin:0 auto;padding:1rem}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:start;vertical-align:top}thead th{background:#f0f0f0}.stale td:nth-child(2),.missing td:nth-child(2){font-weight:bold}.detail{color:#4a4a4a}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:.5rem}a{color:#0b4f9c}a:focus,summary:focus{outline:3px solid #0b4f9c;outline-offset:2px}";
