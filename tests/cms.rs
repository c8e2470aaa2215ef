//! The browser CMS (`cms:` in site.yaml): the admin page and the generated
//! Sveltia CMS configuration, on the basic fixture.

mod common;

use common::Fixture;
use std::path::Path;

const CMS: &str = "cms:\n  backend:\n    name: github\n    repo: example/site\n    branch: main\n";

fn with_cms(extra: &str) -> Fixture {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}{extra}"));
    f
}

fn config(f: &Fixture) -> serde_json::Value {
    let text = std::fs::read_to_string(f.out().join("admin/config.yml")).unwrap();
    // It must be YAML (what the CMS reads) and the same value as JSON.
    let yaml: serde_json::Value = serde_saphyr::from_str(&text).expect("config.yml is valid YAML");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(yaml, json);
    json
}

#[test]
fn cms_is_off_by_default() {
    let f = Fixture::new("basic");
    f.build();
    assert!(!f.out().join("admin").exists());
}

#[test]
fn cms_config_covers_every_section_and_language_default_first() {
    let f = with_cms(CMS);
    f.build();
    let c = config(&f);
    assert_eq!(c["backend"]["name"], "github");
    assert_eq!(c["backend"]["repo"], "example/site");
    assert_eq!(c["backend"]["branch"], "main");
    assert_eq!(c["i18n"]["default_locale"], "sv");
    assert_eq!(c["i18n"]["locales"], serde_json::json!(["sv", "en", "de"]));
    // Regression (found by tests/e2e/cms.js saving through the UI): the CMS
    // wrote `date: ''` and a title-less file for every other locale, which
    // tolk refuses. New entries start in the default language only and
    // empty optional fields are left out.
    assert_eq!(c["i18n"]["initial_locales"], "default");
    assert_eq!(c["output"]["omit_empty_optional_fields"], true);
    let collections = c["collections"].as_array().unwrap();
    let news = collections
        .iter()
        .find(|c| c["name"] == "news")
        .expect("a collection for the news section");
    assert_eq!(news["folder"], "content/{{locale}}/news");
    let pages = collections
        .iter()
        .find(|c| c["name"] == "pages")
        .expect("a file collection");
    let files: Vec<&str> = pages["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    for key in ["_index.md", "about.md", "contact.md"] {
        let path = format!("content/{{{{locale}}}}/{key}");
        assert!(files.contains(&path.as_str()), "{path} missing from {files:?}");
        // The file tolk reads exists for the default language.
        assert!(f.root().join("content/sv").join(key).is_file());
    }
    // tolk's rules travel with the fields.
    let fields = news["fields"].as_array().unwrap();
    let field = |n: &str| {
        fields
            .iter()
            .find(|f| f["name"] == n)
            .unwrap_or_else(|| panic!("no field {n}"))
    };
    assert_eq!(field("title")["required"], true);
    assert_eq!(field("date")["i18n"], "duplicate");
    assert_eq!(field("weight")["i18n"], "duplicate");
    let event = field("event")["fields"].as_array().unwrap();
    assert!(
        event
            .iter()
            .any(|f| f["name"] == "start" && f["widget"] == "datetime" && f["i18n"] == "duplicate")
    );
}

#[test]
fn cms_admin_page_is_noindex_and_left_out_of_sitemap_feeds_and_search() {
    let f = with_cms(CMS);
    f.build();
    let html = std::fs::read_to_string(f.out().join("admin/index.html")).unwrap();
    assert!(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
    assert!(html.contains(tolk::render::cms::DEFAULT_SCRIPT));
    assert!(html.contains("href=\"config.yml\""));
    for entry in walkdir(&f.out()) {
        let rel = entry
            .strip_prefix(f.out())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.starts_with("admin/") {
            continue;
        }
        let text = std::fs::read(&entry).unwrap();
        let text = String::from_utf8_lossy(&text);
        assert!(!text.contains("admin/"), "{rel} mentions the admin page");
        assert!(!text.contains("sveltia"), "{rel} loads the CMS script");
    }
}

#[test]
fn cms_build_is_byte_identical_twice() {
    let f = with_cms(CMS);
    f.build();
    let first = std::fs::read(f.out().join("admin/config.yml")).unwrap();
    f.build();
    assert_eq!(first, std::fs::read(f.out().join("admin/config.yml")).unwrap());
}

#[test]
fn cms_settings_that_are_unsafe_fail_the_build_and_leave_the_disk_as_it_was() {
    let f = with_cms("cms:\n  backend:\n    name: github\n    repo: \"a b\"\n  script: \"javascript:alert(1)\"\n");
    let before = walk(f.root());
    let e = tolk::build(&f.options()).unwrap_err().to_string();
    assert!(e.contains("cms.backend.repo"), "{e}");
    assert!(e.contains("cms.script"), "{e}");
    assert_eq!(before, walk(f.root()));
}

#[test]
fn cms_unknown_setting_is_refused() {
    let f = with_cms("cms:\n  backend:\n    name: github\n  scirpt: x\n");
    let e = tolk::build(&f.options()).unwrap_err().to_string();
    assert!(e.contains("scirpt"), "{e}");
}

/// The real judge: the JSON schema the pinned @sveltia/cms package ships,
/// through ajv (tests/e2e/cms-schema.js). Skipped only outside CI when
/// node or tests/e2e/node_modules is missing.
#[test]
fn cms_config_is_valid_against_the_sveltia_schema() {
    let e2e = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e");
    let ready = e2e.join("node_modules/@sveltia/cms/schema/sveltia-cms.json").is_file()
        && std::process::Command::new("node").arg("--version").output().is_ok();
    if !ready {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install tests/e2e (npm ci) and node"
        );
        eprintln!("skipped: node or tests/e2e/node_modules missing (run npm ci in tests/e2e)");
        return;
    }
    let f = with_cms(CMS);
    f.write("content/sv/events/_index.md", "---\ntitle: Evenemang\n---\n");
    f.build();
    let out = std::process::Command::new("node")
        .arg(e2e.join("cms-schema.js"))
        .arg(f.out().join("admin/config.yml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn walk(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walkdir(dir) {
        let data = std::fs::read(&e).unwrap();
        out.push((e, data));
    }
    out.sort();
    out
}

fn walkdir(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walkdir(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn edit_url_links_every_page_to_its_source_file_in_the_footer() {
    let f = with_cms("edit_url: https://github.com/example/site/edit/main/{path}\n");
    f.use_default_theme();
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    let href = common::attr(&doc, "footer a[rel=nofollow]", "href");
    assert_eq!(href, "https://github.com/example/site/edit/main/content/sv/about.md");
    let en = f.html("en/index.html");
    assert_eq!(
        common::attr(&en, "footer a[rel=nofollow]", "href"),
        "https://github.com/example/site/edit/main/content/en/_index.md"
    );
}

#[test]
fn edit_url_is_off_by_default() {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    assert!(doc.select(&common::sel("footer a[rel=nofollow]")).next().is_none());
}

#[test]
fn edit_url_without_path_or_https_is_refused_with_its_line() {
    for bad in [
        "http://example.org/{path}",
        "https://example.org/edit",
        "\"https://x.org/{path}\\\" onclick=\\\"x\"",
    ] {
        let f = with_cms(&format!("edit_url: {bad}\n"));
        let e = tolk::build(&f.options()).unwrap_err().to_string();
        assert!(e.contains("edit_url"), "{bad}: {e}");
        assert!(!f.out().exists());
    }
}

/// The CMS preview is styled like the site: the admin page registers the
/// theme's stylesheet (a relative link, so it works in a sub-path), or the
/// ones `cms.preview_styles` names; a name that is no stylesheet of the
/// site is refused with the ones it has.
#[test]
fn cms_preview_uses_the_sites_stylesheet() {
    let f = with_cms(CMS);
    f.use_default_theme();
    f.build();
    let admin = std::fs::read_to_string(f.out().join("admin/index.html")).unwrap();
    assert!(
        admin.contains("CMS.registerPreviewStyle(\"../css/site.css\");"),
        "{admin}"
    );
    assert!(f.out().join("css/site.css").is_file());
    // The basic fixture's own theme has no css/site.css: nothing to register.
    let plain = with_cms(CMS);
    plain.build();
    let admin = std::fs::read_to_string(plain.out().join("admin/index.html")).unwrap();
    assert!(!admin.contains("registerPreviewStyle"), "{admin}");
}

#[test]
fn cms_preview_style_that_the_site_does_not_publish_is_refused() {
    let f = with_cms(&format!("{CMS}  preview_styles: [css/nope.css]\n"));
    f.use_default_theme();
    let before = common::tree(f.root());
    let e = tolk::build(&f.options()).unwrap_err().to_string();
    assert!(e.contains("css/nope.css") && e.contains("css/site.css"), "{e}");
    assert_eq!(common::tree(f.root()), before, "a refused build changed the disk");
    let ok = with_cms(&format!("{CMS}  preview_styles: [/css/site.css]\n"));
    ok.use_default_theme();
    ok.build();
    let admin = std::fs::read_to_string(ok.out().join("admin/index.html")).unwrap();
    assert!(
        admin.contains("CMS.registerPreviewStyle(\"../css/site.css\");"),
        "{admin}"
    );
}

/// A communicator editing a news item sees the fields of a page; the
/// listing settings (sort, feed, pages per page, grouping) are on the
/// section's own `_index.md` only, in folder and file collections alike.
#[test]
fn cms_shows_listing_settings_on_section_index_files_only() {
    let f = with_cms(CMS);
    f.build();
    let c = config(&f);
    let names = |fields: &serde_json::Value| -> Vec<String> {
        fields
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["name"].as_str().unwrap().to_string())
            .collect()
    };
    let listing = ["sort_by", "feed", "paginate_by", "group_by"];
    let collections = c["collections"].as_array().unwrap();
    let news = collections.iter().find(|c| c["name"] == "news").unwrap();
    let page = names(&news["fields"]);
    let index = names(&news["index_file"]["fields"]);
    for name in listing {
        assert!(!page.contains(&name.to_string()), "news items offer `{name}`: {page:?}");
        assert!(
            index.contains(&name.to_string()),
            "the section's index lacks `{name}`: {index:?}"
        );
    }
    assert!(page.contains(&"title".to_string()) && page.contains(&"body".to_string()));
    let files = collections.iter().find(|c| c["name"] == "pages").unwrap()["files"]
        .as_array()
        .unwrap()
        .clone();
    for file in &files {
        let path = file["file"].as_str().unwrap();
        let has = names(&file["fields"]).contains(&"sort_by".to_string());
        assert_eq!(has, path.ends_with("_index.md"), "{path}");
    }
}
