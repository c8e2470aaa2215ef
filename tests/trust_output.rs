//! The output folder can only ever hold tolk's own work: a build never
//! deletes, moves or writes anything it did not write itself, whatever the
//! output path (links, `..`, the site's own folders), and two builds never
//! write one output at once. Every test compares whole trees before and
//! after.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{Fixture, tree};

const NOW: &str = "2026-11-29T12:00:00Z";

fn build_into(root: &Path, output: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["build", "--now", NOW, "--root"])
        .arg(root)
        .arg("--output")
        .arg(output)
        .args(extra)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// Builds into `output` (relative to the site root) and asserts a refusal
/// with exit code 2 that left the whole site (and `also`) as it was.
fn assert_refused(f: &Fixture, output: &str, also: &Path, expect: &str) {
    let before = (tree(f.root()), tree(also));
    let out = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["build", "--now", NOW, "--output", output])
        .current_dir(f.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "--output {output}: {}", stderr(&out));
    assert!(stderr(&out).contains(expect), "--output {output}: {}", stderr(&out));
    assert!(
        before == (tree(f.root()), tree(also)),
        "--output {output} changed files on disk"
    );
}

#[test]
fn output_folder_with_a_users_files_is_refused_and_kept() {
    let f = Fixture::new("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("thesis.docx"), "hi").unwrap();
    let before = tree(elsewhere.path());
    let out = build_into(f.root(), elsewhere.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("thesis.docx"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(before, tree(elsewhere.path()));
}

#[test]
fn output_inside_or_around_the_sites_sources_is_refused() {
    let f = Fixture::new("basic");
    std::fs::create_dir_all(f.root().join(".git/objects")).unwrap();
    std::fs::write(f.root().join(".git/objects/keep"), "object").unwrap();
    std::fs::create_dir_all(f.root().join("locales/sv")).unwrap();
    let none = tempfile::tempdir().unwrap();
    for (output, expect) in [
        ("content/sv", "inside the site's source"),
        ("content", "is the site's source"),
        ("locales/sv", "inside the site's source"),
        (".git/objects", "inside the site's source"),
        ("site.yaml", "is the site's source"),
        ("themes/plain", "source"),
        (".", "is the site itself"),
        ("..", "contains the site itself"),
        ("public/../content/sv", "inside the site's source"),
        ("content/sv/../..", "is the site itself"),
        ("nothing/../../", "contains the site itself"),
    ] {
        assert_refused(&f, output, none.path(), expect);
    }
}

#[cfg(unix)]
#[test]
fn output_that_is_a_symlink_into_the_site_is_refused() {
    let f = Fixture::new("basic");
    std::os::unix::fs::symlink(f.root().join("content"), f.root().join("out")).unwrap();
    let none = tempfile::tempdir().unwrap();
    assert_refused(&f, "out", none.path(), "a symbolic link to");
    std::os::unix::fs::symlink(f.root(), f.root().join("up")).unwrap();
    assert_refused(&f, "up", none.path(), "is the site itself");
}

#[cfg(unix)]
#[test]
fn public_as_a_symlink_to_a_web_root_keeps_the_web_roots_files() {
    let f = Fixture::new("basic");
    let www = tempfile::tempdir().unwrap();
    std::fs::write(www.path().join(".htaccess"), "Deny from all").unwrap();
    std::fs::create_dir(www.path().join("other-site")).unwrap();
    std::fs::write(www.path().join("other-site/index.html"), "other").unwrap();
    std::os::unix::fs::symlink(www.path(), f.root().join("public")).unwrap();
    assert_refused(&f, "public", www.path(), ".htaccess");

    // A link to an empty folder (or one tolk wrote) is followed: the link
    // stays, the folder it names receives the site.
    let empty = tempfile::tempdir().unwrap();
    std::fs::remove_file(f.root().join("public")).unwrap();
    std::os::unix::fs::symlink(empty.path(), f.root().join("public")).unwrap();
    let out = build_into(f.root(), &f.root().join("public"), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(f.root().join("public"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(empty.path().join("sv/index.html").is_file());
    let again = build_into(f.root(), &f.root().join("public"), &[]);
    assert!(again.status.success(), "{}", stderr(&again));
}

#[test]
fn force_replaces_a_foreign_folder_on_purpose_but_never_the_sources() {
    let f = Fixture::new("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("site");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("old.txt"), "old").unwrap();
    let out = build_into(f.root(), &target, &["--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!target.join("old.txt").exists());
    assert!(target.join(tolk::output::MARKER).is_file());
    let none = tempfile::tempdir().unwrap();
    let before = tree(f.root());
    let out = Command::new(env!("CARGO_BIN_EXE_tolk"))
        .args(["build", "--now", NOW, "--force", "--output", "content"])
        .current_dir(f.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(before, tree(f.root()));
    drop(none);
}

#[test]
fn tolks_own_output_is_replaced_without_force_and_holds_the_marker() {
    let f = Fixture::new("basic");
    f.build();
    assert!(f.out().join(tolk::output::MARKER).is_file());
    std::fs::write(f.out().join("stale.html"), "from an old build").unwrap();
    f.build();
    assert!(!f.out().join("stale.html").exists());
    // Nothing but the output changed: no lock or staging folder is left.
    let names: Vec<String> = std::fs::read_dir(f.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("tolk"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn output_that_is_a_file_is_refused() {
    let f = Fixture::new("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    let file = elsewhere.path().join("notes.txt");
    std::fs::write(&file, "notes").unwrap();
    let before = tree(elsewhere.path());
    let out = build_into(f.root(), &file, &["--force"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is a file"), "{}", stderr(&out));
    assert_eq!(before, tree(elsewhere.path()));
}

#[test]
fn failed_build_leaves_every_file_on_disk_as_it_was() {
    let f = Fixture::new("basic");
    f.build();
    f.write("content/sv/broken.md", "---\ntitle: [oops\n---\n");
    let before = tree(f.root());
    let out = build_into(f.root(), &f.out(), &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(before, tree(f.root()));
    // A build into a new folder whose parents do not exist leaves no folders.
    let fresh = f.root().join("a/b/public");
    let out = build_into(f.root(), &fresh, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(before, tree(f.root()));
}

/// Holds an output's lock as a build would, from this test process.
fn hold_lock(parent: &Path, name: &str) -> std::fs::File {
    use std::io::Write;
    let mut file = std::fs::File::create(parent.join(format!(".{name}.tolk-lock"))).unwrap();
    file.try_lock().unwrap();
    write!(file, "424242").unwrap();
    file
}

#[test]
fn a_second_build_into_a_locked_output_stops_and_names_the_other_process() {
    let f = Fixture::new("basic");
    f.build();
    let lock = hold_lock(f.root(), "public");
    let before = tree(f.root());
    let out = build_into(f.root(), &f.out(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("process 424242"), "{}", stderr(&out));
    assert_eq!(before, tree(f.root()));
    drop(lock);
    let out = build_into(f.root(), &f.out(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn start_up_clean_up_removes_only_staging_folders_whose_owner_is_gone() {
    let f = Fixture::new("basic");
    let mut sleeper = Command::new("sleep").arg("30").spawn().unwrap();
    let mut gone = Command::new("true").spawn().unwrap();
    gone.wait().unwrap();
    for pid in [sleeper.id(), gone.id()] {
        let dir = f.root().join(format!(".public.tolk-staging-{pid}"));
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join(tolk::output::MARKER), "").unwrap();
        std::fs::write(dir.join("half.html"), "half").unwrap();
    }
    f.build();
    assert!(f.root().join(format!(".public.tolk-staging-{}", sleeper.id())).is_dir());
    assert!(!f.root().join(format!(".public.tolk-staging-{}", gone.id())).exists());
    sleeper.kill().unwrap();
    let _ = sleeper.wait();
}

/// A site large enough that a build takes a while, so two start together.
fn big_fixture() -> Fixture {
    let f = Fixture::new("basic");
    for i in 0..1500 {
        f.write(
            &format!("content/sv/many/p{i:04}.md"),
            &format!("---\ntitle: Sida {i}\n---\nText {i} med **fet** stil och en [länk](@/_index.md).\n"),
        );
    }
    f.write("content/sv/many/_index.md", "---\ntitle: Många\n---\n");
    f
}

#[test]
fn two_builds_at_once_never_publish_a_mixed_or_partial_output() {
    let f = big_fixture();
    let expected: std::collections::BTreeMap<_, _> = {
        let rendered = tolk::render_site(&f.options()).unwrap();
        rendered
            .files
            .iter()
            .map(|file| (std::path::PathBuf::from(&file.path), file.bytes().unwrap().to_vec()))
            .collect()
    };
    for round in 0..3 {
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_tolk"))
                .args(["build", "--now", NOW, "--root"])
                .arg(f.root())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let results = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
        let succeeded = results.iter().filter(|o| o.status.success()).count();
        assert!(succeeded >= 1, "round {round}: {results:?}");
        for o in results.iter().filter(|o| !o.status.success()) {
            assert_eq!(o.status.code(), Some(2), "round {round}: {}", stderr(o));
            assert!(stderr(o).contains("another tolk build (process "), "{}", stderr(o));
        }
        let mut published = common::snapshot(&f.out());
        assert!(published.remove(Path::new(tolk::output::MARKER)).is_some());
        assert!(
            published == expected,
            "round {round}: the output is not one whole build"
        );
        let leftovers: Vec<_> = std::fs::read_dir(f.root())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".tolk-"))
            .map(|e| e.file_name())
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
}

#[test]
fn output_paths_that_leave_the_output_folder_are_never_written() {
    for path in ["../x", "/etc/x", "a/../../x", "a//b", "a\\..\\b", "a/./b", "", "a\0b"] {
        assert!(!tolk::output::is_safe_output_path(path), "{path:?}");
    }
    let parent = tempfile::tempdir().unwrap();
    let target = parent.path().join("public");
    let staging = tolk::output::Staging::new(&target).unwrap();
    use tolk::output::Sink;
    let result = staging.put(tolk::output::OutputFile {
        path: "../escaped.html".into(),
        data: tolk::output::Data::Bytes(b"x".to_vec()),
        source: None,
    });
    assert!(result.is_err());
    assert!(!parent.path().join("escaped.html").exists());
}

#[cfg(unix)]
#[test]
fn old_output_with_a_link_to_an_outside_folder_is_replaced_without_following_it() {
    let f = Fixture::new("basic");
    f.build();
    let media = tempfile::tempdir().unwrap();
    std::fs::create_dir(media.path().join("photos")).unwrap();
    std::fs::write(media.path().join("photos/seminar.jpg"), "jpeg").unwrap();
    std::fs::write(media.path().join("keep.txt"), "keep").unwrap();
    // Links at the first and second level of the old output.
    std::os::unix::fs::symlink(media.path(), f.out().join("media")).unwrap();
    std::os::unix::fs::symlink(media.path(), f.out().join("sv/media")).unwrap();
    std::os::unix::fs::symlink(media.path().join("keep.txt"), f.out().join("sv/keep.txt")).unwrap();
    let before = tree(media.path());
    f.build();
    assert_eq!(
        before,
        tree(media.path()),
        "the deletion of the old output followed a link"
    );
    assert!(!f.out().join("media").exists());
}
