//! Pages made from the catalogues: for every language with `po/<lang>.po`,
//! every source page without a hand-written translation becomes a page in
//! that language, its translated messages put back in place of the source
//! text. Untranslated and fuzzy messages stay as written in the source
//! language (or come from the catalogue of a language in the fallback
//! chain), and each such block is listed as [`Foreign`] so that the
//! renderer marks it with its own `lang`. A page less translated than
//! `i18n.po_threshold` is not made: the language falls back as for any
//! missing page.
//!
//! A stage between reading the content and assembling the site: it adds
//! pages, it does not render.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::catalogue::{self, Catalogue};
use super::{Segment, SegmentKind};
use crate::config::Config;
use crate::content::{Content, Page};
use crate::error::{Diagnostic, Kind};
use crate::fs::SiteRoot;
use crate::lang::Lang;

/// A block of a catalogue page shown in another language than the page:
/// where its text starts in the body (file line and column, as the
/// renderer locates events) and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Foreign {
    /// Line, counted as the page's `body_line` counts.
    pub line: usize,
    /// Column in characters, 1-based.
    pub column: usize,
    /// The language the block is shown in.
    pub lang: Lang,
}

/// How much of a page made from a catalogue is translated.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    /// Messages published in the page's language.
    pub translated: usize,
    /// Messages whose translation is marked fuzzy (the source changed).
    pub fuzzy: usize,
    /// Messages without a translation (broken ones included).
    pub untranslated: usize,
    /// The languages the rest is shown in, in fallback order.
    pub shown_in: Vec<Lang>,
}

impl Coverage {
    /// Every message of the page.
    pub fn total(&self) -> usize {
        self.translated + self.fuzzy + self.untranslated
    }

    /// The share translated, in whole percent, rounded down (a page is
    /// 100 % translated only when every message is).
    ///
    /// ```
    /// use tolk::po::pages::Coverage;
    /// let c = Coverage { translated: 199, fuzzy: 1, untranslated: 0, shown_in: vec![] };
    /// assert_eq!(c.percent(), 99);
    /// ```
    pub fn percent(&self) -> u8 {
        match self.total() {
            0 => 100,
            total => (self.translated * 100 / total) as u8,
        }
    }

    /// True when every message is translated.
    pub fn complete(&self) -> bool {
        self.translated == self.total()
    }
}

/// The catalogues of the site's languages that have one, in site.yaml's
/// order, with the problems of those that could not be read.
pub fn load_catalogues(config: &Config) -> (Vec<(Lang, Catalogue)>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let Ok(root) = SiteRoot::new(&config.root) else {
        return (found, problems);
    };
    for language in config.languages.iter().filter(|l| l.lang != config.default_language) {
        let path = config.root.join("po").join(format!("{}.po", language.lang));
        if !path.is_file() {
            continue;
        }
        match catalogue::load(&root, &path) {
            Ok(c) => found.push((language.lang.clone(), c)),
            Err(d) => problems.push(d),
        }
    }
    (found, problems)
}

/// Adds the catalogue pages to the content (see the module's comment);
/// returns every problem found in the catalogues.
pub fn apply(config: &Config, content: &mut Content) -> Vec<Diagnostic> {
    let (catalogues, mut problems) = load_catalogues(config);
    if catalogues.is_empty() {
        return problems;
    }
    let (made, found) = make(config, content, &catalogues, false);
    problems.extend(found);
    content.pages.extend(made);
    let order = |lang: &Lang| config.languages.iter().position(|l| l.lang == *lang);
    content
        .pages
        .sort_by(|a, b| (order(&a.lang), &a.key).cmp(&(order(&b.lang), &b.key)));
    problems
}

/// Every catalogue page of every language and the problems found, each
/// once; with `all`, also the pages under the threshold (for `tolk
/// status`, which counts their messages), else only those published.
pub fn make(
    config: &Config,
    content: &Content,
    catalogues: &[(Lang, Catalogue)],
    all: bool,
) -> (Vec<Page>, Vec<Diagnostic>) {
    let mut problems = BTreeSet::new();
    let mut pages = Vec::new();
    let written: BTreeSet<(&Lang, &str)> = content.pages.iter().map(|p| (&p.lang, p.key.as_str())).collect();
    let root = SiteRoot::new(&config.root).ok();
    let sources: Vec<(&Page, Option<super::Parts>)> = content
        .pages
        .iter()
        .filter(|p| p.lang == config.default_language)
        .map(|p| {
            let parts = root
                .as_ref()
                .and_then(|r| r.read_text(&config.root.join(&p.file)).ok())
                .and_then(|text| super::parts(&text, &p.file).ok());
            (p, parts)
        })
        .collect();
    for (lang, _) in catalogues {
        let chain = chain(config, lang, catalogues);
        for (source, parts) in &sources {
            let Some(parts) = parts else { continue };
            if written.contains(&(lang, source.key.as_str())) {
                continue;
            }
            let (page, found) = page_in(config, source, parts, lang, &chain);
            problems.extend(found);
            let published = page
                .coverage
                .as_ref()
                .is_some_and(|c| c.translated > 0 && c.percent() >= config.i18n.po_threshold);
            if all || published {
                pages.push(page);
            }
        }
    }
    (pages, problems.into_iter().collect())
}

/// The catalogues a reader of `lang` gets messages from, in order: its
/// own, then those of its fallback languages.
fn chain<'a>(config: &Config, lang: &Lang, catalogues: &'a [(Lang, Catalogue)]) -> Vec<(&'a Lang, &'a Catalogue)> {
    let fallback = config.language(lang).map(|l| l.fallback.as_slice()).unwrap_or_default();
    std::iter::once(lang)
        .chain(fallback.iter())
        .filter_map(|l| catalogues.iter().find(|(c, _)| c == l).map(|(l, c)| (l, c)))
        .collect()
}

/// What one message becomes in the page.
enum Found<'a> {
    /// Translated in the page's language.
    Translated(&'a str),
    /// Shown in another language (`text` from a fallback catalogue, or
    /// the source when `None`), with the page's own state of the message.
    Elsewhere {
        text: Option<&'a str>,
        lang: Option<&'a Lang>,
        fuzzy: bool,
    },
}

fn look_up<'a>(
    msgid: &str,
    kind: SegmentKind,
    chain: &[(&'a Lang, &'a Catalogue)],
    problems: &mut Vec<Diagnostic>,
) -> Found<'a> {
    let mut fuzzy = false;
    for (i, (lang, catalogue)) in chain.iter().enumerate() {
        let Some(t) = catalogue.entries.get(msgid) else {
            continue;
        };
        if i == 0 {
            fuzzy = t.fuzzy && !t.text.is_empty();
        }
        if t.fuzzy || t.text.is_empty() {
            continue;
        }
        if let Err(why) = catalogue::check_kind(msgid, &t.text, kind) {
            problems.push(broken(catalogue, t.line, &why));
            continue;
        }
        if i == 0 {
            return Found::Translated(&t.text);
        }
        return Found::Elsewhere {
            text: Some(&t.text),
            lang: Some(lang),
            fuzzy,
        };
    }
    Found::Elsewhere {
        text: None,
        lang: None,
        fuzzy,
    }
}

fn broken(catalogue: &Catalogue, line: usize, why: &str) -> Diagnostic {
    let d = Diagnostic::error(
        catalogue.file.clone(),
        format!("this translation does not fit its source: {why}"),
    )
    .hint("change the msgstr so that it keeps the source's links, emphasis, code and placeholders (only the words change), or empty it to show the source text there")
    .kind(Kind::Catalogue);
    if line > 0 { d.at(line, Some(1)) } else { d }
}

/// The page of `source` in `lang` made from the catalogues, and the
/// problems of its translations.
fn page_in(
    config: &Config,
    source: &Page,
    parts: &super::Parts,
    lang: &Lang,
    chain: &[(&Lang, &Catalogue)],
) -> (Page, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut coverage = Coverage::default();
    let mut shown_in: BTreeMap<usize, Lang> = BTreeMap::new();
    // The order readers are given languages in: the fallback chain, then the source.
    let language_order = |l: &Lang| chain.iter().position(|(c, _)| *c == l).unwrap_or(usize::MAX);
    let count = |found: &Found<'_>, coverage: &mut Coverage, shown: &mut BTreeMap<usize, Lang>| match found {
        Found::Translated(_) => coverage.translated += 1,
        Found::Elsewhere { lang: other, fuzzy, .. } => {
            if *fuzzy {
                coverage.fuzzy += 1;
            } else {
                coverage.untranslated += 1;
            }
            let l: &Lang = other.unwrap_or(&config.default_language);
            shown.insert(language_order(l), l.clone());
        }
    };
    let mut page = source.clone();
    for (name, text, _) in &parts.fields {
        let found = look_up(text, SegmentKind::Line, chain, &mut problems);
        count(&found, &mut coverage, &mut shown_in);
        let value = match found {
            Found::Translated(t) | Found::Elsewhere { text: Some(t), .. } => t.to_string(),
            Found::Elsewhere { text: None, .. } => continue,
        };
        let value = if config.markdown.smart_punctuation && matches!(*name, "title" | "description") {
            crate::content::markdown::smart_text(&value, lang)
        } else {
            value
        };
        match *name {
            "title" => page.title = value,
            "description" => page.description = value,
            "event.venue" => {
                if let Some(e) = page.event.as_mut() {
                    e.venue = value;
                }
            }
            "event.audience" => {
                if let Some(e) = page.event.as_mut() {
                    e.audience = value;
                }
            }
            _ => {}
        }
    }
    let body = &parts.body;
    let mut out = String::with_capacity(body.len() + body.len() / 8);
    let mut foreign_at: Vec<(usize, Lang)> = Vec::new();
    let mut last = 0;
    for segment in super::segments(body, parts.body_line) {
        if segment.start < last || (segment.start == segment.end && segment.kind != SegmentKind::Block) {
            // Inside a block already put back (an image's alt text in a
            // paragraph), or not found in the source (a title written with escapes).
            continue;
        }
        let found = look_up(&segment.text, segment.kind, chain, &mut problems);
        count(&found, &mut coverage, &mut shown_in);
        out.push_str(&body[last..segment.start]);
        match found {
            Found::Translated(t) => out.push_str(&fit(t, &segment, body)),
            Found::Elsewhere { text, lang: other, .. } => {
                let shown = other.unwrap_or(&config.default_language);
                if matches!(segment.kind, SegmentKind::Block | SegmentKind::Line) {
                    foreign_at.push((out.len(), shown.clone()));
                }
                match text {
                    Some(t) => out.push_str(&fit(t, &segment, body)),
                    None => out.push_str(&body[segment.start..segment.end]),
                }
            }
        }
        last = segment.end;
    }
    out.push_str(&body[last..]);
    coverage.shown_in = shown_in.into_values().collect();
    page.foreign = locate(&out, parts.body_line, foreign_at);
    page.body = out;
    page.body_line = parts.body_line;
    page.lang = lang.clone();
    page.file = chain
        .first()
        .map_or_else(|| Path::new("po").to_path_buf(), |(_, c)| c.file.clone());
    page.translated_from = None;
    // The source's slug and old addresses are its language's own: the page
    // is at the address its file name gives (where its fallback was), and
    // redirects stay with the source.
    page.slug = None;
    page.aliases = Vec::new();
    page.coverage = Some(coverage);
    page.draft = source.draft;
    (page, problems)
}

/// A translation made to fit where its source was: continuation lines get
/// the container's prefix (`> `, the list item's indentation); a heading or
/// table cell stays on one line; alt texts and titles are escaped.
fn fit(translation: &str, segment: &Segment, body: &str) -> String {
    let text = translation.trim();
    match segment.kind {
        SegmentKind::Block => {
            let line_start = body[..segment.start].rfind('\n').map_or(0, |i| i + 1);
            let prefix: String = body[line_start..segment.start]
                .chars()
                .map(|c| if c == '>' { '>' } else { ' ' })
                .collect();
            text.replace('\n', &format!("\n{prefix}"))
        }
        SegmentKind::Line => escape_unescaped(&text.replace('\n', " "), &['|']),
        SegmentKind::Alt => escape_unescaped(&text.replace('\n', " "), &['[', ']']),
        SegmentKind::Title => escape_unescaped(&text.replace('\n', " "), &['"', '\'', ')']),
    }
}

/// Puts a backslash before each of `chars` that has none.
fn escape_unescaped(text: &str, chars: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = ' ';
    for c in text.chars() {
        if chars.contains(&c) && previous != '\\' {
            out.push('\\');
        }
        out.push(c);
        previous = c;
    }
    out
}

/// Byte offsets in `body` → [`Foreign`] positions, counted as the
/// renderer counts them (lines from `first_line`, columns in characters).
fn locate(body: &str, first_line: usize, at: Vec<(usize, Lang)>) -> Vec<Foreign> {
    at.into_iter()
        .map(|(offset, lang)| {
            let before = &body[..offset];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            Foreign {
                line: first_line + before.matches('\n').count(),
                column: before[line_start..].chars().count() + 1,
                lang,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(body: &str, text: &str, kind: SegmentKind) -> Segment {
        let start = body.find(text).unwrap();
        Segment {
            text: text.to_string(),
            line: 1,
            start,
            end: start + text.len(),
            kind,
        }
    }

    #[test]
    fn a_translation_fits_the_container_it_replaces_text_in() {
        let quote = "> Ett citat\n> på två rader.\n";
        let s = segment(quote, "Ett citat\n> på två rader.", SegmentKind::Block);
        assert_eq!(fit("A quote\non two lines.", &s, quote), "A quote\n> on two lines.");
        let item = "- punkt\n";
        let s = segment(item, "punkt", SegmentKind::Block);
        assert_eq!(fit("a point\nwith two lines", &s, item), "a point\n  with two lines");
        let cell = "| Namn |\n";
        let s = segment(cell, "Namn", SegmentKind::Line);
        assert_eq!(fit("Name | role\nmore", &s, cell), "Name \\| role more");
        let image = "![Karta](k.png \"Riga\")";
        let s = segment(image, "Karta", SegmentKind::Alt);
        assert_eq!(fit("Map [old]", &s, image), "Map \\[old\\]");
        let s = segment(image, "Riga", SegmentKind::Title);
        assert_eq!(fit("\"Riga\" city", &s, image), "\\\"Riga\\\" city");
    }

    #[test]
    fn foreign_blocks_are_located_as_the_renderer_counts() {
        let body = "Första.\n\nÅtta å: Andra.\n";
        let at = vec![(0, Lang::of("sv")), (body.find("Andra").unwrap(), Lang::of("sv"))];
        let found: Vec<(usize, usize)> = locate(body, 5, at).iter().map(|f| (f.line, f.column)).collect();
        assert_eq!(found, [(5, 1), (7, 9)]);
    }
}
