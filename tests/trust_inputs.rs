//! One symbolic-link rule for every input: site.yaml, content, templates,
//! static files, locales (files and folders), themes, and the file
//! `tolk translated` rewrites. A link leading outside the site is refused
//! with its name; its target is never read into the output nor written.

#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;

use common::{Fixture, tree};

const SECRET: &str = "secret-from-outside-the-site";

fn outside() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.ftl"), format!("home = {SECRET}\n")).unwrap();
    std::fs::create_dir_all(dir.path().join("sv")).unwrap();
    std::fs::write(dir.path().join("sv/site.ftl"), format!("home = {SECRET}\n")).unwrap();
    dir
}

/// Builds and asserts a refusal naming `name`, no output, nothing changed.
fn assert_refused(f: &Fixture, name: &str) {
    let before = tree(f.root());
    let text = match tolk::build(&f.options()) {
        Ok(_) => panic!("{name}: the build published a file from outside the site"),
        Err(e) => e.to_string(),
    };
    assert!(
        text.contains(name) && text.contains("outside the site"),
        "{name}: {text}"
    );
    assert!(!text.contains(SECRET));
    assert_eq!(before, tree(f.root()), "{name}");
    assert!(!f.out().exists());
}

#[test]
fn fluent_file_linked_from_outside_is_refused() {
    let f = Fixture::new("basic");
    let o = outside();
    std::fs::create_dir_all(f.root().join("locales/sv")).unwrap();
    symlink(o.path().join("site.ftl"), f.root().join("locales/sv/site.ftl")).unwrap();
    assert_refused(&f, "locales/sv/site.ftl");
}

#[test]
fn locale_folder_linked_from_outside_is_refused() {
    let f = Fixture::new("basic");
    let o = outside();
    symlink(o.path().join("sv"), f.root().join("locales/sv")).unwrap();
    assert_refused(&f, "locales/sv");
}

#[test]
fn theme_folder_linked_from_outside_is_refused() {
    let f = Fixture::new("basic");
    let o = tempfile::tempdir().unwrap();
    common::copy_dir(&f.root().join("themes/plain"), &o.path().join("plain"));
    std::fs::remove_dir_all(f.root().join("themes/plain")).unwrap();
    symlink(o.path().join("plain"), f.root().join("themes/plain")).unwrap();
    assert_refused(&f, "themes/plain");
}

#[test]
fn site_yaml_linked_from_outside_is_refused() {
    let f = Fixture::new("basic");
    let o = tempfile::tempdir().unwrap();
    std::fs::rename(f.root().join("site.yaml"), o.path().join("site.yaml")).unwrap();
    symlink(o.path().join("site.yaml"), f.root().join("site.yaml")).unwrap();
    assert_refused(&f, "site.yaml");
}

#[test]
fn links_inside_the_site_are_followed() {
    let f = Fixture::new("basic");
    std::fs::create_dir_all(f.root().join("shared")).unwrap();
    std::fs::write(f.root().join("shared/sv.ftl"), "inside-message = Inuti\n").unwrap();
    std::fs::create_dir_all(f.root().join("locales/sv")).unwrap();
    symlink(f.root().join("shared/sv.ftl"), f.root().join("locales/sv/shared.ftl")).unwrap();
    f.build();
}

#[test]
fn translated_never_rewrites_a_file_outside_the_site() {
    let f = Fixture::new("basic");
    let o = tempfile::tempdir().unwrap();
    let target = o.path().join("about.md");
    std::fs::write(&target, "---\ntitle: About (outside)\n---\nText\n").unwrap();
    std::fs::remove_file(f.root().join("content/en/about.md")).unwrap();
    symlink(&target, f.root().join("content/en/about.md")).unwrap();
    let before = (tree(f.root()), tree(o.path()));
    let out = common::tolk(f.root(), &["translated", "content/en/about.md"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("outside the site"), "{err}");
    assert_eq!(before, (tree(f.root()), tree(o.path())));
}

#[test]
fn translated_writes_through_a_link_inside_the_site_atomically() {
    let f = Fixture::new("basic");
    std::fs::create_dir_all(f.root().join("drafts")).unwrap();
    std::fs::rename(f.root().join("content/en/about.md"), f.root().join("drafts/about.md")).unwrap();
    symlink(f.root().join("drafts/about.md"), f.root().join("content/en/about.md")).unwrap();
    let out = common::tolk(f.root(), &["translated", "content/en/about.md"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        std::fs::symlink_metadata(f.root().join("content/en/about.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = std::fs::read_to_string(f.root().join("drafts/about.md")).unwrap();
    assert!(text.contains("translated_from: "), "{text}");
    let stray: Vec<_> = std::fs::read_dir(f.root().join("drafts"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(stray.len(), 1, "{stray:?}");
}
