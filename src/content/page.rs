//! A content file parsed into a [`Page`]: validated front matter plus the
//! raw Markdown body. Pure: [`Page::parse`] takes text, not a path to read.

use crate::lang::Lang;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;

use super::front_matter::{self, Contact, Located, RawFrontMatter, located};
use crate::calendar::{self, Event};
use crate::config::MarkdownOptions;
use crate::error::Diagnostic;

/// What a content file is, by its place in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// `content/<lang>/_index.md`.
    Home,
    /// `content/<lang>/<dir>/_index.md`.
    Section,
    /// Any other `.md` file.
    Page,
}

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// By `weight`, then title.
    #[default]
    Weight,
    /// Newest first, by `date`.
    Date,
    /// Alphabetically by title.
    Title,
}

/// How a section groups its listing (`group_by:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    /// Under the year of each page's `date` (a news archive).
    Year,
}

/// The terms a page has in one taxonomy, as written in its front matter.
#[derive(Debug, Clone, PartialEq)]
pub struct PageTerms {
    /// The taxonomy's name (`tags`), where it was written.
    pub taxonomy: Located<String>,
    /// Term ids (`trafficking`), each where it was written, without repeats.
    pub ids: Vec<Located<String>>,
}

/// Checks a term id: lower-case ASCII letters, digits and single hyphens
/// inside, so that `tag-<id>` is a Fluent message id and the id means the
/// same term in every language.
///
/// ```
/// use tolk::content::page::check_term_id;
/// assert!(check_term_id("human-rights").is_ok());
/// assert!(check_term_id("2010").is_ok());
/// assert!(check_term_id("Människohandel").is_err());
/// assert!(check_term_id("a--b").is_err());
/// assert!(check_term_id("").is_err());
/// ```
///
/// # Errors
/// What is wrong, in words that finish "the term `x` …".
pub fn check_term_id(id: &str) -> Result<(), &'static str> {
    if id.is_empty() {
        return Err("is empty");
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(
            "is not an id: ids are written in lower-case a–z, digits and hyphens (the label in each language comes from the site's Fluent files)",
        );
    }
    if id.starts_with('-') || id.ends_with('-') || id.contains("--") {
        return Err("has a hyphen at its start or end, or two in a row");
    }
    Ok(())
}

/// A publication or update date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PageDate {
    /// The instant (midnight UTC for plain dates).
    pub timestamp: Timestamp,
    /// The calendar day as written.
    pub date: Date,
}

/// Where a page stands against its `publish_date` and `expiry_date` at a
/// given moment ([`Page::schedule`]): the one rule that decides whether a
/// dated page is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum Schedule {
    /// Published: no dates, or now is between them.
    Published,
    /// Embargoed: `publish_date` is still to come.
    Scheduled {
        /// When it will be published (RFC 3339).
        #[serde(serialize_with = "serialize_timestamp")]
        at: Timestamp,
    },
    /// `expiry_date` has passed.
    Expired {
        /// When it stopped being published (RFC 3339).
        #[serde(serialize_with = "serialize_timestamp")]
        at: Timestamp,
    },
}

fn serialize_timestamp<S: serde::Serializer>(at: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&at.to_string())
}

/// A parsed content file.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Path relative to the site root, for messages.
    pub file: PathBuf,
    /// Language (its code is the content folder).
    pub lang: Lang,
    /// Translation key: the path below the language folder (`about.md`).
    pub key: String,
    /// Home, section or page.
    pub kind: Kind,
    /// Title.
    pub title: String,
    /// Meta description.
    pub description: String,
    /// Publication date.
    pub date: Option<PageDate>,
    /// Last update.
    pub updated: Option<PageDate>,
    /// Not published before this moment (`publish_date`).
    pub publish_date: Option<PageDate>,
    /// Not published from this moment on (`expiry_date`).
    pub expiry_date: Option<PageDate>,
    /// Localised last URL segment.
    pub slug: Option<String>,
    /// Order in menus and listings.
    pub weight: i64,
    /// Draft pages are built only with `--drafts`.
    pub draft: bool,
    /// Template override.
    pub template: Option<String>,
    /// `toc:` as written: always (`true`), never (`false`) or by the
    /// number of headings (unset).
    pub toc: Option<bool>,
    /// For sections: template of the pages below.
    pub page_template: Option<String>,
    /// For sections: order of the pages below.
    pub sort_by: SortBy,
    /// For sections: publish a feed.
    pub feed: bool,
    /// For sections: pages per page of the listing (`paginate_by:`).
    pub paginate_by: Option<std::num::NonZeroUsize>,
    /// For sections: how the listing is grouped (`group_by:`).
    pub group_by: Option<GroupBy>,
    /// Taxonomy terms (`tags:`, `taxonomies:`), in the order written.
    pub terms: Vec<PageTerms>,
    /// Old URLs redirecting here.
    pub aliases: Vec<Located<String>>,
    /// Hash of the original this translation was made from.
    pub translated_from: Option<String>,
    /// Marked up to date by its translator (`translated: true`), not yet
    /// recorded as `translated_from`.
    pub translated: bool,
    /// People to contact.
    pub contacts: Vec<Contact>,
    /// The event, if this page is one.
    pub event: Option<Event>,
    /// Free theme data.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Markdown body.
    pub body: String,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
    /// For a page made from a catalogue: the blocks shown in another
    /// language (untranslated or fuzzy messages).
    pub foreign: Vec<crate::po::pages::Foreign>,
    /// For a page made from a catalogue: how much of it is translated.
    pub coverage: Option<crate::po::pages::Coverage>,
}

impl Page {
    /// Parses a content file's text.
    ///
    /// # Errors
    /// Every problem in the file, located.
    pub fn parse(
        text: &str,
        lang: &Lang,
        key: &str,
        file: &Path,
        markdown: &MarkdownOptions,
    ) -> Result<Page, Vec<Diagnostic>> {
        match Page::parse_all(text, lang, key, file, markdown) {
            (Some(page), problems) if problems.is_empty() => Ok(page),
            (_, problems) => Err(problems),
        }
    }

    /// Parses a content file's text, keeping what is valid: a page whose
    /// front matter has bad values still comes back (without them) beside
    /// its problems, so the build can go on and report every problem of the
    /// site at once (links to it still resolve). `None` when the front
    /// matter cannot be read at all.
    ///
    /// With `markdown.smart_punctuation`, the title and description get the
    /// body's typographic punctuation (one rule: [`super::markdown::smart_text`]).
    pub fn parse_all(
        text: &str,
        lang: &Lang,
        key: &str,
        file: &Path,
        markdown: &MarkdownOptions,
    ) -> (Option<Page>, Vec<Diagnostic>) {
        let text = front_matter::normalize_newlines(text);
        let split = match front_matter::split(&text, file) {
            Ok(split) => split,
            Err(d) => return (None, vec![d]),
        };
        let raw = match front_matter::parse(&split, file) {
            Ok(raw) => raw,
            Err(d) => return (None, vec![d]),
        };
        let mut problems = Vec::new();
        let mut page = convert(raw, &split, lang, key, file, &mut problems);
        if markdown.smart_punctuation {
            page.title = super::markdown::smart_text(&page.title, lang);
            page.description = super::markdown::smart_text(&page.description, lang);
        }
        (Some(page), problems)
    }

    /// Where the page stands against its `publish_date` and `expiry_date`
    /// at `now`. A page is published from `publish_date` (inclusive) until
    /// `expiry_date` (exclusive).
    ///
    /// ```
    /// use tolk::content::page::{Page, Schedule};
    /// let page = Page::parse(
    ///     "---\ntitle: A\npublish_date: 2027-03-01T09:00:00+01:00\n---\n",
    ///     &tolk::Lang::of("sv"), "a.md", "content/sv/a.md".as_ref(), &Default::default(),
    /// ).unwrap();
    /// let before: jiff::Timestamp = "2027-03-01T07:59:59Z".parse().unwrap();
    /// assert!(matches!(page.schedule(before), Schedule::Scheduled { .. }));
    /// assert_eq!(page.schedule("2027-03-01T08:00:00Z".parse().unwrap()), Schedule::Published);
    /// ```
    pub fn schedule(&self, now: Timestamp) -> Schedule {
        match (self.publish_date, self.expiry_date) {
            (Some(p), _) if now < p.timestamp => Schedule::Scheduled { at: p.timestamp },
            (_, Some(e)) if now >= e.timestamp => Schedule::Expired { at: e.timestamp },
            _ => Schedule::Published,
        }
    }

    /// The page's Markdown body with what rendering needs to locate problems.
    pub fn markdown_input(&self) -> super::markdown::Input<'_> {
        super::markdown::Input {
            body: &self.body,
            body_line: self.body_line,
            file: &self.file,
            dir: self.dir(),
            lang: &self.lang,
            foreign: &self.foreign,
        }
    }

    /// True when `other` differs from this page in its body text only, so
    /// that re-rendering the pages that show it is enough.
    pub fn differs_only_in_text(&self, other: &Page) -> bool {
        let mut same = other.clone();
        same.body.clone_from(&self.body);
        same.body_line = self.body_line;
        *self == same
    }

    /// True when `other` differs from this page only in its text, title and
    /// description (what listings and feeds show, not where pages go).
    pub fn differs_only_in_wording(&self, other: &Page) -> bool {
        let mut same = other.clone();
        same.body.clone_from(&self.body);
        same.body_line = self.body_line;
        same.title.clone_from(&self.title);
        same.description.clone_from(&self.description);
        *self == same
    }

    /// The translation key of the section this page or section belongs to
    /// (`None` for the language home).
    pub fn parent_key(&self) -> Option<String> {
        parent_key(&self.key)
    }

    /// The folder this file describes or lives in, `/`-separated, no trailing slash.
    pub fn dir(&self) -> &str {
        match self.key.rfind('/') {
            Some(i) => &self.key[..i],
            None => "",
        }
    }
}

/// The section key a key belongs to: `news/item.md` → `news/_index.md`,
/// `news/_index.md` → `_index.md`, `_index.md` → none.
///
/// ```
/// use tolk::content::page::parent_key;
/// assert_eq!(parent_key("news/item.md").as_deref(), Some("news/_index.md"));
/// assert_eq!(parent_key("news/_index.md").as_deref(), Some("_index.md"));
/// assert_eq!(parent_key("about.md").as_deref(), Some("_index.md"));
/// assert_eq!(parent_key("_index.md"), None);
/// ```
pub fn parent_key(key: &str) -> Option<String> {
    let dir = key.rsplit_once('/').map_or("", |(d, _)| d);
    let dir = if key.ends_with("_index.md") {
        if key == "_index.md" {
            return None;
        }
        dir.rsplit_once('/').map_or("", |(d, _)| d)
    } else {
        dir
    };
    Some(if dir.is_empty() {
        "_index.md".to_string()
    } else {
        format!("{dir}/_index.md")
    })
}

fn kind_of(key: &str) -> Kind {
    if key == "_index.md" {
        Kind::Home
    } else if key.ends_with("/_index.md") {
        Kind::Section
    } else {
        Kind::Page
    }
}

fn convert(
    raw: RawFrontMatter,
    split: &front_matter::Split<'_>,
    lang: &Lang,
    key: &str,
    file: &Path,
    problems: &mut Vec<Diagnostic>,
) -> Page {
    let err = |pos: front_matter::Pos, msg: String, hint: &str| {
        Diagnostic::error(file.to_path_buf(), msg)
            .at(pos.line, Some(pos.column))
            .hint(hint)
    };
    let title = match raw.title.map(|t| located(t, split)) {
        Some(t) if !t.value.trim().is_empty() => t.value,
        Some(t) => {
            problems.push(err(
                t.pos,
                "the title is empty".into(),
                "write the page's title after `title:`",
            ));
            String::new()
        }
        None => {
            problems.push(
                Diagnostic::error(file.to_path_buf(), "the page has no title")
                    .at(1, Some(1))
                    .hint("add a line such as `title: About the programme` to the front matter"),
            );
            String::new()
        }
    };
    let mut date_of = |d: Option<serde_saphyr::Spanned<String>>| {
        d.map(|d| located(d, split)).and_then(|d| match parse_date(&d.value) {
            Some(date) => Some(date),
            None if d.value.trim().parse::<jiff::civil::DateTime>().is_ok() => {
                problems.push(err(
                    d.pos,
                    format!("`{}` has a time but no time zone, so the moment it names is unclear", d.value),
                    "add the offset from UTC after the time, e.g. 2010-04-26T10:00:00+02:00 (Swedish summer time) or 2010-04-26T08:00:00Z (UTC)",
                ));
                None
            }
            None => {
                problems.push(err(d.pos, format!("`{}` is not a date", d.value), "write a date as YYYY-MM-DD (2010-04-26) or a date and time as RFC 3339 (2010-04-26T10:00:00+02:00)"));
                None
            }
        })
    };
    let date = date_of(raw.date);
    let updated = date_of(raw.updated);
    let expiry_pos = raw.expiry_date.as_ref().map(|e| located(e.clone(), split).pos);
    let publish_date = date_of(raw.publish_date);
    let expiry_date = date_of(raw.expiry_date);
    if let (Some(p), Some(e), Some(pos)) = (publish_date, expiry_date, expiry_pos)
        && e.timestamp <= p.timestamp
    {
        problems.push(err(
            pos,
            format!(
                "the expiry_date {} is not after the publish_date {}: the page would never be published",
                e.timestamp, p.timestamp
            ),
            "give an expiry_date later than the publish_date, or remove one of them",
        ));
    }
    let mut checked_path = |v: Option<serde_saphyr::Spanned<String>>, what: &str, allow_slash: bool| {
        v.map(|v| located(v, split))
            .and_then(|v| match check_path_value(&v.value, allow_slash) {
                Ok(()) => Some(v.value),
                Err(why) => {
                    problems.push(err(
                        v.pos,
                        format!("the {what} `{}` {why}", v.value.escape_debug()),
                        &format!(
                            "a {what} may contain letters, digits, `-`, `_` and `.`{}",
                            if allow_slash { " and `/` between parts" } else { "" }
                        ),
                    ));
                    None
                }
            })
    };
    let template = checked_path(raw.template, "template", true);
    let page_template = checked_path(raw.page_template, "template", true);
    let slug = raw.slug.map(|v| located(v, split)).and_then(|v| {
        let value = super::names::nfc(v.value.trim()).into_owned();
        match super::names::check_part(&value) {
            Ok(()) => Some(value),
            Err(why) => {
                problems.push(err(
                    v.pos,
                    format!("the slug `{}` {why}", v.value.escape_debug()),
                    &format!(
                        "write the slug with letters, digits and `{}` only, e.g. `{}`",
                        super::names::PUNCTUATION,
                        super::names::suggest(&v.value)
                    ),
                ));
                None
            }
        }
    });
    let sort_by = match raw.sort_by.map(|s| located(s, split)) {
        None => SortBy::default(),
        Some(s) => match s.value.as_str() {
            "weight" => SortBy::Weight,
            "date" => SortBy::Date,
            "title" => SortBy::Title,
            other => {
                problems.push(err(
                    s.pos,
                    format!("unknown sort order `{other}`"),
                    "use one of: weight, date, title",
                ));
                SortBy::default()
            }
        },
    };
    let mut aliases = Vec::new();
    for alias in raw.aliases.into_iter().map(|a| located(a, split)) {
        let trimmed = super::names::nfc(alias.value.trim().trim_matches('/')).into_owned();
        match check_path_value(&trimmed, true)
            .map_err(str::to_string)
            .and_then(|()| super::names::check_path(&trimmed))
        {
            Ok(()) => aliases.push(Located {
                value: trimmed,
                pos: alias.pos,
            }),
            Err(why) => problems.push(err(
                alias.pos,
                format!("the alias `{}` {why}", alias.value.escape_debug()),
                "write an old address of this page as a path below the site, e.g. /sv/gammal-sida/",
            )),
        }
    }
    let listing = Listing::convert(raw.paginate_by, raw.group_by, split, kind_of(key), &err, problems);
    let terms = terms(raw.tags, raw.taxonomies, split, &err, problems);
    let event = raw.event.and_then(|e| {
        calendar::validate(e, split.yaml_line, file)
            .map_err(|p| problems.extend(p))
            .ok()
    });
    Page {
        file: file.to_path_buf(),
        lang: lang.clone(),
        key: key.to_string(),
        kind: kind_of(key),
        title,
        description: raw.description.unwrap_or_default(),
        date,
        updated,
        publish_date,
        expiry_date,
        slug,
        weight: raw.weight.unwrap_or(0),
        draft: raw.draft,
        template,
        toc: raw.toc,
        page_template,
        sort_by,
        feed: raw.feed,
        paginate_by: listing.paginate_by,
        group_by: listing.group_by,
        terms,
        aliases,
        translated_from: raw.translated_from,
        translated: raw.translated,
        contacts: raw.contacts,
        event,
        extra: raw.extra,
        body: split.body.to_string(),
        body_line: split.body_line,
        foreign: Vec::new(),
        coverage: None,
    }
}

/// A section's listing options, checked.
struct Listing {
    paginate_by: Option<std::num::NonZeroUsize>,
    group_by: Option<GroupBy>,
}

type ErrAt<'e> = dyn Fn(front_matter::Pos, String, &str) -> Diagnostic + 'e;

impl Listing {
    fn convert(
        paginate_by: Option<serde_saphyr::Spanned<i64>>,
        group_by: Option<serde_saphyr::Spanned<String>>,
        split: &front_matter::Split<'_>,
        kind: Kind,
        err: &ErrAt<'_>,
        problems: &mut Vec<Diagnostic>,
    ) -> Listing {
        let only_sections = "paginate_by and group_by belong in a section's _index.md, whose listing they shape";
        let paginate_by = paginate_by.map(|n| located(n, split)).and_then(|n| {
            if kind == Kind::Page {
                problems.push(err(n.pos, "`paginate_by` on a page that lists nothing".into(), only_sections));
                return None;
            }
            let value = usize::try_from(n.value).ok().and_then(std::num::NonZeroUsize::new);
            if value.is_none() {
                problems.push(err(
                    n.pos,
                    format!("`paginate_by: {}` is not a number of pages to show", n.value),
                    "write how many pages one page of the listing shows, a whole number of 1 or more, e.g. `paginate_by: 10`; leave it out to list every page on one page",
                ));
            }
            value
        });
        let group_by = group_by.map(|g| located(g, split)).and_then(|g| {
            if kind == Kind::Page {
                problems.push(err(
                    g.pos,
                    "`group_by` on a page that lists nothing".into(),
                    only_sections,
                ));
                return None;
            }
            match g.value.trim() {
                "year" => Some(GroupBy::Year),
                other => {
                    problems.push(err(
                        g.pos,
                        format!("unknown grouping `{other}`"),
                        "use `group_by: year` (a news archive under year headings), or leave it out",
                    ));
                    None
                }
            }
        });
        Listing { paginate_by, group_by }
    }
}

/// The page's terms: `tags:` first, then `taxonomies:` in the order
/// written; bad ids are reported and left out, repeats dropped.
fn terms(
    tags: Vec<serde_saphyr::Spanned<String>>,
    others: indexmap::IndexMap<String, serde_saphyr::Spanned<Vec<serde_saphyr::Spanned<String>>>>,
    split: &front_matter::Split<'_>,
    err: &ErrAt<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<PageTerms> {
    let mut out = Vec::new();
    let tags_pos = tags.first().map(|t| crate::yaml::pos_of(t.referenced, split.yaml_line));
    let lists = tags_pos
        .map(|pos| {
            (
                Located {
                    value: "tags".to_string(),
                    pos,
                },
                tags,
            )
        })
        .into_iter()
        .chain(others.into_iter().map(|(name, list)| {
            let list = located(list, split);
            (
                Located {
                    value: name,
                    pos: list.pos,
                },
                list.value,
            )
        }));
    for (taxonomy, list) in lists {
        let mut ids: Vec<Located<String>> = Vec::new();
        for id in list.into_iter().map(|i| located(i, split)) {
            let value = id.value.trim().to_string();
            match check_term_id(&value) {
                Ok(()) if ids.iter().any(|i| i.value == value) => {}
                Ok(()) => ids.push(Located { value, pos: id.pos }),
                Err(why) => problems.push(err(
                    id.pos,
                    format!("the term `{}` {why}", id.value.escape_debug()),
                    &format!(
                        "write the term's id, e.g. `{}`, and its label per language in locales/<lang>/*.ftl (`tag-{0} = …`)",
                        Some(super::markdown::slugify(&id.value))
                            .filter(|s| check_term_id(s).is_ok())
                            .unwrap_or_else(|| "human-trafficking".into())
                    ),
                )),
            }
        }
        if !ids.is_empty() {
            out.push(PageTerms { taxonomy, ids });
        }
    }
    out
}

/// `YYYY-MM-DD` or an RFC 3339 timestamp.
///
/// ```
/// use tolk::content::page::parse_date;
/// assert_eq!(parse_date("2010-04-26").unwrap().date.to_string(), "2010-04-26");
/// assert!(parse_date("2010-04-26T10:00:00+02:00").is_some());
/// assert!(parse_date("tomorrow").is_none());
/// ```
pub fn parse_date(text: &str) -> Option<PageDate> {
    let text = text.trim();
    if let Some(date) = (text.len() == 10).then(|| text.parse::<Date>().ok()).flatten() {
        let timestamp = date.to_zoned_datetime(jiff::tz::TimeZone::UTC).ok()?.timestamp();
        return Some(PageDate { timestamp, date });
    }
    if !matches!(text.as_bytes().get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let timestamp = text.parse::<Timestamp>().ok()?;
    let offset = if text.ends_with(['Z', 'z']) {
        0
    } else {
        let tail = text.get(text.len().checked_sub(6)?..)?;
        let sign = match tail.as_bytes()[0] {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let hours: i32 = tail.get(1..3)?.parse().ok()?;
        let minutes: i32 = tail.get(4..6)?.parse().ok()?;
        sign * (hours * 3600 + minutes * 60)
    };
    let offset = jiff::tz::Offset::from_seconds(offset).ok()?;
    let zoned = timestamp.to_zoned_datetime(jiff::tz::TimeZone::fixed(offset));
    Some(PageDate {
        timestamp: zoned.timestamp(),
        date: zoned.date(),
    })
}

/// Checks a slug, alias or template name: no way out of the output folder,
/// no characters that break URLs.
fn check_path_value(value: &str, allow_slash: bool) -> Result<(), &'static str> {
    if value.is_empty() {
        return Err("is empty");
    }
    if value.starts_with('/') || value.contains(':') && value.len() > 1 && value.as_bytes()[1] == b':' {
        return Err("is an absolute path");
    }
    if value.contains('\\') {
        return Err("contains a backslash");
    }
    if value.chars().any(char::is_control) {
        return Err("contains a control character");
    }
    if !allow_slash && value.contains('/') {
        return Err("contains `/`");
    }
    if value
        .split('/')
        .any(|part| part == ".." || part == "." || part.is_empty())
    {
        return Err("contains an empty, `.` or `..` part");
    }
    if value
        .chars()
        .any(|c| c.is_whitespace() || "?#%\"<>|*{}^`[]'".contains(c))
    {
        return Err("contains spaces or characters that are not allowed in addresses");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Page, Vec<Diagnostic>> {
        Page::parse(
            text,
            &crate::lang::Lang::of("sv"),
            "about.md",
            Path::new("content/sv/about.md"),
            &MarkdownOptions::default(),
        )
    }

    #[test]
    fn parses_fields() {
        let p = parse("---\ntitle: Om oss\nslug: om-oss\nweight: 3\ndate: 2010-04-26\n---\nText\n").unwrap();
        assert_eq!(p.title, "Om oss");
        assert_eq!(p.slug.as_deref(), Some("om-oss"));
        assert_eq!(p.weight, 3);
        assert_eq!(p.body, "Text\n");
        assert_eq!(p.body_line, 7);
    }

    /// Regression (found by fuzzing): a date with a multi-byte character at
    /// byte 10 panicked while slicing.
    #[test]
    fn regression_date_with_non_ascii_does_not_panic() {
        assert!(parse_date("201/)tö Åtgä9bb0").is_none());
        assert!(parse_date("2010-04-2Å").is_none());
        assert!(parse_date("2010-04-26T10:00:00+0Å:00").is_none());
    }

    #[test]
    fn missing_title() {
        let e = parse("---\nslug: a\n---\n").unwrap_err();
        assert_eq!(e[0].message, "the page has no title");
    }

    #[test]
    fn bad_date_has_line() {
        let e = parse("---\ntitle: A\ndate: tomorrow\n---\n").unwrap_err();
        assert_eq!(e[0].line, Some(3));
        assert!(e[0].message.contains("tomorrow"));
    }

    #[test]
    fn slug_with_dot_dot_is_refused() {
        for bad in ["../x", "a/b", "a b", "..", "a\\b"] {
            let e = parse(&format!(
                "---\ntitle: A\nslug: \"{}\"\n---\n",
                bad.replace('\\', "\\\\")
            ))
            .unwrap_err();
            assert_eq!(e[0].line, Some(3), "{bad}: {}", e[0]);
        }
    }

    #[test]
    fn unicode_slug_is_fine() {
        assert!(parse("---\ntitle: A\nslug: om-åtgärd-31\n---\n").is_ok());
    }

    #[test]
    fn collects_several_problems() {
        let e = parse("---\ntitle: A\ndate: x\nslug: a/b\n---\n").unwrap_err();
        assert_eq!(e.len(), 2);
    }
}
