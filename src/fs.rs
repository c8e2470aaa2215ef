//! The one rule for every file tolk reads or rewrites in a site: it must be
//! inside the site folder once symbolic links and `..` are resolved.
//!
//! site.yaml, content, templates, static files, locales (files and
//! folders), themes and the file `tolk translated` rewrites all go through
//! [`SiteRoot`]. A symbolic link inside the site is followed when its target
//! is inside the site too; a link leading elsewhere on the computer is an
//! error naming the link and its target, so a site can never publish (or
//! overwrite) a file from outside its folder.
//!
//! Also the site's file-system helpers shared by content, theme, catalog
//! and serve: the ordered walk that skips hidden files, the symbolic-link
//! check for walked entries, the editor-junk filter, relative paths,
//! UTF-8 decoding and byte-order marks.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};

/// A site folder, resolved once.
#[derive(Debug, Clone)]
pub struct SiteRoot {
    /// The folder as the user gave it (messages are relative to it).
    given: PathBuf,
    /// The same folder with every link and `..` resolved.
    canonical: PathBuf,
}

impl SiteRoot {
    /// Resolves the site folder.
    ///
    /// # Errors
    /// A usage error when the folder does not exist.
    pub fn new(root: &Path) -> Result<SiteRoot> {
        let canonical = root
            .canonicalize()
            .map_err(|e| Error::Usage(format!("cannot open the site folder {}: {e}", root.display())))?;
        Ok(SiteRoot {
            given: root.to_path_buf(),
            canonical,
        })
    }

    /// The site folder, resolved.
    pub fn canonical(&self) -> &Path {
        &self.canonical
    }

    /// `path` relative to the site folder (for messages), or `path` itself.
    pub fn relative(&self, path: &Path) -> PathBuf {
        path.strip_prefix(&self.given)
            .or_else(|_| path.strip_prefix(&self.canonical))
            .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
    }

    /// Resolves `path` (symbolic links, `..`) and checks that the result is
    /// inside the site. A path that does not exist is returned as it is.
    ///
    /// # Errors
    /// A diagnostic naming the path and where it leads, when it leads
    /// outside the site or is a broken or looping link.
    pub fn resolve(&self, path: &Path) -> std::result::Result<PathBuf, Diagnostic> {
        let rel = self.relative(path);
        match path.canonicalize() {
            Ok(target) if target.starts_with(&self.canonical) => Ok(target),
            Ok(target) => Err(Diagnostic::error(
                rel,
                format!("this path points outside the site (through a symbolic link or `..`), to {}", target.display()),
            )
            .hint("copy the file into the site folder instead of linking to it; tolk never reads, publishes or rewrites files from outside the site")
            .kind(crate::error::Kind::Input)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && std::fs::symlink_metadata(path).is_err() => {
                // Not there (yet): the folder it would be in must be inside.
                match path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    Some(parent) if parent != path => self.resolve(parent).map(|_| path.to_path_buf()),
                    _ => Ok(path.to_path_buf()),
                }
            }
            Err(e) => Err(Diagnostic::error(rel, format!("this symbolic link is broken or loops: {e}"))
                .hint("remove the link or point it to an existing file inside the site")
                .kind(crate::error::Kind::Input)),
        }
    }

    /// Checks every existing ancestor of `path` below the site folder and
    /// the path itself (a folder such as `locales/sv` may be the link).
    ///
    /// # Errors
    /// As [`SiteRoot::resolve`].
    pub fn check(&self, path: &Path) -> std::result::Result<(), Diagnostic> {
        self.resolve(path).map(|_| ())
    }

    /// Reads a file inside the site.
    ///
    /// # Errors
    /// A diagnostic for a path outside the site; I/O errors naming the file.
    pub fn read(&self, path: &Path) -> Result<Vec<u8>> {
        let resolved = self.resolve(path).map_err(|d| Error::build(vec![d]))?;
        std::fs::read(&resolved).map_err(|e| Error::io(&self.relative(path), e))
    }

    /// Reads a UTF-8 text file inside the site, without a byte-order mark.
    ///
    /// # Errors
    /// As [`SiteRoot::read`], and invalid UTF-8 located by line and column.
    pub fn read_text(&self, path: &Path) -> Result<String> {
        let bytes = self.read(path)?;
        decode(&bytes, &self.relative(path)).map_err(|d| Error::build(vec![d]))
    }

    /// Replaces the contents of a file inside the site (through a link only
    /// when the link's target is inside the site), atomically: the new text
    /// is written beside the file and renamed over it.
    ///
    /// # Errors
    /// A diagnostic for a path outside the site; I/O errors naming the file.
    pub fn write(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        let resolved = self.resolve(path).map_err(|d| Error::build(vec![d]))?;
        let dir = resolved.parent().unwrap_or(Path::new("."));
        let name = resolved
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let temp = dir.join(format!(".{name}.tolk-{}", std::process::id()));
        let rel = self.relative(path);
        std::fs::write(&temp, bytes).map_err(|e| Error::io(&rel, e))?;
        if let Ok(meta) = std::fs::metadata(&resolved) {
            let _ = std::fs::set_permissions(&temp, meta.permissions());
        }
        std::fs::rename(&temp, &resolved).map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            Error::io(&rel, e)
        })
    }
}

/// Removes a leading byte-order mark (editors on Windows write one).
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Decodes UTF-8 (dropping a byte-order mark), reporting the line, column
/// and byte offset of the first invalid byte.
///
/// # Errors
/// A diagnostic located at the first invalid byte.
pub fn decode(bytes: &[u8], file: &Path) -> std::result::Result<String, Diagnostic> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(strip_bom(text).to_string()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
            Err(Diagnostic::error(
                file.to_path_buf(),
                format!(
                    "the file is not valid UTF-8 text (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            )
            .at(line, Some(column))
            .hint("save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)"))
        }
    }
}

/// Walks a folder in name order, skipping hidden files.
pub fn walk(dir: &Path) -> impl Iterator<Item = walkdir::Result<walkdir::DirEntry>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
}

/// Refuses symbolic links that lead outside the site folder (a site must not
/// publish files from elsewhere on the computer). Links inside the site are
/// fine; links to folders are not followed, so loops cannot hang a build.
///
/// # Errors
/// A diagnostic naming the link and where it points.
pub fn check_symlink(root: &Path, entry: &walkdir::DirEntry) -> std::result::Result<(), Diagnostic> {
    if !entry.path_is_symlink() {
        return Ok(());
    }
    let site = SiteRoot::new(root).map_err(|e| Diagnostic::error(None, e.to_string()))?;
    site.check(entry.path())
}

/// Backup and swap files that editors leave next to the files they edit.
pub fn is_editor_junk(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
        || name.starts_with(".#")
}

/// `path` relative to `base`, or `path` itself when it is not below it.
pub fn relative_to(base: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_locates_invalid_bytes_and_drops_the_bom() {
        assert_eq!(decode("\u{feff}hej".as_bytes(), Path::new("a")).unwrap(), "hej");
        let d = decode(b"ok\nab\xffc", Path::new("a.ftl")).unwrap_err();
        assert_eq!((d.line, d.column), (Some(2), Some(3)));
    }
}
