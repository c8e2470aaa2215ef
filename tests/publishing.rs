//! For search engines and feed readers: sitemap, robots.txt and Atom feeds,
//! parsed as XML and checked.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Fixture, attr};

fn built() -> Fixture {
    let f = Fixture::shipped();
    f.build();
    f
}

#[test]
fn sitemap_lists_own_pages_with_reciprocal_hreflang() {
    let f = built();
    let text = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assert_eq!(doc.root_element().tag_name().namespace(), Some(ns));
    let mut alternates: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    let mut locs = Vec::new();
    for url in doc.root_element().children().filter(|n| n.has_tag_name((ns, "url"))) {
        let loc = url
            .children()
            .find(|n| n.has_tag_name((ns, "loc")))
            .unwrap()
            .text()
            .unwrap()
            .to_string();
        assert!(loc.starts_with("https://action31.example.org/"), "{loc}");
        if let Some(lastmod) = url.children().find(|n| n.has_tag_name((ns, "lastmod"))) {
            lastmod.text().unwrap().parse::<jiff::civil::Date>().unwrap();
        }
        let links: BTreeSet<(String, String)> = url
            .children()
            .filter(|n| n.tag_name().name() == "link")
            .map(|n| {
                (
                    n.attribute("hreflang").unwrap().to_string(),
                    n.attribute("href").unwrap().to_string(),
                )
            })
            .collect();
        assert!(
            links.iter().any(|(_, h)| *h == loc),
            "{loc} lists itself as an alternate"
        );
        alternates.insert(loc.clone(), links);
        locs.push(loc);
    }
    assert!(
        !locs.iter().any(|l| l.contains("/ru/action-plan/")),
        "fallback copies are not in the sitemap"
    );
    assert!(locs.contains(&"https://action31.example.org/ru/o-mere-31/".to_string()));
    for (loc, links) in &alternates {
        for (lang, href) in links.iter().filter(|(l, _)| l != "x-default") {
            let theirs = alternates
                .get(href)
                .unwrap_or_else(|| panic!("{loc} → {href} ({lang}) is not in the sitemap"));
            assert!(
                theirs.iter().any(|(_, h)| h == loc),
                "hreflang is not reciprocal: {href} does not point back to {loc}"
            );
        }
    }
    let robots = std::fs::read_to_string(f.out().join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://action31.example.org/sitemap.xml"));
}

#[test]
fn news_feeds_are_atom_with_absolute_links() {
    let f = built();
    let text = std::fs::read_to_string(f.out().join("en/news/atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert!(feed.has_tag_name((atom, "feed")));
    assert_eq!(
        feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("en")
    );
    let updated = feed
        .children()
        .find(|n| n.has_tag_name((atom, "updated")))
        .unwrap()
        .text()
        .unwrap();
    updated.parse::<jiff::Timestamp>().unwrap();
    let entries: Vec<_> = feed.children().filter(|n| n.has_tag_name((atom, "entry"))).collect();
    assert_eq!(entries.len(), 1);
    let link = entries[0]
        .children()
        .find(|n| n.has_tag_name((atom, "link")))
        .unwrap()
        .attribute("href")
        .unwrap();
    assert_eq!(link, "https://action31.example.org/en/news/action-31-presented/");
    let content = entries[0]
        .children()
        .find(|n| n.has_tag_name((atom, "content")))
        .unwrap()
        .text()
        .unwrap();
    assert!(
        !content.contains("href=\"../") && content.contains("href=\"https://action31.example.org/en/"),
        "links in feed content are absolute"
    );
    // Every page of the language links to the feed.
    let page = f.html("en/about-action-31/index.html");
    assert_eq!(
        attr(&page, "link[rel=alternate][type='application/atom+xml']", "href"),
        "../news/atom.xml"
    );
}

#[test]
fn aliases_become_redirect_pages_and_a_redirects_file() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/about.md",
        "---\ntitle: Om oss\nslug: om-oss\naliases: [/sv/gamla-om/, sv/ännu-äldre]\n---\nText.\n",
    );
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    f.write("site.yaml", &format!("{yaml}output:\n  redirects_file: true\n"));
    f.build();
    let page = f.html("sv/gamla-om/index.html");
    assert_eq!(
        attr(&page, "meta[http-equiv=refresh]", "content"),
        "0; url=../om-oss/index.html"
    );
    assert_eq!(
        attr(&page, "link[rel=canonical]", "href"),
        "https://example.org/sub/sv/om-oss/"
    );
    assert_eq!(
        attr(&page, "a", "href"),
        "../om-oss/index.html",
        "a visible link for browsers without refresh"
    );
    assert!(f.exists("sv/ännu-äldre/index.html"));
    let redirects = std::fs::read_to_string(f.out().join("_redirects")).unwrap();
    assert_eq!(
        redirects,
        "/sub/sv/gamla-om/ /sub/sv/om-oss/ 301\n/sub/sv/ännu-äldre/ /sub/sv/om-oss/ 301\n"
    );
    let sitemap = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("gamla-om"), "redirects are not in the sitemap");
}

#[test]
fn external_links_are_checked_only_when_asked() {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let code = if request.url() == "/ok" { 200 } else { 404 };
            let _ = request.respond(tiny_http::Response::empty(code));
        }
    });
    let f = Fixture::new("basic");
    f.write("content/sv/about.md", &format!("---\ntitle: Om oss\nslug: om-oss\n---\n[bra](http://127.0.0.1:{port}/ok)\n\n[trasig](http://127.0.0.1:{port}/gone)\n"));
    let options = f.options();
    let plain = tolk::check::check(&options, tolk::check::CheckOptions { external: false }).unwrap();
    assert!(!plain.problems.iter().any(|p| p.kind == tolk::error::Kind::ExternalLink));
    let report = tolk::check::check(&options, tolk::check::CheckOptions { external: true }).unwrap();
    let external: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.kind == tolk::error::Kind::ExternalLink)
        .collect();
    assert_eq!(external.len(), 1, "{:?}", report.problems);
    assert!(external[0].diagnostic.message.contains("/gone answers HTTP 404"));
    assert_eq!(external[0].diagnostic.line, Some(7));
}

#[test]
fn regression_sitemap_alternates_equal_each_pages_own_and_the_chooser_has_an_entry() {
    let f = built();
    let text = std::fs::read_to_string(f.out().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let base = "https://action31.example.org/";
    let mut checked = 0;
    let mut chooser = false;
    for url in doc.root_element().children().filter(|n| n.has_tag_name((ns, "url"))) {
        let loc = url
            .children()
            .find(|n| n.has_tag_name((ns, "loc")))
            .unwrap()
            .text()
            .unwrap();
        let in_sitemap: BTreeSet<(String, String)> = url
            .children()
            .filter(|n| n.tag_name().name() == "link")
            .map(|n| {
                (
                    n.attribute("hreflang").unwrap().into(),
                    n.attribute("href").unwrap().into(),
                )
            })
            .collect();
        // Addresses outside ASCII are percent-encoded (`etiketter/m%C3%A4nniskohandel/`).
        let rel = percent_encoding::percent_decode_str(loc.strip_prefix(base).unwrap())
            .decode_utf8()
            .unwrap()
            .into_owned();
        let rel = rel.as_str();
        chooser |= rel.is_empty();
        let html = std::fs::read_to_string(f.out().join(rel).join("index.html")).unwrap();
        let page = scraper::Html::parse_document(&html);
        let in_html: BTreeSet<(String, String)> = page
            .select(&scraper::Selector::parse("link[rel=alternate][hreflang]").unwrap())
            .map(|e| (e.attr("hreflang").unwrap().into(), e.attr("href").unwrap().into()))
            .collect();
        assert_eq!(in_sitemap, in_html, "{loc}");
        checked += 1;
    }
    assert!(chooser, "the x-default target has its own entry");
    assert!(checked > 20);
}
