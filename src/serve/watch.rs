//! Watching the site's sources: which file-system events matter (a pure,
//! table-tested function) and a debounce that turns a burst of saves into
//! one rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::fs::is_editor_junk;

/// Folders and files whose changes trigger a rebuild.
pub const WATCHED: &[&str] = &["content", "templates", "themes", "locales", "static", "po"];

/// Whether a change to `path` can change the site. The output folder,
/// hidden files (`.git`), editor swap and backup files never do.
///
/// ```
/// use std::path::Path;
/// use tolk::serve::watch::is_relevant;
/// let root = Path::new("/site");
/// let out = Path::new("/site/public");
/// assert!(is_relevant(root, out, Path::new("/site/content/sv/om.md")));
/// assert!(is_relevant(root, out, Path::new("/site/site.yaml")));
/// assert!(is_relevant(root, out, Path::new("/site/po/en.po")));
/// assert!(!is_relevant(root, out, Path::new("/site/public/sv/index.html")));
/// assert!(!is_relevant(root, out, Path::new("/site/content/sv/.om.md.swp")));
/// ```
pub fn is_relevant(root: &Path, output: &Path, path: &Path) -> bool {
    if path.starts_with(output) || is_editor_junk(path) {
        return false;
    }
    let Ok(rel) = path.strip_prefix(root) else { return false };
    if rel
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        return false;
    }
    if rel == Path::new(crate::config::FILE) {
        return true;
    }
    rel.components()
        .next()
        .is_some_and(|first| WATCHED.iter().any(|w| first.as_os_str() == *w))
}

/// Whether an event kind changes a file's content, name or existence.
/// Reads (our own build opening files) and metadata changes do not.
pub fn is_change(kind: &notify::EventKind) -> bool {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode, ModifyKind};
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

/// Waits for the first relevant change, then keeps collecting until `quiet`
/// passes without one (at most `max_wait` in all). Returns the changed
/// paths, or `None` when the channel closed.
pub fn next_batch(events: &Receiver<Vec<PathBuf>>, quiet: Duration, max_wait: Duration) -> Option<Vec<PathBuf>> {
    let mut batch = events.recv().ok()?;
    let started = Instant::now();
    loop {
        let left = max_wait.saturating_sub(started.elapsed());
        if left.is_zero() {
            break;
        }
        match events.recv_timeout(quiet.min(left)) {
            Ok(more) => batch.extend(more),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    batch.sort();
    batch.dedup();
    Some(batch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_editor_realities() {
        let root = Path::new("/s");
        let out = Path::new("/s/public");
        let cases = [
            ("/s/content/sv/a.md", true),
            ("/s/content/sv/new-folder/b.md", true),
            ("/s/themes/default/templates/base.html", true),
            ("/s/locales/en/site.ftl", true),
            ("/s/static/logo.svg", true),
            ("/s/templates/page.html", true),
            ("/s/site.yaml", true),
            ("/s/content/sv/a.md~", false),
            ("/s/content/sv/.a.md.swp", false),
            ("/s/content/sv/4913", false),
            ("/s/content/sv/.#a.md", false),
            ("/s/public/index.html", false),
            ("/s/.git/index", false),
            ("/s/README.md", false),
            ("/s/target/debug/x", false),
            ("/elsewhere/a.md", false),
        ];
        for (path, expected) in cases {
            assert_eq!(is_relevant(root, out, Path::new(path)), expected, "{path}");
        }
    }

    #[test]
    fn reads_and_metadata_are_not_changes() {
        use notify::EventKind;
        use notify::event::{
            AccessKind, AccessMode, CreateKind, DataChange, MetadataKind, ModifyKind, RemoveKind, RenameMode,
        };
        assert!(!is_change(&EventKind::Access(AccessKind::Open(AccessMode::Read))));
        assert!(!is_change(&EventKind::Access(AccessKind::Close(AccessMode::Read))));
        assert!(!is_change(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
        assert!(is_change(&EventKind::Access(AccessKind::Close(AccessMode::Write))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Data(DataChange::Content))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Name(RenameMode::To))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
        assert!(is_change(&EventKind::Remove(RemoveKind::File)));
    }

    #[test]
    fn a_burst_becomes_one_batch() {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for i in 0..50 {
                tx.send(vec![PathBuf::from(format!("/s/content/sv/{}.md", i % 3))])
                    .unwrap();
                std::thread::sleep(Duration::from_millis(2));
            }
        });
        let batch = next_batch(&rx, Duration::from_millis(80), Duration::from_secs(2)).unwrap();
        assert_eq!(batch.len(), 3);
    }
}
