//! `tolk init`: a new site with the default theme (embedded in the binary),
//! one page per language and a calendar with one sample event.

use std::path::Path;

use crate::error::{Error, Result};

/// The default theme's files, embedded at compile time.
const THEME: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

/// Starter files kept as files (under `src/init/starter/`), by site path.
const STARTER: &[(&str, &str)] = &[
    (
        "content/en/calendar/_index.md",
        include_str!("init/starter/content/en/calendar/_index.md"),
    ),
    (
        "content/en/calendar/sample-seminar.md",
        include_str!("init/starter/content/en/calendar/sample-seminar.md"),
    ),
    (
        "content/sv/calendar/_index.md",
        include_str!("init/starter/content/sv/calendar/_index.md"),
    ),
    (
        "content/sv/calendar/sample-seminar.md",
        include_str!("init/starter/content/sv/calendar/sample-seminar.md"),
    ),
];

/// Creates a site in `dir`; returns the number of languages.
///
/// # Errors
/// When `dir` exists and is not empty, or on I/O errors.
pub fn create(dir: &Path) -> Result<usize> {
    if dir.exists() && std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?.next().is_some() {
        return Err(Error::Usage(format!(
            "{} already exists and is not empty; choose a new folder",
            dir.display()
        )));
    }
    let site_yaml = "# Site configuration: see the README's site.yaml reference.\ntitle: My site\ndescription: A multilingual site built with tolk.\nbase_url: https://example.org/\ndefault_language: en\nlanguages:\n  en: {}\n  sv:\n    title: Min webbplats\ntheme: default\nmenus:\n  main: [about, calendar]\n";
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("site.yaml".into(), site_yaml.into()),
        // The output and tolk's cache of resized images are rebuilt from the
        // sources, so they stay out of version control.
        (".gitignore".into(), "public/\n.tolk-cache/\n".into()),
        ("content/en/_index.md".into(), "---\ntitle: Welcome\ndescription: The home page of my site.\n---\nThis is the home page. Read [about this site](@/about.md).\n".into()),
        ("content/en/about.md".into(), "---\ntitle: About\nweight: 10\n---\n## Who we are\n\nWrite about your organisation here.\n".into()),
        ("content/sv/_index.md".into(), "---\ntitle: Välkommen\ndescription: Webbplatsens startsida.\n---\nDetta är startsidan. Läs [om webbplatsen](@/about.md).\n".into()),
        ("content/sv/about.md".into(), "---\ntitle: Om oss\nslug: om-oss\nweight: 10\n---\n## Vilka vi är\n\nSkriv om er organisation här.\n".into()),
    ];
    // A calendar with one sample event per language, labelled as a sample.
    files.extend(
        STARTER
            .iter()
            .map(|(p, text)| ((*p).to_string(), text.as_bytes().to_vec())),
    );
    files.extend(THEME.iter().map(|(p, b)| (format!("themes/default/{p}"), b.to_vec())));
    for (path, bytes) in &files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
    }
    Ok(2)
}
