//! UI strings: CLDR plural rules, ICU4X numbers and dates inside Fluent
//! messages, bidi isolation, fallback chains.

use std::path::Path;

use fluent_bundle::{FluentArgs, FluentValue};
use tolk::config::Config;
use tolk::i18n::Catalog;

fn catalog(files: &[(&str, &str)]) -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let yaml = "title: T\nbase_url: https://example.org/\ndefault_language: sv\nlanguages:\n  sv: {}\n  en: {}\n  ru: {}\n  ar: {}\n  nb:\n    fallback: [sv]\n";
    std::fs::write(dir.path().join("site.yaml"), yaml).unwrap();
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let config = Config::load(dir.path()).unwrap();
    let catalog = Catalog::load(&config, &dir.path().join("themes/none")).unwrap();
    (dir, catalog)
}

fn count(catalog: &Catalog, lang: &str, n: i64) -> String {
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(n));
    catalog
        .format(&tolk::Lang::of(lang), "events", Some(&args))
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "")
}

const RU: &str = "events = { $count ->\n    [one] { $count } мероприятие\n    [few] { $count } мероприятия\n    [many] { $count } мероприятий\n   *[other] { $count } мероприятия\n}\n";
const AR: &str = "events = { $count ->\n    [zero] لا فعاليات\n    [one] فعالية واحدة\n    [two] فعاليتان\n    [few] { $count } فعاليات\n    [many] { $count } فعالية\n   *[other] { $count } فعالية\n}\n";

#[test]
fn russian_plural_forms_follow_cldr() {
    let (_d, c) = catalog(&[("locales/ru/main.ftl", RU)]);
    let got: Vec<String> = [1, 2, 5, 21, 22, 25, 111].iter().map(|n| count(&c, "ru", *n)).collect();
    assert_eq!(
        got,
        [
            "1 мероприятие",
            "2 мероприятия",
            "5 мероприятий",
            "21 мероприятие",
            "22 мероприятия",
            "25 мероприятий",
            "111 мероприятий"
        ]
    );
}

#[test]
fn arabic_plural_forms_follow_cldr() {
    let (_d, c) = catalog(&[("locales/ar/main.ftl", AR)]);
    let got: Vec<String> = [0, 1, 2, 3, 11, 100].iter().map(|n| count(&c, "ar", *n)).collect();
    assert_eq!(
        got,
        [
            "لا فعاليات",
            "فعالية واحدة",
            "فعاليتان",
            "3 فعاليات",
            "11 فعالية",
            "100 فعالية"
        ]
    );
}

#[test]
fn numbers_in_messages_use_locale_grouping() {
    let (_d, c) = catalog(&[
        (
            "locales/sv/main.ftl",
            "pages = { $n } sidor\nshare = { NUMBER($x, minimumFractionDigits: 2) } %\n",
        ),
        ("locales/en/main.ftl", "pages = { $n } pages\n"),
    ]);
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(30000));
    args.set("x", FluentValue::from(12.5));
    let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(
        strip(c.format(&tolk::Lang::of("sv"), "pages", Some(&args)).unwrap()),
        "30\u{a0}000 sidor"
    );
    assert_eq!(
        strip(c.format(&tolk::Lang::of("en"), "pages", Some(&args)).unwrap()),
        "30,000 pages"
    );
    assert_eq!(
        strip(c.format(&tolk::Lang::of("sv"), "share", Some(&args)).unwrap()),
        "12,50 %"
    );
}

#[test]
fn datetime_function_formats_with_cldr() {
    let (_d, c) = catalog(&[
        (
            "locales/sv/main.ftl",
            "published = Publicerad { DATETIME($date, dateStyle: \"long\") }\n",
        ),
        ("locales/ru/main.ftl", "published = Опубликовано { DATETIME($date) }\n"),
    ]);
    let mut args = FluentArgs::new();
    args.set("date", FluentValue::from("2010-04-26"));
    let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(
        strip(c.format(&tolk::Lang::of("sv"), "published", Some(&args)).unwrap()),
        "Publicerad 26 april 2010"
    );
    assert_eq!(
        strip(c.format(&tolk::Lang::of("ru"), "published", Some(&args)).unwrap()),
        "Опубликовано 26 апреля 2010\u{202f}г."
    );
}

/// Decision: Fluent's FSI/PDI isolation marks are kept in HTML text. They are
/// invisible, valid in HTML, and keep a Latin name or a number inside Arabic
/// (and an Arabic name inside English) from reordering the sentence around it.
/// They never reach URLs, feeds or .ics files, which do not go through `t()`.
#[test]
fn placeables_are_bidi_isolated() {
    let (_d, c) = catalog(&[
        (
            "locales/ar/main.ftl",
            "contact = تواصل مع { $name } على الرقم { $phone }\n",
        ),
        ("locales/en/main.ftl", "contact = Contact { $name } on { $phone }\n"),
    ]);
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from("Ulrika Rosvall Levin"));
    args.set("phone", FluentValue::from("+46 8 453 78 83"));
    assert_eq!(
        c.format(&tolk::Lang::of("ar"), "contact", Some(&args)).unwrap(),
        "تواصل مع \u{2068}Ulrika Rosvall Levin\u{2069} على الرقم \u{2068}+46 8 453 78 83\u{2069}"
    );
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from("المعهد السويدي"));
    args.set("phone", FluentValue::from(31));
    assert_eq!(
        c.format(&tolk::Lang::of("en"), "contact", Some(&args)).unwrap(),
        "Contact \u{2068}المعهد السويدي\u{2069} on \u{2068}31\u{2069}"
    );
}

#[test]
fn fallback_chain_nb_sv_then_default() {
    let (_d, c) = catalog(&[
        ("locales/sv/main.ftl", "hello = Hej\nonly-sv = Bara svenska\n"),
        ("locales/en/main.ftl", "hello = Hello\n"),
        ("locales/nb/main.ftl", ""),
    ]);
    assert_eq!(c.format(&tolk::Lang::of("nb"), "hello", None).unwrap(), "Hej");
    assert_eq!(
        c.source_language(&tolk::Lang::of("nb"), "hello")
            .map(tolk::Lang::as_str),
        Some("sv")
    );
    assert_eq!(
        c.source_language(&tolk::Lang::of("en"), "only-sv")
            .map(tolk::Lang::as_str),
        Some("sv")
    );
    assert_eq!(c.format(&tolk::Lang::of("en"), "nowhere", None), None);
}

#[test]
fn language_metadata_comes_from_cldr() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::parse("title: T\nbase_url: https://example.org/\ndefault_language: sv\nlanguages:\n  sv: {}\n  ar: {}\n  ru: {}\n  en: { name: English (UK) }\n", Path::new(dir.path())).unwrap();
    let names: Vec<(&str, &str, &str)> = config
        .languages
        .iter()
        .map(|l| (l.lang.as_str(), l.name.as_str(), l.lang.dir().as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("sv", "Svenska", "ltr"),
            ("ar", "العربية", "rtl"),
            ("ru", "Русский", "ltr"),
            ("en", "English (UK)", "ltr")
        ]
    );
}

#[test]
fn localize_takes_the_first_language_that_formats_cleanly() {
    use tolk::i18n::catalog::NotLocalized;
    let (_d, c) = catalog(&[
        ("locales/sv/main.ftl", "hi = Hej { $name }\nbroken = { $nope }\n"),
        ("locales/nb/main.ftl", "hi = Hei { $nmae }\n"),
        ("locales/ar/main.ftl", "hi = مرحبا { NUMBER($name) }\n"),
    ]);
    let mut args = FluentArgs::new();
    args.set("name", FluentValue::from("Ada"));
    let nb = c.localize(&tolk::Lang::of("nb"), "hi", Some(&args)).unwrap();
    assert_eq!(
        (nb.text.replace(['\u{2068}', '\u{2069}'], ""), nb.lang.as_str()),
        ("Hej Ada".into(), "sv")
    );
    // NUMBER() cannot format "Ada": Fluent prints `NUMBER()` and reports
    // nothing; tolk counts it as an error.
    let ar = c.localize(&tolk::Lang::of("ar"), "hi", Some(&args)).unwrap();
    assert_eq!(ar.lang, "sv");
    assert_eq!(ar.dir.as_str(), "ltr");
    assert_eq!(
        c.format(&tolk::Lang::of("nb"), "hi", Some(&args))
            .as_deref()
            .map(|t| t.contains('{')),
        Some(false)
    );
    match c.localize(&tolk::Lang::of("nb"), "broken", Some(&args)) {
        Err(NotLocalized::Failed(failures)) => {
            assert_eq!(
                failures,
                [("sv".to_string(), vec!["Unknown variable: $nope".to_string()])]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        c.format(&tolk::Lang::of("nb"), "broken", Some(&args)),
        None,
        "never text with braces"
    );
    assert_eq!(
        c.localize(&tolk::Lang::of("en"), "nowhere", None),
        Err(NotLocalized::Undefined)
    );
}
