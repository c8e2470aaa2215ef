//! Hostile and broken input: symbolic links, template recursion, deep
//! nesting, untrusted HTML, and builds killed halfway.

mod common;

use std::process::Command;
use std::time::Duration;

use common::{Fixture, snapshot, text};

fn diagnostics(f: &Fixture) -> Vec<String> {
    f.build_err().iter().map(|d| d.to_string()).collect()
}

#[cfg(unix)]
#[test]
fn symlinks_outside_the_site_are_refused() {
    let f = Fixture::new("basic");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "---\ntitle: Secret\n---\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.md"), f.root().join("content/sv/secret.md")).unwrap();
    let d = diagnostics(&f);
    assert!(
        d.iter()
            .any(|d| d.contains("content/sv/secret.md") && d.contains("points outside the site")),
        "{d:?}"
    );

    let f = Fixture::new("basic");
    std::fs::write(outside.path().join("x.css"), "secret").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("x.css"),
        f.root().join("themes/plain/static/css/x.css"),
    )
    .unwrap();
    let d = diagnostics(&f);
    assert!(
        d.iter()
            .any(|d| d.contains("themes/plain/static/css/x.css") && d.contains("outside the site")),
        "{d:?}"
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_do_not_hang_and_inside_links_work() {
    let f = Fixture::new("basic");
    std::os::unix::fs::symlink(f.root().join("content/sv"), f.root().join("content/sv/loop")).unwrap();
    std::os::unix::fs::symlink(
        f.root().join("content/sv/about.md"),
        f.root().join("content/sv/alias.md"),
    )
    .unwrap();
    let d = diagnostics(&f);
    // The folder link is not followed (no hang); the file link inside the site
    // is read like a file, so it collides with the page it points to.
    assert!(d.iter().any(|d| d.contains("/sv/om-oss/index.html")), "{d:?}");
}

#[test]
fn template_that_includes_itself_is_an_error() {
    let f = Fixture::new("basic");
    f.write(
        "themes/plain/templates/page.html",
        "{% extends \"base.html\" %}{% block list %}{% include \"page.html\" %}{% endblock list %}",
    );
    let d = diagnostics(&f);
    assert!(
        d.iter()
            .any(|d| d.contains("includes or extends itself") || d.contains("Circular")),
        "{d:?}"
    );
    let f = Fixture::new("basic");
    f.write("themes/plain/templates/page.html", "{% extends \"page.html\" %}");
    let d = diagnostics(&f);
    assert!(d.iter().any(|d| d.contains("page.html")), "{d:?}");
}

#[test]
fn deep_nesting_finishes() {
    let f = Fixture::new("basic");
    let quotes = format!("{}deep\n", "> ".repeat(5000));
    let lists: String = (0..2000).map(|i| format!("{}- x\n", "  ".repeat(i))).collect();
    f.write(
        "content/sv/deep.md",
        &format!("---\ntitle: Djup\n---\n{quotes}\n{lists}\n{}\n", "[".repeat(10000)),
    );
    f.build();
    assert!(f.exists("sv/deep/index.html"));
    let mut nested = String::from("---\ntitle: YAML\nextra:\n  a: ");
    nested.push_str(&"[".repeat(500));
    nested.push_str(&"]".repeat(500));
    nested.push_str("\n---\n");
    f.write("content/sv/deep.md", &nested);
    let d = diagnostics(&f);
    assert!(d.iter().any(|d| d.contains("content/sv/deep.md")), "{d:?}");
}

#[test]
fn large_file_builds() {
    let f = Fixture::new("basic");
    let paragraph = "Lorem ipsum dolor sit amet, \"consectetur\" adipiscing elit. ".repeat(20);
    let body: String = (0..20_000)
        .map(|i| format!("## Rubrik {i}\n\n{paragraph}\n\n"))
        .collect();
    assert!(body.len() > 20_000_000);
    f.write("content/sv/big.md", &format!("---\ntitle: Stor\n---\n{body}"));
    f.build();
    let doc = f.html("sv/big/index.html");
    assert_eq!(text(&doc, "h1"), "Stor");
}

#[test]
fn untrusted_html_is_sanitised_escaped_or_allowed_as_configured() {
    let f = Fixture::new("basic");
    let body = "<script>alert(1)</script>\n\n<p onclick=\"x()\">Hej <abbr title=\"Svenska institutet\">SI</abbr></p>\n\n<details><summary>Mer</summary>Text</details>\n\n[klick](javascript:alert(1)) ![bild](data:image/png;base64,AAAA)\n";
    f.write("content/sv/html.md", &format!("---\ntitle: HTML\n---\n{body}"));
    f.build();
    let html = std::fs::read_to_string(f.out().join("sv/html/index.html")).unwrap();
    let main = &html[html.find("<main").unwrap()..];
    assert!(
        !main.contains("<script")
            && !main.contains("onclick")
            && !main.contains("javascript:")
            && !main.contains("data:image"),
        "{main}"
    );
    assert!(
        main.contains("<abbr title=\"Svenska institutet\">SI</abbr>") && main.contains("<details>"),
        "{main}"
    );

    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}markdown:\n  html: escape\n"));
    f.build();
    let html = std::fs::read_to_string(f.out().join("sv/html/index.html")).unwrap();
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped as text"
    );
    assert!(!html.contains("javascript:"));

    f.write("site.yaml", &format!("{yaml}markdown:\n  html: allow\n"));
    f.build();
    let html = std::fs::read_to_string(f.out().join("sv/html/index.html")).unwrap();
    assert!(html.contains("<script>alert(1)</script>"), "allow keeps trusted HTML");
}

#[test]
fn front_matter_values_are_escaped_in_templates() {
    let f = Fixture::new("basic");
    f.write("content/sv/x.md", "---\ntitle: \"<script>alert(1)</script>\"\n---\n");
    f.build();
    let html = std::fs::read_to_string(f.out().join("sv/x/index.html")).unwrap();
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
}

/// A build killed with SIGKILL while writing leaves the previous output
/// whole, and the next build succeeds.
#[cfg(unix)]
#[test]
fn killed_build_leaves_previous_output_intact() {
    let f = Fixture::new("basic");
    let paragraph = "Text med några ord. ".repeat(200);
    for i in 0..1500 {
        f.write(
            &format!("content/sv/many/p{i}.md"),
            &format!("---\ntitle: Sida {i}\n---\n{paragraph}\n"),
        );
    }
    f.build();
    let before = snapshot(&f.out());
    f.write("content/sv/about.md", "---\ntitle: Ändrad\nslug: om-oss\n---\n");
    let mut kills = 0;
    for delay_ms in [20, 60, 120, 200, 300, 450] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tolk"))
            .args(["build", "--now", "2026-11-29T12:00:00Z", "--root"])
            .arg(f.root())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let killed = child.try_wait().unwrap().is_none();
        let _ = child.kill();
        let _ = child.wait();
        if !killed {
            // The build finished before the kill: put the old output back for the next round.
            continue;
        }
        kills += 1;
        let now = snapshot(&f.out());
        assert!(
            now == before,
            "after a kill at {delay_ms} ms the output is not the previous one ({} vs {} files)",
            now.len(),
            before.len()
        );
    }
    assert!(kills > 0, "no build was slow enough to be killed");
    f.build();
    assert_eq!(text(&f.html("sv/om-oss/index.html"), "h1"), "Ändrad");
    let leftovers: Vec<_> = std::fs::read_dir(f.root())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("tolk-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn shipped_site_is_identical_with_one_thread_and_many() {
    // With the example events, so that event pages, .ics files and
    // calendar feeds are compared too (the shipped calendar has none).
    let f = Fixture::shipped_with_example_events();
    let (one, many) = common::build_with_one_and_many_threads(&f, "8");
    assert!(one.len() > 60);
    assert!(one == many, "outputs differ");
}

/// Many tiny files (pages and other files) build; the full-size figure (a
/// million files) is in the notes, this keeps the test suite fast.
#[test]
fn many_tiny_files_build() {
    let f = Fixture::new("basic");
    for d in 0..20 {
        for i in 0..500 {
            f.write(&format!("content/sv/filer/{d}/{i}.txt"), "x");
        }
    }
    for i in 0..1000 {
        f.write(
            &format!("content/sv/sidor/p{i}.md"),
            &format!("---\ntitle: S{i}\n---\n"),
        );
    }
    let report = f.build();
    assert_eq!(report.pages, 18 + 3 * 1000);
    assert!(f.exists("sv/filer/19/499.txt"));
}
