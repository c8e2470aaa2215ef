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
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::build(problems).with_kind("output"))
    }
}

/// A staging folder beside the output folder. Files are written into it as
/// they are rendered; [`Staging::commit`] swaps it in. Dropped without a
/// commit (a failed build), it is removed and the output stays as it was.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    parent: PathBuf,
    name: String,
    committed: bool,
    written: std::sync::atomic::AtomicUsize,
}

impl Staging {
    /// Creates the staging folder for `target` (cleaning up after killed builds).
    ///
    /// # Errors
    /// When the folder cannot be created.
    pub fn new(target: &Path) -> Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let name = target
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
        remove_leftovers(&parent, &name);
        let dir = parent.join(format!(".{name}.tolk-staging-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            parent,
            name,
            committed: false,
            written: 0.into(),
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
        let path = self.dir.join(&file.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        match &file.data {
            Data::Bytes(b) => std::fs::write(&path, b).map_err(|e| Error::io(&path, e))?,
            Data::Copy(src) => std::fs::copy(src, &path).map(|_| ()).map_err(|e| Error::io(src, e))?,
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
fn remove_tree(dir: &Path) {
    let children = |d: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(d)
            .map(|rd| rd.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    let level2: Vec<PathBuf> = children(dir)
        .into_iter()
        .flat_map(|c| if c.is_dir() { children(&c) } else { vec![c] })
        .collect();
    level2.par_iter().for_each(|p| {
        let _ = if p.is_dir() {
            std::fs::remove_dir_all(p)
        } else {
            std::fs::remove_file(p)
        };
    });
    let _ = std::fs::remove_dir_all(dir);
}

/// Removes staging folders of builds that were killed. If a killed build
/// had already moved the old output aside, it is put back first.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let target = parent.join(name);
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().to_string();
        if file_name.starts_with(&format!(".{name}.tolk-old-")) && !target.exists() {
            let _ = std::fs::rename(entry.path(), &target);
        } else if file_name.starts_with(&format!(".{name}.tolk-staging-"))
            || file_name.starts_with(&format!(".{name}.tolk-old-"))
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
