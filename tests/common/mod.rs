//! Test harness: copy a fixture site into a temp dir, build it, and read the
//! output back as parsed HTML.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use scraper::{Html, Selector};

/// A fixture site copied into a temporary folder.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    /// Copies `tests/fixtures/<name>` into a temp dir.
    pub fn new(name: &str) -> Fixture {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&src, dir.path());
        Fixture { dir }
    }

    /// Copies the repository's own site (content, its PO catalogues, themes,
    /// locales, site.yaml).
    pub fn shipped() -> Fixture {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        for name in ["content", "po", "themes", "locales", "static", "templates"] {
            if root.join(name).is_dir() {
                copy_dir(&root.join(name), &dir.path().join(name));
            }
        }
        std::fs::copy(root.join("site.yaml"), dir.path().join("site.yaml")).unwrap();
        Fixture { dir }
    }

    /// The shipped site with the example events of
    /// `tests/fixtures/example-events` laid over it (the shipped calendar
    /// has no events: the site's source names none).
    pub fn shipped_with_example_events() -> Fixture {
        let f = Fixture::shipped();
        let events = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example-events/content");
        copy_dir(&events, &f.root().join("content"));
        f
    }

    /// Switches the fixture to the repository's default theme.
    pub fn use_default_theme(&self) {
        let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        copy_dir(&theme, &self.root().join("themes/default"));
        let yaml = std::fs::read_to_string(self.root().join("site.yaml")).unwrap();
        std::fs::write(
            self.root().join("site.yaml"),
            yaml.replace("theme: plain", "theme: default"),
        )
        .unwrap();
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.root().join(rel)).unwrap();
    }

    pub fn options(&self) -> tolk::BuildOptions {
        tolk::BuildOptions {
            root: self.root().to_path_buf(),
            now: Some("2026-11-29T12:00:00Z".parse().unwrap()),
            ..Default::default()
        }
    }

    /// Builds and panics on failure.
    pub fn build(&self) -> tolk::BuildReport {
        match tolk::build(&self.options()) {
            Ok(r) => r,
            Err(e) => panic!("build failed:\n{e}"),
        }
    }

    /// Builds and returns the diagnostics of the failure.
    pub fn build_err(&self) -> Vec<tolk::error::Diagnostic> {
        match tolk::build(&self.options()) {
            Ok(_) => panic!("build unexpectedly succeeded"),
            Err(tolk::error::Error::Build(d)) => d,
            Err(e) => panic!("unexpected error kind: {e}"),
        }
    }

    pub fn html(&self, rel: &str) -> Html {
        let path = self.out().join(rel);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Html::parse_document(&text)
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.out().join(rel).is_file()
    }
}

pub fn copy_dir(src: &Path, dst: &Path) {
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(src).unwrap();
        let target = dst.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Text of the first element matching `selector`.
pub fn text(doc: &Html, selector: &str) -> String {
    doc.select(&sel(selector))
        .next()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .text()
        .collect::<String>()
        .trim()
        .to_string()
}

/// Attribute of the first element matching `selector`.
pub fn attr(doc: &Html, selector: &str, name: &str) -> String {
    doc.select(&sel(selector))
        .next()
        .unwrap_or_else(|| panic!("no element {selector}"))
        .value()
        .attr(name)
        .unwrap_or_else(|| panic!("{selector} has no {name}"))
        .to_string()
}

/// The text of every element matching `selector`.
pub fn texts(doc: &Html, selector: &str) -> Vec<String> {
    doc.select(&sel(selector))
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

/// Builds the fixture with the `tolk` binary and `RAYON_NUM_THREADS=1`,
/// then with `threads`, and returns both outputs.
pub fn build_with_one_and_many_threads(
    f: &Fixture,
    threads: &str,
) -> (BTreeMap<PathBuf, Vec<u8>>, BTreeMap<PathBuf, Vec<u8>>) {
    let mut outputs = Vec::new();
    for (name, n) in [("one", "1"), ("many", threads)] {
        let dir = f.root().join(name);
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tolk"))
            .args(["build", "--now", "2026-11-29T12:00:00Z", "--root"])
            .arg(f.root())
            .arg("--output")
            .arg(&dir)
            .env("RAYON_NUM_THREADS", n)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        outputs.push(snapshot(&dir));
    }
    let many = outputs.pop().unwrap();
    (outputs.pop().unwrap(), many)
}

/// Every file of a folder with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Follows a relative link from an HTML file to the file it names
/// (`…/` → `…/index.html`), or `None` for external links.
pub fn resolve_link(out: &Path, from_file: &str, href: &str) -> Option<PathBuf> {
    if href.contains("://")
        || href.starts_with("mailto:")
        || href.starts_with("tel:")
        || href.starts_with("data:")
        || href.starts_with('#')
        || href.starts_with("//")
    {
        return None;
    }
    let href = href.split(['#', '?']).next().unwrap();
    assert!(
        !href.starts_with('/'),
        "{from_file}: root-relative link {href} breaks in sub-paths"
    );
    let mut path: PathBuf = Path::new(from_file).parent().unwrap().to_path_buf();
    for part in href.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                assert!(path.pop(), "{from_file}: link {href} leaves the site");
            }
            p => path.push(p),
        }
    }
    let full = out.join(&path);
    Some(if href.ends_with('/') || href.is_empty() || full.is_dir() {
        full.join("index.html")
    } else {
        full
    })
}

/// Every internal href/src in every HTML file resolves to an existing file.
pub fn assert_links_resolve(out: &Path) -> usize {
    let mut checked = 0;
    for (rel, bytes) in snapshot(out) {
        if rel.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let doc = Html::parse_document(&String::from_utf8(bytes).unwrap());
        for el in doc.select(&sel("[href], [src]")) {
            let link = el.value().attr("href").or(el.value().attr("src")).unwrap();
            if el.value().name() == "link" && matches!(el.value().attr("rel"), Some("canonical" | "alternate")) {
                continue;
            }
            if let Some(target) = resolve_link(out, rel.to_str().unwrap(), link) {
                assert!(
                    target.is_file(),
                    "{}: link {link} → {} does not exist",
                    rel.display(),
                    target.display()
                );
                checked += 1;
            }
        }
    }
    checked
}

/// One entry of a folder tree, for before/after comparisons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Dir,
    File(Vec<u8>),
    Link(PathBuf),
}

/// Every folder, file (with its bytes) and symbolic link (with its target)
/// below `dir`, links not followed: what a test compares before and after.
pub fn tree(dir: &Path) -> BTreeMap<PathBuf, Entry> {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
            let entry = if e.path_is_symlink() {
                Entry::Link(std::fs::read_link(e.path()).unwrap())
            } else if e.file_type().is_dir() {
                Entry::Dir
            } else {
                Entry::File(std::fs::read(e.path()).unwrap())
            };
            (rel, entry)
        })
        .collect()
}

/// Runs the `tolk` binary with `args` in `dir`.
pub fn tolk(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// The port in the first line `tolk serve` prints (`… http://127.0.0.1:PORT/`).
pub fn served_port(line: &str) -> u16 {
    line.split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
}

/// GET `path` from the preview on `port`: the whole HTTP response as text.
pub fn http_get(port: u16, path: &str) -> String {
    use std::io::{Read as _, Write as _};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    raw
}
