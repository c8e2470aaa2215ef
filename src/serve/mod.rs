//! `tolk serve`: a live preview. Builds the site in memory, serves it over
//! HTTP on loopback, watches the sources, rebuilds on save and tells every
//! open tab to reload (server-sent events). A failed rebuild keeps the last
//! good pages and shows the errors as an overlay on every page; fixing the
//! file recovers by itself. Nothing is written to disk.

pub mod http;
mod server;
pub mod watch;

use std::collections::HashMap;
use std::io::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use notify::Watcher as _;

use crate::BuildOptions;
use crate::error::{Diagnostic, Error, Result};
use crate::fs::SiteRoot;
use crate::output::{Data, OutputFile};

pub use server::{
    HEADER_READ_TIMEOUT, MAX_CONNECTIONS, MAX_HEADER_BYTES, MAX_HEADERS, MAX_REQUESTS_PER_CONNECTION, MAX_SUBSCRIBERS,
    WRITE_STALL_TIMEOUT,
};

/// Options of `tolk serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Build options (root, drafts, now…); `base_url` is replaced by the preview's address.
    pub build: BuildOptions,
    /// Address to bind (loopback unless told otherwise).
    pub bind: IpAddr,
    /// Port to try first; the next free one is used if it is taken.
    pub port: u16,
    /// Open the preview in the default browser.
    pub open: bool,
}

/// The site as last built, served from memory.
#[derive(Default)]
struct Snapshot {
    files: HashMap<String, Arc<Data>>,
    errors: Vec<Diagnostic>,
    /// `edit_url` of the last site that was read, so that the overlay's
    /// errors link to their files.
    edit_url: Option<String>,
}

struct State {
    /// The site folder: every file serve reads itself (edited pages, copied
    /// files at request time) goes through it.
    root: SiteRoot,
    snapshot: RwLock<Arc<Snapshot>>,
    /// The site model of the last successful build, for incremental rebuilds.
    prepared: Mutex<Option<crate::Prepared>>,
    /// The warnings already printed, so a save prints only new ones.
    shown: Mutex<std::collections::HashSet<Diagnostic>>,
    /// Counts published snapshots; every live-reload stream waits on it.
    reload: tokio::sync::watch::Sender<u64>,
    /// Counts rebuilds, so that work left for later by an old rebuild is
    /// never published over a newer one.
    generation: std::sync::atomic::AtomicU64,
}

impl State {
    /// Tells every open tab to reload (callable from any thread).
    fn notify(&self) {
        self.reload.send_modify(|n| *n = n.wrapping_add(1));
    }

    fn current(&self) -> Arc<Snapshot> {
        self.snapshot
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

/// Binds to the first free port from `port` on (trying ten).
fn bind(options: &ServeOptions) -> Result<(std::net::TcpListener, u16)> {
    let mut last = String::new();
    for port in options.port..options.port.saturating_add(10) {
        match std::net::TcpListener::bind(SocketAddr::new(options.bind, port)) {
            Ok(listener) => {
                if port != options.port {
                    eprintln!("Port {} is in use; using {port} instead.", options.port);
                }
                let actual = listener.local_addr().map_or(port, |a| a.port());
                return Ok((listener, actual));
            }
            Err(e) => last = e.to_string(),
        }
    }
    Err(Error::Usage(format!(
        "cannot listen on {}:{}–{}: {last}; pass another port with --port",
        options.bind,
        options.port,
        options.port.saturating_add(9)
    )))
}

/// Runs the preview until the process is stopped.
///
/// # Errors
/// When no port can be bound or the sources cannot be watched. Content
/// errors never stop the server.
pub fn serve(options: ServeOptions) -> Result<()> {
    let root = SiteRoot::new(&options.build.root)?;
    let (listener, port) = bind(&options)?;
    let host = if options.bind.is_loopback() {
        "127.0.0.1".to_string()
    } else {
        options.bind.to_string()
    };
    let url = format!("http://{host}:{port}/");
    let mut build = options.build.clone();
    build.base_url = Some(url.clone());
    let state = Arc::new(State {
        root,
        snapshot: RwLock::new(Arc::new(Snapshot::default())),
        prepared: Mutex::new(None),
        shown: Mutex::new(std::collections::HashSet::new()),
        reload: tokio::sync::watch::Sender::new(0),
        generation: std::sync::atomic::AtomicU64::new(0),
    });
    rebuild(&state, &build, &[]);
    println!("Serving {} at {url} (press Ctrl+C to stop)", build.root.display());
    let _ = std::io::stdout().flush();
    if options.open {
        let _ = std::process::Command::new("xdg-open").arg(&url).spawn();
    }
    let _watcher = watch(&state, build)?;
    server::run(listener, state)
}

/// Rebuilds after `changed` files changed (all of them when empty): what
/// the producers say an edit of content files needs, when they can follow
/// it page by page; everything otherwise. Publishes the result and
/// tells every open tab to reload.
fn rebuild(state: &Arc<State>, build: &BuildOptions, changed: &[PathBuf]) {
    let started = Instant::now();
    let generation = state.generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
    let previous = state.current();
    let mut prepared = state.prepared.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let incremental = prepared
        .as_mut()
        .and_then(|p| plan_edits(p, build, &state.root, changed).map(|plan| (p, plan)));
    let (result, what) = match incremental {
        Some((p, plan)) => {
            let memory = crate::output::Memory::default();
            let result = crate::render::render(p, Some(&plan), &memory)
                .map(|r| (memory.into_files(), r.pages, r.warnings, r.later));
            (
                result.map(|(files, pages, warnings, later)| (merge(&previous.files, files), pages, warnings, later)),
                "Re-rendered",
            )
        }
        None => {
            let result = full(build).map(|(p, files, pages, warnings, later)| {
                *prepared = Some(p);
                (files, pages, warnings, later)
            });
            (result, if changed.is_empty() { "Built" } else { "Rebuilt" })
        }
    };
    let edit_url = prepared.as_ref().and_then(|p| p.site.config.edit_url.clone());
    drop(prepared);
    let mut later = Vec::new();
    let next = match result {
        Ok((mut files, pages, mut warnings, jobs)) => {
            // Until the work left for later is done, its folders keep what
            // the last build put there.
            for job in &jobs {
                for (path, data) in &previous.files {
                    if path.starts_with(&job.folder) && !files.contains_key(path) {
                        files.insert(path.clone(), data.clone());
                    }
                }
            }
            later = jobs;
            // Print each warning once, not again on every save.
            let mut shown = state.shown.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let before = warnings.len();
            warnings.retain(|w| !shown.contains(w));
            let repeated = before - warnings.len();
            shown.extend(warnings.iter().cloned());
            drop(shown);
            crate::error::attach_sources(&mut warnings, &state.root);
            for w in &warnings {
                eprintln!("{w}");
            }
            let repeated = match repeated {
                0 => String::new(),
                1 => " (1 warning as before)".to_string(),
                n => format!(" ({n} warnings as before)"),
            };
            eprintln!(
                "{what} {pages} pages in {:.0} ms{repeated}",
                started.elapsed().as_secs_f64() * 1000.0
            );
            Snapshot {
                files,
                errors: Vec::new(),
                edit_url,
            }
        }
        Err(error) => {
            let mut errors = match error {
                Error::Build(d) => d,
                other => vec![Diagnostic::error(None, other.to_string())],
            };
            crate::error::attach_sources(&mut errors, &state.root);
            for e in &errors {
                eprintln!("{e}");
            }
            let n = errors.iter().filter(|d| d.is_error()).count();
            eprintln!(
                "The site could not be rebuilt ({n} error{}); serving the last version that worked",
                if n == 1 { "" } else { "s" }
            );
            Snapshot {
                files: previous.files.clone(),
                errors,
                edit_url,
            }
        }
    };
    *state
        .snapshot
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(next);
    state.notify();
    if !later.is_empty() {
        let state = state.clone();
        std::thread::spawn(move || publish_later(&state, generation, later));
    }
}

/// Runs the work a rebuild left for later (the search index) and puts its
/// files into the served site, unless a newer rebuild has started since
/// (its own work will follow). Open tabs are not reloaded: what changed
/// is used by the next search.
fn publish_later(state: &State, generation: u64, later: Vec<crate::render::Later>) {
    let started = Instant::now();
    let folders: Vec<String> = later.iter().map(|l| l.folder.clone()).collect();
    let memory = crate::output::Memory::default();
    if let Err(e) = crate::render::run_later(later, &memory) {
        eprintln!("{e}");
        return;
    }
    let mut snapshot = state
        .snapshot
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if state.generation.load(std::sync::atomic::Ordering::SeqCst) != generation {
        return;
    }
    let mut files = snapshot.files.clone();
    files.retain(|path, _| !folders.iter().any(|f| path.starts_with(f)));
    for f in memory.into_files() {
        files.insert(f.path, Arc::new(f.data));
    }
    *snapshot = Arc::new(Snapshot {
        files,
        errors: snapshot.errors.clone(),
        edit_url: snapshot.edit_url.clone(),
    });
    drop(snapshot);
    eprintln!(
        "Updated {} in {:.0} ms",
        folders.join(", "),
        started.elapsed().as_secs_f64() * 1000.0
    );
}

type Files = HashMap<String, Arc<Data>>;

/// A full build in memory, keeping the prepared site for later edits.
type Full = (
    crate::Prepared,
    Files,
    usize,
    Vec<Diagnostic>,
    Vec<crate::render::Later>,
);

fn full(build: &BuildOptions) -> Result<Full> {
    let (prepared, errors) = crate::prepare_all(build)?;
    let memory = crate::output::Memory::default();
    let (prepared, mut rendered, warnings) = crate::render_with_errors(prepared, errors, &memory)?;
    let later = std::mem::take(&mut rendered.later);
    let files = memory
        .into_files()
        .into_iter()
        .map(|f: OutputFile| (f.path, Arc::new(f.data)))
        .collect();
    Ok((prepared, files, rendered.pages, warnings, later))
}

fn merge(previous: &Files, changed: Vec<OutputFile>) -> Files {
    let mut files = previous.clone();
    for f in changed {
        files.insert(f.path, Arc::new(f.data));
    }
    files
}

/// When every changed path is an existing content file, parses the new
/// pages and asks the producers what they must redo
/// ([`crate::render::edit::plan`]); if none needs a full rebuild, puts the
/// new pages into the prepared site and returns the plan. `None` means:
/// rebuild everything.
fn plan_edits(
    prepared: &mut crate::Prepared,
    build: &BuildOptions,
    site_root: &SiteRoot,
    changed: &[PathBuf],
) -> Option<crate::render::edit::Plan> {
    use crate::render::edit;
    let root = std::path::absolute(&build.root).ok()?;
    let content = root.join("content");
    let site = &prepared.site;
    let mut pages = Vec::new();
    for path in changed {
        let rel = path.strip_prefix(&content).ok()?;
        if path.extension().is_none_or(|e| e != "md") {
            return None;
        }
        let (code, key) = crate::content::lang_and_key(rel);
        let key = key.join("/");
        let lang = site.config.lang(&code)?.clone();
        let index = site.page_index(&lang, &key)?;
        // Pages made from catalogues follow their source: rebuild them all.
        if site.versions(&key).any(|i| site.pages[i].coverage.is_some()) {
            return None;
        }
        // Through the site's one rule: a page swapped for a link to a file
        // outside the site is refused here and the full rebuild reports it.
        let text = site_root.read_text(path).ok()?;
        let page = crate::content::Page::parse(
            &text,
            &lang,
            &key,
            &crate::fs::relative_to(&root, path),
            &site.config.markdown,
        )
        .ok()?;
        pages.push((index, page));
    }
    let edits: Vec<edit::Edit<'_>> = pages.iter().map(|(i, p)| edit::Edit::new(site, *i, p)).collect();
    let plan = edit::plan(site, &edits)?;
    let site = Arc::make_mut(&mut prepared.site);
    for (index, page) in pages {
        site.pages[index] = page;
    }
    Some(plan)
}

fn watch(state: &Arc<State>, build: BuildOptions) -> Result<notify::RecommendedWatcher> {
    let root = std::path::absolute(&build.root).unwrap_or_else(|_| build.root.clone());
    let output = crate::config::Config::load(&root).map_or_else(|_| root.join("public"), |c| root.join(c.output.dir));
    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let filter_root = root.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && watch::is_change(&event.kind)
        {
            let paths: Vec<PathBuf> = event
                .paths
                .into_iter()
                .filter(|p| watch::is_relevant(&filter_root, &output, p))
                .collect();
            if !paths.is_empty() {
                let _ = tx.send(paths);
            }
        }
    })
    .map_err(|e| Error::Usage(format!("cannot watch {}: {e}", root.display())))?;
    watcher
        .watch(&root, notify::RecursiveMode::Recursive)
        .map_err(|e| Error::Usage(format!("cannot watch {}: {e}", root.display())))?;
    let state = state.clone();
    std::thread::spawn(move || {
        while let Some(changed) = watch::next_batch(&rx, Duration::from_millis(40), Duration::from_millis(1000)) {
            eprintln!(
                "Changed: {}",
                changed
                    .iter()
                    .map(|p| p.strip_prefix(&root).unwrap_or(p).display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            rebuild(&state, &build, &changed);
        }
    });
    Ok(watcher)
}
