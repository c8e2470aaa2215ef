//! The full text of the messages a communicator sees for the usual mistakes,
//! as printed (message, place, the line underlined, the fix, the parser's
//! words), so a message cannot regress silently.

mod common;

use common::Fixture;

/// Builds the fixture with `text` written at `file` and returns every
/// problem in that file, rendered.
fn messages_in(file: &str, text: &str) -> String {
    let f = Fixture::new("basic");
    f.write(file, text);
    let mut diagnostics: Vec<_> = f
        .build_err()
        .into_iter()
        .filter(|d| d.file.as_deref() == Some(std::path::Path::new(file)))
        .collect();
    assert!(!diagnostics.is_empty(), "no problem for {text:?}");
    let root = tolk::fs::SiteRoot::new(f.root()).unwrap();
    tolk::error::attach_sources(&mut diagnostics, &root);
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn messages_for(about: &str) -> String {
    messages_in("content/sv/about.md", about)
}

#[test]
fn front_matter_mistakes_in_plain_words() {
    let cases = [
        ("a word for a number", "---\ntitle: Om\nweight: ten\n---\n"),
        ("a colon in a title", "---\ntitle: Vad: ett program\n---\n"),
        ("a tab before a key", "---\ntitle: Om\n\tdescription: x\n---\n"),
        ("a bracket in a title", "---\ntitle: [oops\n---\n"),
        ("text after a closing quote", "---\ntitle: \"Hej\" världen\n---\n"),
        ("yes in Swedish for a boolean", "---\ntitle: Om\ndraft: ja\n---\n"),
        ("one alias, not a list", "---\ntitle: Om\naliases: /gammal/\n---\n"),
        ("a line without a colon", "---\ntitle Om\n---\n"),
        ("an indented key", "---\ntitle: Om\n  description: x\n---\n"),
        ("a key written twice", "---\ntitle: Om\ntitle: Igen\n---\n"),
        ("an unclosed quote", "---\ntitle: \"Om\n---\n"),
        ("a reserved first character", "---\ntitle: @Om\n---\n"),
        ("a misspelt field", "---\ntitle: Om\ndescripton: x\n---\n"),
        ("a date that does not exist", "---\ntitle: Om\ndate: 2010-13-01\n---\n"),
        (
            "a misspelt time zone",
            "---\ntitle: Om\nevent:\n  start: 2027-05-11T10:00\n  timezone: Europe/Stokholm\n---\n",
        ),
        (
            "a same-day end without a time",
            "---\ntitle: Om\nevent:\n  start: 2027-05-11T10:00\n  end: 2027-05-11\n  timezone: Europe/Stockholm\n---\n",
        ),
    ];
    let all: Vec<String> = cases
        .iter()
        .map(|(name, text)| format!("## {name}\n{}", messages_for(text)))
        .collect();
    let all = all.join("\n\n");
    insta::assert_snapshot!(all);
}

fn fluent_messages_for(ftl: &str) -> String {
    messages_in("locales/sv/x.ftl", ftl)
}

#[test]
fn fluent_mistakes_in_plain_words() {
    let cases = [
        (
            "a choice without a default",
            "zz-sel = { $n ->\n    [one] en\n    [other] flera\n}\n",
        ),
        (
            "an unclosed placeable",
            "zz-ok = bra\nzz-bad = { $oavslutad\nzz-next = nästa\n",
        ),
        ("a message without text", "zz-a =\nzz-b = b\n"),
        ("a closing brace alone", "zz-c = a } b\n"),
        ("two defaults", "zz-d = { $n ->\n   *[one] en\n   *[other] flera\n}\n"),
    ];
    let all: Vec<String> = cases
        .iter()
        .map(|(name, text)| format!("## {name}\n{}", fluent_messages_for(text)))
        .collect();
    insta::assert_snapshot!(all.join("\n\n"));
}

#[test]
fn site_yaml_keys_at_the_wrong_level_are_placed() {
    let f = Fixture::new("basic");
    let yaml = std::fs::read_to_string(f.root().join("site.yaml")).unwrap();
    let mut out = Vec::new();
    for (name, extra) in [
        ("a markdown setting at the top", "smart_punctuation: false\n"),
        ("a misspelt markdown setting", "markdown:\n  smart_punctation: false\n"),
        ("an unknown top-level key", "colour: blue\n"),
    ] {
        f.write("site.yaml", &format!("{yaml}{extra}"));
        let mut diagnostics = f.build_err();
        let root = tolk::fs::SiteRoot::new(f.root()).unwrap();
        tolk::error::attach_sources(&mut diagnostics, &root);
        out.push(format!(
            "## {name}\n{}",
            diagnostics
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ));
    }
    let all = out.join("\n\n");
    assert!(
        !all.contains("did you mean `smart_punctuation`? Known fields here: title"),
        "{all}"
    );
    insta::assert_snapshot!(all);
}

#[test]
fn template_mistakes_show_the_line() {
    let f = Fixture::new("basic");
    let path = "themes/plain/templates/base.html";
    let base = std::fs::read_to_string(f.root().join(path)).unwrap();
    f.write(path, &base.replacen("{{ page.title }}", "{{ page.title }", 1));
    let mut diagnostics: Vec<_> = f.build_err().into_iter().filter(|d| d.is_error()).collect();
    let root = tolk::fs::SiteRoot::new(f.root()).unwrap();
    tolk::error::attach_sources(&mut diagnostics, &root);
    let text = diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(text);
}
