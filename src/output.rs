//! Writing the rendered site: every file goes to a staging folder beside the
//! target, and only when all were written is the staging folder swapped in
//! with renames. A failed or killed build leaves the previous output whole.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};

/// What an output file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    /// Rendered bytes.
    Bytes(Vec<u8>),
    /// A file to copy as is (static files, content assets).
    Copy(PathBuf),
}

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path below the output folder, `/`-separated, no leading slash.
    pub path: String,
    /// Its content.
    pub data: Data,
    /// The source this file comes from (for collision messages).
    pub source: Option<PathBuf>,
}

impl OutputFile {
    /// The file's bytes (reading copied files from disk).
    ///
    /// # Errors
    /// When a copied file cannot be read.
    pub fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>> {
        match &self.data {
            Data::Bytes(b) => Ok(std::borrow::Cow::Borrowed(b)),
            Data::Copy(p) => std::fs::read(p)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| Error::io(p, e)),
        }
    }
}

/// Where rendered files go: a staging folder (`tolk build`) or memory
/// (`serve`, `check`, tests). Called from many threads.
pub trait Sink: Sync {
    /// Stores one file.
    ///
    /// # Errors
    /// I/O errors, with the path concerned.
    fn put(&self, file: OutputFile) -> Result<()>;
}

/// Keeps every file in memory.
#[derive(Debug, Default)]
pub struct Memory {
    files: std::sync::Mutex<Vec<OutputFile>>,
}

impl Sink for Memory {
    fn put(&self, file: OutputFile) -> Result<()> {
        self.files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(file);
        Ok(())
    }
}

impl Memory {
    /// The files, sorted by path.
    pub fn into_files(self) -> Vec<OutputFile> {
        let mut files = self
            .files
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

/// Reports two sources claiming one output path (`paths` are output paths
/// with their sources; they get sorted).
///
/// # Errors
/// One diagnostic per collision, naming both sources.
pub fn check_collisions(paths: &mut [(String, Option<PathBuf>)]) -> Result<()> {
    paths.sort();
    let problems: Vec<Diagnostic> = paths
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| {
            let other = w[0]
                .1
                .as_ref()
                .map_or_else(|| "another file".to_string(), |p| p.display().to_string());
            Diagnostic::error(
                w[1].1.clone(),
                format!("this would be written to /{}, which {other} also writes", w[0].0),
            )
            .hint("give one of them another slug, or remove the alias or static file that takes the same address")
        })
        .collect();
    let mut problems = problems;
    // Addresses that differ only in case or Unicode normalisation are one
    // file on Windows and macOS hosts (and look the same to a reader).
    let mut folded: Vec<(String, &String, &Option<PathBuf>)> = paths
        .iter()
        .map(|(p, src)| (crate::content::names::fold(p), p, src))
        .collect();
    folded.sort();
    for w in folded.windows(2) {
        if w[0].0 == w[1].0 && w[0].1 != w[1].1 {
            let other = w[0]
                .2
                .as_ref()
                .map_or_else(|| "another file".to_string(), |p| p.display().to_string());
            problems.push(
                Diagnostic::error(
                    w[1].2.clone(),
                    format!(
                        "this would be written to /{}, which differs only in upper/lower case or in how accents are encoded from /{}, written by {other}",
                        w[1].1, w[0].1
                    ),
                )
                .hint("on many hosts (Windows, macOS) these are one file, and readers cannot tell them apart; rename one of them or give it another slug"),
            );
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::build(problems).with_kind(crate::error::Kind::Output))
    }
}

/// The file tolk puts in every output folder it writes. A non-empty folder
/// without it holds someone else's files, and tolk refuses to replace it
/// (unless `--force`).
pub const MARKER: &str = ".tolk-output";

const MARKER_TEXT: &str = "This folder is written by tolk, which replaces all of it on every build.\nDo not keep other files here: they would be deleted.\n";

/// A staging folder beside the output folder. Files are written into it as
/// they are rendered; [`Staging::commit`] swaps it in. Dropped without a
/// commit (a failed build), it is removed and the output stays as it was.
///
/// While it exists, it holds the output's lock (see [`Lock`]), so two
/// builds never write one output at once.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    parent: PathBuf,
    name: String,
    committed: bool,
    written: std::sync::atomic::AtomicUsize,
    _lock: Lock,
}

impl Staging {
    /// Creates the staging folder for `target`, which must already have
    /// been checked by [`resolve_target`]: takes the output's lock, then
    /// cleans up after killed builds.
    ///
    /// # Errors
    /// When another build holds the lock, or the folder cannot be created.
    pub fn new(target: &Path) -> Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let name = target
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
        // The folders this build creates, removed again if it fails.
        let created: Vec<PathBuf> = parent
            .ancestors()
            .take_while(|p| !p.exists())
            .map(Path::to_path_buf)
            .collect();
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let lock = Lock::acquire(&parent, &name, target, created)?;
        remove_leftovers(&parent, &name);
        let dir = parent.join(format!(".{name}.tolk-staging-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        std::fs::write(dir.join(MARKER), MARKER_TEXT).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            parent,
            name,
            committed: false,
            written: 0.into(),
            _lock: lock,
        })
    }

    /// Number of files written so far.
    pub fn count(&self) -> usize {
        self.written.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Replaces the output folder with the staging folder.
    ///
    /// # Errors
    /// I/O errors; the previous output is then still in place.
    pub fn commit(mut self) -> Result<()> {
        swap(&self.dir, &self.target, &self.parent, &self.name)?;
        self.committed = true;
        Ok(())
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) -> Result<()> {
        if !is_safe_output_path(&file.path) {
            return Err(Error::build(vec![
                Diagnostic::error(
                    file.source.clone(),
                    format!(
                        "refusing to write the unsafe output path `{}`",
                        file.path.escape_debug()
                    ),
                )
                .hint("output paths must stay inside the output folder; rename the file or change its slug")
                .kind(crate::error::Kind::Output),
            ]));
        }
        let path = self.dir.join(&file.path);
        let name_source = |e: std::io::Error| match &file.source {
            Some(src) => Error::build(vec![
                Diagnostic::error(
                    Some(src.clone()),
                    format!("cannot write this file's output /{}: {e}", file.path),
                )
                .hint(if e.raw_os_error() == Some(36) {
                    "the name is too long for the file system; choose a shorter file name or slug"
                } else {
                    "check the file name and slug, and that the output folder's disk is writable and not full"
                })
                .kind(crate::error::Kind::Output),
            ]),
            None => Error::io(&path, e),
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(name_source)?;
        }
        match &file.data {
            Data::Bytes(b) => std::fs::write(&path, b).map_err(name_source)?,
            Data::Copy(src) => std::fs::copy(src, &path).map(|_| ()).map_err(name_source)?,
        }
        self.written.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// True for a relative, `/`-separated path with no empty, `.` or `..`
/// segment, no backslash and no control character: one that cannot leave
/// the output folder.
///
/// ```
/// use tolk::output::is_safe_output_path;
/// assert!(is_safe_output_path("sv/om/index.html"));
/// assert!(!is_safe_output_path("../x"));
/// assert!(!is_safe_output_path("/etc/passwd"));
/// assert!(!is_safe_output_path("sv//x"));
/// assert!(!is_safe_output_path("a\\b"));
/// ```
pub fn is_safe_output_path(path: &str) -> bool {
    !path.is_empty()
        && !path.contains(['\\', '\0'])
        && !path.chars().any(char::is_control)
        && path.split('/').all(|s| !s.is_empty() && s != "." && s != "..")
}

/// The lock of one output folder: a file `.<name>.tolk-lock` beside it,
/// locked with the operating system's advisory file lock (released by the
/// kernel when the process ends, however it ends) and holding the owner's
/// process id for messages. The file is removed when the build ends.
#[derive(Debug)]
pub struct Lock {
    file: std::fs::File,
    path: PathBuf,
    created: Vec<PathBuf>,
}

impl Lock {
    fn acquire(parent: &Path, name: &str, target: &Path, created: Vec<PathBuf>) -> Result<Lock> {
        use std::io::{Read, Seek, Write};
        let path = parent.join(format!(".{name}.tolk-lock"));
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                // The owner writes its id right after locking: wait a moment
                // for it rather than name no one.
                let mut owner = String::new();
                for _ in 0..50 {
                    owner.clear();
                    let _ = file.rewind();
                    let _ = file.read_to_string(&mut owner);
                    if !owner.trim().is_empty() {
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                let owner = owner.trim();
                let who = if owner.is_empty() {
                    "another tolk build".to_string()
                } else {
                    format!("another tolk build (process {owner})")
                };
                return Err(Error::Usage(format!(
                    "{who} is writing {} right now; wait for it to finish and build again (two builds into one folder would mix their files)",
                    target.display()
                )));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
        }
        // One write of a fixed width, so a reader never sees a mix of this
        // id and a killed build's.
        let _ = file.rewind();
        let _ = file.write_all(format!("{:<10}\n", std::process::id()).as_bytes());
        let _ = file.set_len(11);
        Ok(Lock { file, path, created })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
        // Folders this build created, innermost first; removing a folder
        // fails (and is meant to) when the build left the output in it.
        for dir in &self.created {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// Writes `files` into `target`, atomically replacing what was there.
///
/// # Errors
/// I/O errors, with the path concerned. `target` is then unchanged.
pub fn commit(target: &Path, files: &[OutputFile]) -> Result<()> {
    let staging = Staging::new(target)?;
    files.par_iter().try_for_each(|f| staging.put(f.clone()))?;
    staging.commit()
}

/// Puts `staging` in place of `target`: the old output is moved aside
/// first and deleted only after the new one is in place.
fn swap(staging: &Path, target: &Path, parent: &Path, name: &str) -> Result<()> {
    let old = parent.join(format!(".{name}.tolk-old-{}", std::process::id()));
    let had_old = target.exists();
    if had_old {
        std::fs::rename(target, &old).map_err(|e| Error::io(target, e))?;
    }
    if let Err(e) = std::fs::rename(staging, target) {
        if had_old {
            let _ = std::fs::rename(&old, target);
        }
        return Err(Error::io(target, e));
    }
    if had_old {
        remove_tree(&old);
    }
    Ok(())
}

/// Removes a folder tree, the subfolders two levels down in parallel (a
/// large site's old output would otherwise take a second to delete).
/// Symbolic links are removed as links, never followed: a link someone put
/// into an old output must not lead the deletion elsewhere.
fn remove_tree(dir: &Path) {
    let real_dir = |p: &Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir());
    let children = |d: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(d)
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    let remove = |p: &PathBuf| {
        let _ = if real_dir(p) {
            std::fs::remove_dir_all(p)
        } else {
            std::fs::remove_file(p)
        };
    };
    // The marker goes last, so a deletion killed halfway leaves a folder
    // that the next build still recognises as its own and finishes off.
    let marker = dir.join(MARKER);
    let level1: Vec<PathBuf> = children(dir).into_iter().filter(|c| *c != marker).collect();
    let level2: Vec<PathBuf> = level1
        .iter()
        .flat_map(|c| if real_dir(c) { children(c) } else { vec![c.clone()] })
        .collect();
    level2.par_iter().for_each(remove);
    level1.iter().for_each(remove);
    let _ = std::fs::remove_file(&marker);
    let _ = std::fs::remove_dir(dir);
}

/// Removes staging folders of builds that were killed (called with the
/// output's lock held, so no live build owns them; a folder whose process
/// is still alive is left alone all the same). If a killed build had
/// already moved the old output aside, it is put back first.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let target = parent.join(name);
    let staging = format!(".{name}.tolk-staging-");
    let old = format!(".{name}.tolk-old-");
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().to_string();
        let Some(pid) = file_name
            .strip_prefix(&staging)
            .or_else(|| file_name.strip_prefix(&old))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() || process_alive(pid) {
            continue;
        }
        // Only folders tolk made: a staging or old folder holds the marker.
        if !entry.path().join(MARKER).is_file() && !is_empty_dir(&entry.path()) {
            continue;
        }
        if file_name.starts_with(&old) && !target.exists() {
            let _ = std::fs::rename(entry.path(), &target);
        } else {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn is_empty_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut rd| rd.next().is_none())
}

/// Whether a process with this id runs (Linux: `/proc`; elsewhere the lock
/// alone decides).
fn process_alive(pid: u32) -> bool {
    cfg!(target_os = "linux") && Path::new(&format!("/proc/{pid}")).exists()
}

/// The folders and files of a site that a build must never replace.
#[derive(Debug, Clone)]
pub struct Protected {
    /// The site root, resolved.
    pub root: PathBuf,
    /// Every source path, resolved (site.yaml, content, themes, …).
    pub sources: Vec<PathBuf>,
}

/// Resolves the output folder (symbolic links, `..`) and checks that
/// replacing it can only ever destroy tolk's own earlier output.
///
/// Refused: an output that is, contains or is inside the site's sources,
/// that contains the site root, that is a file, the file-system root or
/// the user's home folder, and — unless `force` — an existing non-empty
/// folder without tolk's [`MARKER`].
///
/// # Errors
/// A usage error (exit code 2) saying what would have been destroyed.
pub fn resolve_target(given: &Path, protected: &Protected, force: bool) -> Result<PathBuf> {
    let out = resolve_path(given)
        .map_err(|e| Error::Usage(format!("cannot use {} as the output folder: {e}", given.display())))?;
    let shown = match std::path::absolute(given) {
        Ok(abs) if abs != out && std::fs::symlink_metadata(given).is_ok_and(|m| m.file_type().is_symlink()) => {
            format!("{} (a symbolic link to {})", given.display(), out.display())
        }
        _ => given.display().to_string(),
    };
    let refuse = |what: String| {
        Err(Error::Usage(format!(
            "refusing to build into {shown}: {what}; choose another folder, e.g. public/ inside the site"
        )))
    };
    if protected.root.starts_with(&out) {
        return refuse(format!(
            "it {} the site itself ({}), and building replaces the whole output folder",
            if out == protected.root { "is" } else { "contains" },
            protected.root.display()
        ));
    }
    for source in &protected.sources {
        if source.starts_with(&out) || out.starts_with(source) {
            return refuse(format!(
                "{} the site's source {}, which building would replace",
                if out == *source {
                    "it is"
                } else if source.starts_with(&out) {
                    "it contains"
                } else {
                    "it is inside"
                },
                source.display()
            ));
        }
    }
    if out.parent().is_none() {
        return refuse("it is the root of the file system".into());
    }
    if let Some(home) = std::env::var_os("HOME")
        .map(PathBuf::from)
        .and_then(|h| h.canonicalize().ok())
        && home.starts_with(&out)
    {
        return refuse(format!("it is or contains your home folder ({})", home.display()));
    }
    match std::fs::metadata(&out) {
        Ok(meta) if !meta.is_dir() => return refuse("it is a file, not a folder".into()),
        Ok(_) if !force && !out.join(MARKER).is_file() => {
            let mut names: Vec<String> = std::fs::read_dir(&out)
                .map_err(|e| Error::io(&out, e))?
                .flatten()
                .map(|e| e.file_name().to_string_lossy().to_string())
                .collect();
            if !names.is_empty() {
                names.sort();
                let more = names.len().saturating_sub(3);
                names.truncate(3);
                let list = names.join(", ")
                    + &if more > 0 {
                        format!(" and {more} more")
                    } else {
                        String::new()
                    };
                return Err(Error::Usage(format!(
                    "refusing to build into {shown}: it holds files tolk did not write ({list}), which building would delete. Choose an empty or new folder, or pass --force to replace this folder and everything in it on purpose"
                )));
            }
        }
        _ => {}
    }
    Ok(out)
}

/// An absolute path with every symbolic link and `..` of its existing part
/// resolved (the part that does not exist yet is normalised as written).
fn resolve_path(path: &Path) -> std::io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.clone();
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    loop {
        match existing.canonicalize() {
            Ok(resolved) => {
                let mut out = resolved;
                for part in rest.iter().rev() {
                    if part == ".." {
                        out.pop();
                    } else if part != "." {
                        out.push(part);
                    }
                }
                return Ok(out);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if std::fs::symlink_metadata(&existing).is_ok() {
                    return Err(std::io::Error::other("it is a broken symbolic link"));
                }
                match existing.components().next_back() {
                    Some(std::path::Component::Normal(name)) => rest.push(name.to_os_string()),
                    Some(std::path::Component::ParentDir) => rest.push("..".into()),
                    Some(std::path::Component::CurDir) => rest.push(".".into()),
                    _ => return Err(e),
                }
                if !existing.pop() {
                    return Err(e);
                }
            }
            Err(e) => return Err(e),
        }
    }
}
