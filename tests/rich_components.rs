//! Callouts (`> [!NOTE]`) and components (`::: video …` … `:::`) on fixture
//! sites with the default theme: the published HTML parsed back, labels per
//! language, and every mistake an author can make reported with file:line
//! and a hint.

mod common;

use common::{Fixture, attr, sel, text, texts};
use std::path::Path;

fn default_site() -> Fixture {
    let f = Fixture::new("basic");
    f.use_default_theme();
    f
}

fn page(f: &Fixture, lang: &str, body: &str) {
    let title = if lang == "sv" { "Om oss" } else { "About us" };
    f.write(
        &format!("content/{lang}/about.md"),
        &format!("---\ntitle: {title}\nslug: om-oss\n---\n{body}"),
    );
}

const ALL_KINDS: &str = "> [!NOTE]\n> a\n\n> [!TIP]\n> b\n\n> [!IMPORTANT]\n> c\n\n> [!WARNING]\n> Sista dagen är **1 mars**.\n\n> [!CAUTION]\n> e\n";

#[test]
fn callouts_are_labelled_in_the_page_language() {
    let f = default_site();
    page(&f, "sv", ALL_KINDS);
    page(&f, "en", ALL_KINDS);
    f.build();
    let sv = f.html("sv/om-oss/index.html");
    assert_eq!(
        texts(&sv, ".prose .callout[role=note] > .callout-title"),
        ["Observera", "Tips", "Viktigt", "Varning", "Var försiktig"]
    );
    assert_eq!(texts(&sv, ".callout-warning strong"), ["1 mars"]);
    assert!(sv.select(&sel(".prose blockquote")).next().is_none(), "no quote left");
    let en = f.html("en/om-oss/index.html");
    assert_eq!(
        texts(&en, ".callout > .callout-title"),
        ["Note", "Tip", "Important", "Warning", "Caution"]
    );
    // A German reader gets the English page as a fallback; the label is
    // the theme's, in the reader's language.
    let de = f.html("de/about/index.html");
    assert_eq!(texts(&de, ".callout-warning > .callout-title"), ["Warnung"]);
}

#[test]
fn callout_styles_use_logical_properties_for_right_to_left_pages() {
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/css/site.css"))
        .unwrap();
    let start = css.find(".prose .callout {").unwrap();
    let rules = &css[start..start + css[start..].find("/* Components").unwrap()];
    assert!(rules.contains("border-inline-start"), "{rules}");
    for physical in [
        "border-left",
        "border-right",
        "padding-left",
        "margin-left",
        "text-align: left",
    ] {
        assert!(!rules.contains(physical), "{physical} in {rules}");
    }
    assert!(rules.contains("prefers-color-scheme: dark"));
}

const COMPONENTS: &str = "Intro.\n\n\
::: video https://www.youtube.com/watch?v=aqz-KE-bpKQ title=\"Seminariet 2026\"\n\
Inspelning från *seminariet*.\n\
:::\n\n\
::: details Hur söker jag?\n\
Skriv till oss.\n\n\
> [!TIP]\n\
> Inuti.\n\
:::\n\n\
::: button contact.md\n\
Kontakta oss\n\
:::\n\n\
::: figure /img/two.png alt=\"Två personer\" credit=\"Foto: Anna\"\n\
Bildtext.\n\
:::\n\n\
```\n::: not a component inside code\n```\n";

#[test]
fn components_render_with_the_theme_templates() {
    let f = default_site();
    f.write("static/img/two.png", "png");
    page(&f, "sv", COMPONENTS);
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    // Video: a facade, no player and no request to the host in the HTML.
    let facade = doc
        .select(&sel(".prose figure.video .video-facade"))
        .next()
        .expect("facade");
    assert_eq!(
        facade.value().attr("data-embed"),
        Some("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1")
    );
    assert!(
        doc.select(&sel("iframe, [src*='youtube'], [srcset*='youtube']"))
            .next()
            .is_none()
    );
    assert_eq!(
        attr(&doc, ".video-link", "href"),
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    );
    assert!(text(&doc, ".video-link").starts_with("Seminariet 2026"));
    assert!(text(&doc, ".video-notice").contains("YouTube"));
    let button = doc
        .select(&sel("button.video-play[type=button][hidden]"))
        .next()
        .expect("button");
    assert!(button.text().collect::<String>().contains("YouTube"));
    assert_eq!(text(&doc, "figure.video figcaption em"), "seminariet");
    let script = attr(&doc, "script[src$='embed.js']", "src");
    assert!(
        f.exists(&format!("sv/om-oss/{script}").replace("sv/om-oss/../../", "")),
        "{script}"
    );
    // Details with a callout inside.
    assert_eq!(text(&doc, ".prose details.details > summary"), "Hur söker jag?");
    assert_eq!(text(&doc, "details.details .callout-tip .callout-title"), "Tips");
    // Call to action: the link resolved like any link.
    assert_eq!(text(&doc, ".cta a.button"), "Kontakta oss");
    assert_eq!(attr(&doc, ".cta a.button", "href"), "../kontakt/index.html");
    // Figure with its credit, the image address relative to the page.
    assert_eq!(attr(&doc, "figure.figure img", "src"), "../../img/two.png");
    assert_eq!(attr(&doc, "figure.figure img", "alt"), "Två personer");
    assert_eq!(text(&doc, "figure.figure figcaption .credit"), "Foto: Anna");
    // In a code block the line stays text.
    assert_eq!(text(&doc, ".prose pre code"), "::: not a component inside code");
    assert!(!text(&doc, ".prose").contains(":::details"));
}

#[test]
fn a_site_template_overrides_a_component() {
    let f = default_site();
    f.write(
        "templates/components/details.html",
        "<div class=\"mine\">{{ args.summary }}|{{ body | safe }}</div>\n",
    );
    page(&f, "sv", "::: details Fråga\nSvar.\n:::\n");
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    assert_eq!(text(&doc, ".prose .mine"), "Fråga|Svar.");
}

/// A theme without component templates (and the Atom feed) gets tolk's
/// plain markup: a link instead of a player.
#[test]
fn without_templates_components_fall_back_to_plain_markup() {
    let f = Fixture::new("basic");
    page(
        &f,
        "sv",
        "::: video https://vimeo.com/76979871\n:::\n\n> [!NOTE]\n> Obs.\n",
    );
    f.build();
    let doc = f.html("sv/om-oss/index.html");
    assert_eq!(
        attr(&doc, "a[href='https://vimeo.com/76979871']", "href"),
        "https://vimeo.com/76979871"
    );
    assert!(doc.select(&sel("iframe, script[src*=embed]")).next().is_none());
    assert_eq!(texts(&doc, ".callout-note[role=note] p"), ["Obs."]);
}

fn errors_of(f: &Fixture) -> Vec<(usize, String, String)> {
    let mut d: Vec<(usize, String, String)> = f
        .build_err()
        .into_iter()
        .filter(|d| d.is_error() && d.file.as_deref() == Some(Path::new("content/sv/about.md")))
        .map(|d| (d.line.unwrap(), d.message, d.hint.unwrap_or_default()))
        .collect();
    d.sort();
    d
}

#[test]
fn component_mistakes_are_errors_with_line_and_did_you_mean() {
    let f = default_site();
    page(
        &f,
        "sv",
        "::: vidoe https://youtu.be/aqz-KE-bpKQ\n:::\n\n\
         ::: video https://youtu.be/aqz-KE-bpKQ titel=\"x\"\n:::\n\n\
         ::: video https://example.org/film.mp4\n:::\n\n\
         ::: figure a.png credit=x\n:::\n\n\
         ::: button @/nope.md\nText\n:::\n\n\
         ::: details Tom\n:::\n\n\
         :::\n\n\
         ::: details Aldrig stängd\nText\n",
    );
    let e = errors_of(&f);
    let at = |line: usize| {
        e.iter()
            .find(|(l, _, _)| *l == line)
            .unwrap_or_else(|| panic!("no error at line {line}: {e:#?}"))
    };
    assert!(at(5).1.contains("no component `vidoe`") && at(5).2.contains("did you mean `video`"));
    assert!(at(8).1.contains("no argument `titel`") && at(8).2.contains("`title`"));
    assert!(
        at(11).1.contains("cannot embed") && at(11).2.contains("PeerTube"),
        "{e:#?}"
    );
    assert!(at(14).1.contains("`alt`"));
    assert!(at(17).1.contains("@/nope.md"));
    assert!(at(21).1.contains("empty"));
    assert!(at(24).1.contains("closes no component"));
    assert!(at(26).1.contains("not closed"));
    assert_eq!(e.len(), 8, "{e:#?}");
}

/// `tolk check` reports the same errors as `build` (it renders first).
#[test]
fn check_reports_component_errors() {
    let f = default_site();
    page(&f, "sv", "Text.\n\n::: detials Fråga\nSvar.\n:::\n");
    let out = common::tolk(f.root(), &["check"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let all = format!("{stdout}{stderr}");
    assert!(all.contains("content/sv/about.md:7:1"), "{all}");
    assert!(all.contains("did you mean `details`"), "{all}");
}

#[test]
fn the_iframe_warning_points_to_the_video_component() {
    let f = default_site();
    page(&f, "sv", "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n");
    let report = f.build();
    let w: Vec<&str> = report.warnings.iter().map(|d| d.message.as_str()).collect();
    assert!(
        w.iter().any(|m| m.contains("<iframe>") && m.contains("::: video")),
        "{w:#?}"
    );
}

/// Component lines never leak into text-only outputs (feed summaries,
/// calendar descriptions use the plain text).
#[test]
fn plain_text_leaves_component_lines_out() {
    let text = tolk::content::markdown::plain_text("::: details Fråga\nSvar.\n:::\n");
    assert_eq!(text, "Svar.");
}
