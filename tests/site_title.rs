//! The site's title has one rule (the language's Fluent `site-title`, else
//! `languages.<code>.title`, else `title`), and every output uses it: HTML
//! pages, the calendar's name, feed titles and the vCards' organisation.

mod common;

use common::Fixture;

#[test]
fn fluent_site_title_reaches_calendars_feeds_and_vcards() {
    // The shipped calendar has no events, hence no feed: lay the example
    // events over it.
    let f = Fixture::shipped_with_example_events();
    f.write("locales/en/zz-title.ftl", "site-title = Action 31 (Fluent title)\n");
    // A contact without an organisation gets the site's title as ORG.
    f.write(
        "content/sv/zz-kontakt.md",
        "---\ntitle: Kontakt\ncontacts:\n  - name: Test Person\n    phone: \"+46 8 000 00 00\"\n---\n",
    );
    f.write(
        "content/en/zz-kontakt.md",
        "---\ntitle: Contact\ncontacts:\n  - name: Test Person\n    phone: \"+46 8 000 00 00\"\n---\n",
    );
    f.build();
    let read = |rel: &str| std::fs::read_to_string(f.out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let home = f.html("en/index.html");
    assert!(common::text(&home, "title").contains("Action 31 (Fluent title)"));
    let ics = read("en/calendar.ics");
    assert!(ics.contains("X-WR-CALNAME:Action 31 (Fluent title)"), "{ics}");
    let atom = read("en/news/atom.xml");
    assert!(atom.contains("Action 31 (Fluent title)"), "{atom}");
    let vcards: Vec<_> = common::snapshot(&f.out())
        .into_iter()
        .filter(|(p, _)| p.starts_with("en/zz-kontakt") && p.extension().is_some_and(|e| e == "vcf"))
        .collect();
    assert!(!vcards.is_empty());
    for (path, bytes) in vcards {
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.contains("ORG:Action 31 (Fluent title)"),
            "{}: {text}",
            path.display()
        );
    }
    // Swedish has no such message: its title stays the one from site.yaml.
    assert!(read("sv/calendar.ics").contains("X-WR-CALNAME:Åtgärd 31"));
}

/// Pages and `tolk status` used two rules for a translation without
/// `translated_from` (`current` on the page, `untracked` in status).
#[test]
fn translation_state_is_one_rule_for_pages_and_status() {
    let f = Fixture::new("basic");
    f.build();
    let doc = f.html("en/about/index.html");
    assert_eq!(common::attr(&doc, "main", "data-state"), "untracked");
    let status = tolk::status::status(f.root()).unwrap();
    let en = status.iter().find(|l| l.lang == "en").unwrap();
    let about = en.pages.iter().find(|e| e.key == "about.md").unwrap();
    assert_eq!(about.state, tolk::status::State::Untracked);
}
