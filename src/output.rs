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

/// Sorts files by path and reports two sources claiming one output path.
///
/// # Errors
/// One diagnostic per collision, naming both sources.
pub fn check_collisions(files: &mut [OutputFile]) -> Result<()> {
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let problems: Vec<Diagnostic> = files
        .windows(2)
        .filter(|w| w[0].path == w[1].path)
        .map(|w| {
            let other = w[0]
                .source
                .as_ref()
                .map_or_else(|| "another file".to_string(), |p| p.display().to_string());
            Diagnostic::error(
                w[1].source.clone(),
                format!("this would be written to /{}, which {other} also writes", w[0].path),
            )
            .hint("give one of them another slug, or remove the alias or static file that takes the same address")
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::build(problems))
    }
}

/// Writes `files` into `target`, atomically replacing what was there.
///
/// # Errors
/// I/O errors, with the path concerned. `target` is then unchanged.
pub fn commit(target: &Path, files: &[OutputFile]) -> Result<()> {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
    remove_leftovers(parent, &name);
    let staging = parent.join(format!(".{name}.tolk-staging-{}", std::process::id()));
    let result = write_all(&staging, files).and_then(|()| swap(&staging, target, parent, &name));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

fn write_all(staging: &Path, files: &[OutputFile]) -> Result<()> {
    std::fs::create_dir_all(staging).map_err(|e| Error::io(staging, e))?;
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| staging.join(p)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    files.par_iter().try_for_each(|f| {
        let path = staging.join(&f.path);
        match &f.data {
            Data::Bytes(b) => std::fs::write(&path, b).map_err(|e| Error::io(&path, e)),
            Data::Copy(src) => std::fs::copy(src, &path).map(|_| ()).map_err(|e| Error::io(src, e)),
        }
    })
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
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
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
