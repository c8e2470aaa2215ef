//! For search engines and feed readers: `sitemap.xml` with hreflang
//! alternates, `robots.txt`, and an Atom feed for every section marked
//! `feed: true`, in every language. Absolute URLs from `base_url` only.

use crate::lang::Lang;
use std::fmt::Write as _;

use crate::content::Page;
use crate::content::markdown::{self, LinkResolver};
use crate::content::page::PageDate;
use crate::output::{Data, OutputFile};
use crate::site::urls::permalink;
use crate::site::{Item, Site};

/// File name of a section's feed, inside the section's folder.
pub const ATOM_FILE: &str = "atom.xml";

use crate::escape::xml;

fn last_modified(page: &Page) -> Option<PageDate> {
    page.updated.or(page.date)
}

/// A page of the sitemap that is not a content item: a term page, a later
/// page of a paginated listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapUrl {
    /// Output folder.
    pub path: String,
    /// The same page in every language that has it (this one included):
    /// language and output folder.
    pub alternates: Vec<(Lang, String)>,
}

/// `sitemap.xml`: every page published in its own language (fallback copies
/// and redirects are left out), with every translation as an alternate,
/// then `more` (term pages, later pages of listings), in the order given.
pub fn sitemap(site: &Site, more: &[SitemapUrl]) -> OutputFile {
    let base = &site.config.base_url;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // The language chooser at the root is every page's `x-default`: it has
    // an entry of its own, with the language homes as alternates.
    let _ = writeln!(out, "  <url>\n    <loc>{}</loc>", xml(base));
    for lang in &site.config.languages {
        if let Some(home) = site.item(&lang.lang, "_index.md") {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                xml(lang.lang.as_str()),
                xml(&permalink(base, &home.path))
            );
        }
    }
    let _ = writeln!(
        out,
        "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>",
        xml(base)
    );
    for item in site.items.iter().filter(|i| !i.is_fallback) {
        let page = &site.pages[item.page];
        let _ = writeln!(out, "  <url>\n    <loc>{}</loc>", xml(&permalink(base, &item.path)));
        if let Some(d) = last_modified(page) {
            let _ = writeln!(out, "    <lastmod>{}</lastmod>", d.date);
        }
        for lang in &site.config.languages {
            if site.page_in(&lang.lang, &item.key).is_some()
                && let Some(t) = site.item(&lang.lang, &item.key)
            {
                let _ = writeln!(
                    out,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    xml(lang.lang.as_str()),
                    xml(&permalink(base, &t.path))
                );
            }
        }
        // The same alternates as the page's own HTML, x-default included.
        let _ = writeln!(
            out,
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
            xml(base)
        );
        out.push_str("  </url>\n");
    }
    for url in more {
        let _ = writeln!(out, "  <url>\n    <loc>{}</loc>", xml(&permalink(base, &url.path)));
        for (lang, path) in &url.alternates {
            let _ = writeln!(
                out,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                xml(lang.as_str()),
                xml(&permalink(base, path))
            );
        }
        let _ = writeln!(
            out,
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>",
            xml(base)
        );
    }
    out.push_str("</urlset>\n");
    OutputFile {
        path: "sitemap.xml".into(),
        data: Data::Bytes(out.into_bytes()),
        source: None,
    }
}

/// `robots.txt` pointing to the sitemap.
pub fn robots(site: &Site) -> OutputFile {
    let text = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.config.base_url
    );
    OutputFile {
        path: "robots.txt".into(),
        data: Data::Bytes(text.into_bytes()),
        source: None,
    }
}

/// Sections with `feed: true`, as published in `lang`.
pub fn feed_sections<'a>(site: &'a Site, lang: &'a Lang) -> impl Iterator<Item = &'a Item> + 'a {
    site.feeds
        .iter()
        .map(|i| &site.items[*i])
        .filter(move |i| i.lang == lang)
}

struct AbsoluteLinks<'a> {
    site: &'a Site,
    lang: &'a Lang,
    /// Output paths of the static files.
    static_files: &'a std::collections::BTreeSet<String>,
}

impl LinkResolver for AbsoluteLinks<'_> {
    /// `/files/plan.pdf` and `@/files/plan.pdf` as absolute addresses (a
    /// feed reader does not know the site's sub-path).
    fn file(&self, site_path: &str) -> Option<String> {
        let (path, rest) = site_path
            .find(['#', '?'])
            .map_or((site_path, ""), |i| site_path.split_at(i));
        let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
        let target = if self.static_files.contains(path.as_ref()) {
            path.to_string()
        } else {
            self.site.asset_for(self.lang, &path)?
        };
        Some(format!("{}{rest}", permalink(&self.site.config.base_url, &target)))
    }

    fn resolve(&self, path: &str) -> Option<String> {
        let (target, fragment) = self.site.content_link(self.lang, None, path)?;
        let mut url = permalink(&self.site.config.base_url, &target.path);
        if let Some(f) = fragment {
            url.push('#');
            url.push_str(f);
        }
        Some(url)
    }
}

/// An Atom 1.0 feed for every feed section in every language.
pub fn atom_feeds(
    site: &Site,
    titles: &super::Titles,
    static_files: &std::collections::BTreeSet<String>,
) -> Vec<OutputFile> {
    let mut files = Vec::new();
    for lang in &site.config.languages {
        for section in feed_sections(site, &lang.lang) {
            files.push(atom(site, section, titles, static_files));
        }
    }
    files
}

fn atom(
    site: &Site,
    section: &Item,
    titles: &super::Titles,
    static_files: &std::collections::BTreeSet<String>,
) -> OutputFile {
    let (pages, _) = site.children(&section.lang, &section.key);
    let section_page = &site.pages[section.page];
    atom_feed(
        site,
        &Feed {
            lang: &section.lang,
            path: &section.path,
            title: &section_page.title,
            entries: newest_first(site, pages),
            source: section_page.file.clone(),
        },
        titles,
        static_files,
    )
}

/// The dated items among `items`, newest first (then by key): the entries
/// of a feed.
pub fn newest_first<'a>(site: &Site, items: Vec<&'a Item>) -> Vec<&'a Item> {
    let mut entries: Vec<&Item> = items
        .into_iter()
        .filter(|i| site.pages[i.page].date.is_some())
        .collect();
    entries.sort_by(|a, b| {
        site.pages[b.page]
            .date
            .cmp(&site.pages[a.page].date)
            .then_with(|| a.key.cmp(&b.key))
    });
    entries
}

/// What one Atom feed lists: a section's pages, a term's.
pub struct Feed<'a> {
    /// The reader's language.
    pub lang: &'a Lang,
    /// Output folder of the HTML page the feed belongs to; the feed is
    /// its [`ATOM_FILE`].
    pub path: &'a str,
    /// The feed's title, before the site's.
    pub title: &'a str,
    /// The entries, in order.
    pub entries: Vec<&'a Item>,
    /// The source file the feed is made from, for messages.
    pub source: std::path::PathBuf,
}

/// An Atom 1.0 feed: `feed.entries` with their full text, links absolute.
pub fn atom_feed(
    site: &Site,
    feed: &Feed<'_>,
    titles: &super::Titles,
    static_files: &std::collections::BTreeSet<String>,
) -> OutputFile {
    let base = &site.config.base_url;
    let entries = &feed.entries;
    let updated = entries
        .iter()
        .filter_map(|i| last_modified(&site.pages[i.page]))
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| d.timestamp.to_string());
    let site_title = super::site_title(site, titles, feed.lang);
    let self_url = permalink(base, &format!("{}{ATOM_FILE}", feed.path));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        xml(feed.lang.as_str())
    );
    let _ = writeln!(out, "  <title>{} – {}</title>", xml(feed.title), xml(site_title));
    let _ = writeln!(out, "  <id>{}</id>", xml(&self_url));
    let _ = writeln!(
        out,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        xml(&self_url)
    );
    let _ = writeln!(
        out,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        xml(&permalink(base, feed.path))
    );
    let _ = writeln!(out, "  <updated>{updated}</updated>");
    let _ = writeln!(out, "  <author><name>{}</name></author>", xml(site_title));
    let _ = writeln!(out, "  <generator>tolk</generator>");
    for item in entries {
        let page = &site.pages[item.page];
        let url = permalink(base, &item.path);
        let input = page.markdown_input();
        let links = AbsoluteLinks {
            site,
            lang: feed.lang,
            static_files,
        };
        let html = markdown::render(&input, &site.config.markdown, &links).html;
        let summary = crate::content::summary::render(&input, &page.description, &site.config.markdown, &links);
        let published = page.date.map(|d| d.timestamp.to_string()).unwrap_or_default();
        let updated = last_modified(page).map(|d| d.timestamp.to_string()).unwrap_or_default();
        let _ = writeln!(out, "  <entry xml:lang=\"{}\">", xml(page.lang.as_str()));
        let _ = writeln!(out, "    <title>{}</title>", xml(&page.title));
        let _ = writeln!(out, "    <id>{}</id>", xml(&url));
        let _ = writeln!(
            out,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            xml(&url)
        );
        let _ = writeln!(
            out,
            "    <published>{published}</published>\n    <updated>{updated}</updated>"
        );
        if !summary.is_empty() {
            let _ = writeln!(out, "    <summary type=\"html\">{}</summary>", xml(&summary));
        }
        let _ = writeln!(
            out,
            "    <content type=\"html\" xml:base=\"{}\">{}</content>",
            xml(&url),
            xml(&html)
        );
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    OutputFile {
        path: format!("{}{ATOM_FILE}", feed.path),
        data: Data::Bytes(out.into_bytes()),
        source: Some(feed.source.clone()),
    }
}
