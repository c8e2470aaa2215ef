//! Links that work in a Markdown editor and on the site: relative links to
//! `.md` files resolve like `@/` links (per language, translation or
//! fallback, broken ones are errors with file:line), and links to the
//! site's files named from the root (`/files/plan.pdf`, `@/files/plan.pdf`)
//! are rewritten relative to the page. Judged on the written output.

mod common;

use common::{Fixture, assert_links_resolve, attr, resolve_link};

fn site() -> Fixture {
    let f = Fixture::new("basic");
    f.write("static/files/plan.pdf", "%PDF-1.4 plan");
    // A real (small) PNG: images are decoded to publish them responsively.
    let mut png = Vec::new();
    image::RgbImage::from_pixel(8, 6, image::Rgb([10, 120, 200]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    std::fs::create_dir_all(f.root().join("static/img")).unwrap();
    std::fs::write(f.root().join("static/img/map.png"), png).unwrap();
    f.write(
        "content/sv/news/first.md",
        "---\ntitle: Första nyheten\nslug: forsta\ndate: 2010-04-26\n---\n\
         [kontakt](../contact.md#telefon)\n\n\
         [om](../about.md)\n\n\
         [about in English](../../en/about.md)\n\n\
         [nyheter](_index.md)\n\n\
         [åtgärd](../%C3%A5tg%C3%A4rd.md)\n\n\
         [planen](/files/plan.pdf) [planen igen](@/files/plan.pdf#page=2)\n\n\
         ![Karta](/img/map.png)\n",
    );
    f.write("content/sv/åtgärd.md", "---\ntitle: Åtgärd\n---\nText.\n");
    f
}

fn href(f: &Fixture, page: &str, text: &str) -> String {
    let doc = f.html(page);
    let a = doc
        .select(&common::sel("main a, body a"))
        .find(|a| a.text().collect::<String>() == text)
        .unwrap_or_else(|| panic!("{page}: no link {text}"));
    a.value().attr("href").unwrap().to_string()
}

/// The file a link leads to, relative to the output folder.
fn lands(f: &Fixture, page: &str, href: &str) -> String {
    let target = resolve_link(&f.out(), page, href).unwrap();
    assert!(target.is_file(), "{page}: {href} → {} does not exist", target.display());
    target.strip_prefix(f.out()).unwrap().to_string_lossy().into_owned()
}

#[test]
fn relative_md_links_resolve_per_language_with_fallbacks() {
    let f = site();
    f.build();
    let sv = "sv/nyheter/forsta/index.html";
    let contact = href(&f, sv, "kontakt");
    assert!(contact.ends_with("#telefon"), "{contact}");
    assert_eq!(lands(&f, sv, &contact), "sv/kontakt/index.html");
    assert_eq!(lands(&f, sv, &href(&f, sv, "om")), "sv/om-oss/index.html");
    assert_eq!(lands(&f, sv, &href(&f, sv, "about in English")), "en/about/index.html");
    assert_eq!(lands(&f, sv, &href(&f, sv, "nyheter")), "sv/nyheter/index.html");
    assert_eq!(lands(&f, sv, &href(&f, sv, "åtgärd")), "sv/åtgärd/index.html");
    // The English reader gets the page as a fallback; its links follow
    // the reader's language: the English about page, not the Swedish one.
    let en = "en/news/first/index.html";
    assert_eq!(lands(&f, en, &href(&f, en, "om")), "en/about/index.html");
    assert_eq!(lands(&f, en, &href(&f, en, "kontakt")), "en/contact/index.html");
    assert_eq!(lands(&f, en, &href(&f, en, "nyheter")), "en/news/index.html");
    assert_links_resolve(&f.out());
}

#[test]
fn links_to_static_files_are_relative_to_the_page() {
    let f = site();
    f.build();
    for page in ["sv/nyheter/forsta/index.html", "en/news/first/index.html"] {
        let plan = href(&f, page, "planen");
        assert_eq!(plan, "../../../files/plan.pdf");
        let again = href(&f, page, "planen igen");
        assert_eq!(again, "../../../files/plan.pdf#page=2");
        assert_eq!(lands(&f, page, &again), "files/plan.pdf");
        let src = attr(&f.html(page), "img[alt=Karta]", "src");
        // The image is published responsively: its src is the widest
        // derivative (here at the original's 8 px), beside the original.
        assert_eq!(src, "../../../img/map.8w.png");
        assert_eq!(lands(&f, page, &src), "img/map.8w.png");
    }
}

#[test]
fn broken_relative_md_links_are_errors_at_their_line() {
    let f = Fixture::new("basic");
    f.write(
        "content/sv/news/first.md",
        "---\ntitle: Första\n---\nText.\n\nSe [saknas](../kontakt.md) och [ut](../../../x.md).\n",
    );
    let d = f.build_err();
    let broken: Vec<_> = d
        .iter()
        .filter(|d| d.file.as_deref() == Some(std::path::Path::new("content/sv/news/first.md")))
        .collect();
    assert_eq!(broken.len(), 2, "{d:#?}");
    assert!(
        broken
            .iter()
            .all(|d| d.line == Some(6) && d.is_error() && d.hint.is_some())
    );
    assert!(broken[0].message.contains("kontakt.md"), "{}", broken[0].message);
    assert_eq!(broken[0].column, Some(4));
    assert!(broken[1].message.contains("outside"), "{}", broken[1].message);
}

/// A relative `.md` link seen from a fallback page is reported once, for
/// the language that wrote it.
#[test]
fn a_broken_relative_link_is_reported_once_not_per_language() {
    let f = Fixture::new("basic");
    f.write("content/sv/news/first.md", "---\ntitle: Första\n---\n[x](nope.md)\n");
    let d = f.build_err();
    assert_eq!(d.iter().filter(|d| d.message.contains("nope.md")).count(), 1, "{d:#?}");
}

/// A feed reader does not know the site's sub-path: links to the site's
/// files and pages in feed entries are absolute.
#[test]
fn feed_entries_link_to_files_and_pages_absolutely() {
    let f = site();
    f.write(
        "content/sv/news/_index.md",
        "---\ntitle: Nyheter\nslug: nyheter\nfeed: true\nsort_by: date\n---\n",
    );
    f.build();
    let feed = std::fs::read_to_string(f.out().join("sv/nyheter/atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&feed).unwrap();
    let content: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("content"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        content.contains("href=\"https://example.org/sub/files/plan.pdf\""),
        "{content}"
    );
    assert!(
        content.contains("href=\"https://example.org/sub/files/plan.pdf#page=2\""),
        "{content}"
    );
    assert!(
        content.contains("href=\"https://example.org/sub/sv/kontakt/#telefon\""),
        "{content}"
    );
}
