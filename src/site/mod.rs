//! The assembled site: which page is published at which URL in which
//! language, translations, fallbacks, sections and menus. Immutable once
//! built; rendering reads it from many threads.
//!
//! Owns URL computation ([`urls`]) and the translation graph. Does not
//! render anything.

pub mod urls;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::config::{Config, MissingPages};
use crate::content::page::{SortBy, parent_key};
use crate::content::{Asset, Content, Kind, Page};
use crate::error::{Diagnostic, Error, Result};
use crate::lang::Lang;

/// How a published page relates to its translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationState {
    /// This page is in the source language (or has no original elsewhere).
    Original,
    /// A translation made from the current version of its original.
    Current,
    /// A translation whose original changed since it was translated.
    Stale,
    /// A translation that does not say which version of the original it
    /// follows (no `translated_from`).
    Untracked,
    /// Missing in this language; the original is shown.
    Fallback,
    /// Made from the language's catalogue, with some messages still shown
    /// in another language (`page.coverage` says how many).
    Partial,
}

/// One page as published at one language's URL.
#[derive(Debug, Clone)]
pub struct Item {
    /// The language of the URL (the reader's language).
    pub lang: Lang,
    /// Translation key.
    pub key: String,
    /// Index into [`Site::pages`] of the page whose content is shown.
    pub page: usize,
    /// True when the content comes from another language.
    pub is_fallback: bool,
    /// Output folder, `/`-separated, ending in `/` (`sv/om-atgard-31/`).
    pub path: String,
}

/// The whole site, ready to render.
#[derive(Debug, Clone)]
pub struct Site {
    /// Validated configuration.
    pub config: Config,
    /// Every parsed page.
    pub pages: Vec<Page>,
    /// Non-Markdown files from content/.
    pub assets: Vec<Asset>,
    /// Every published page, by language (config order) then key.
    pub items: Vec<Item>,
    /// Indices into `items` of the items that are events, by start time.
    pub events: Vec<usize>,
    /// Indices into `items` of the sections that publish a feed.
    pub feeds: Vec<usize>,
    /// Pages this build leaves out (drafts, scheduled, expired).
    pub held_back: Vec<crate::content::HeldBack>,
    by_key: BTreeMap<String, BTreeMap<Lang, usize>>,
    /// key → item index per language (in config order), for allocation-free lookups.
    item_of: HashMap<String, Vec<Option<usize>>>,
}

impl Site {
    /// Computes URLs, translations and fallbacks.
    ///
    /// # Errors
    /// Menu entries that name no page, and languages without a home page.
    pub fn assemble(config: Config, content: Content) -> Result<Site> {
        let Content {
            pages,
            assets,
            held_back,
        } = content;
        let mut by_key: BTreeMap<String, BTreeMap<Lang, usize>> = BTreeMap::new();
        for (i, p) in pages.iter().enumerate() {
            by_key.entry(p.key.clone()).or_default().insert(p.lang.clone(), i);
        }
        let mut site = Site {
            config,
            pages,
            assets,
            items: Vec::new(),
            events: Vec::new(),
            feeds: Vec::new(),
            held_back,
            by_key,
            item_of: HashMap::new(),
        };
        site.check_homes()?;
        site.items = site.plan_items();
        site.item_of = site.index_items();
        site.check_menus()?;
        site.events = site.sorted_events();
        site.feeds = (0..site.items.len())
            .filter(|i| {
                let page = &site.pages[site.items[*i].page];
                page.feed && page.kind != Kind::Page
            })
            .collect();
        Ok(site)
    }

    fn check_homes(&self) -> Result<()> {
        let missing: Vec<Diagnostic> = self
            .config
            .languages
            .iter()
            .filter(|l| {
                self.page_in(&l.lang, "_index.md").is_none() && self.config.i18n.missing_pages == MissingPages::Skip
            })
            .map(|l| {
                Diagnostic::error(
                    PathBuf::from(format!("content/{}/_index.md", l.lang)),
                    format!("the language `{}` has no home page", l.lang),
                )
                .hint("create this file with a title, e.g. `---\\ntitle: Home\\n---`")
            })
            .collect();
        let none = !self.by_key.contains_key("_index.md");
        if none {
            return Err(Error::build(vec![
                Diagnostic::error(
                    PathBuf::from(format!("content/{}/_index.md", self.config.default_language)),
                    "the site has no home page",
                )
                .hint("create content/<language>/_index.md with a title for each language"),
            ]));
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Error::build(missing))
        }
    }

    /// Index into [`Site::pages`] of the page written in `lang` for `key`.
    pub fn page_index(&self, lang: &Lang, key: &str) -> Option<usize> {
        self.by_key.get(key)?.get(lang).copied()
    }

    /// Indices of every language's version of `key`.
    pub fn versions(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        self.by_key.get(key).into_iter().flat_map(|v| v.values().copied())
    }

    /// The page written in `lang` for `key`, if any.
    pub fn page_in(&self, lang: &Lang, key: &str) -> Option<&Page> {
        self.by_key.get(key)?.get(lang).map(|i| &self.pages[*i])
    }

    /// The language whose page is shown for `key` to readers of `lang`:
    /// `lang` itself, else its fallback chain, else any language.
    pub fn source_language<'a>(&'a self, lang: &'a Lang, key: &str) -> Option<&'a Lang> {
        let versions = self.by_key.get(key)?;
        if versions.contains_key(lang) {
            return Some(lang);
        }
        let chain = self
            .config
            .language(lang)
            .map(|l| l.fallback.as_slice())
            .unwrap_or_default();
        chain
            .iter()
            .chain(self.config.languages.iter().map(|l| &l.lang))
            .find(|l| versions.contains_key(*l))
    }

    /// The original (source-language) version of `key`: the default
    /// language's page when it exists.
    pub fn original_language<'a>(&'a self, key: &str) -> Option<&'a Lang> {
        self.source_language(&self.config.default_language, key)
    }

    fn plan_items(&self) -> Vec<Item> {
        let mut items = Vec::new();
        for lang in &self.config.languages {
            for (key, versions) in &self.by_key {
                let (page, is_fallback) = match versions.get(&lang.lang) {
                    Some(i) => (*i, false),
                    // An orphaned translation (no original) is shown only
                    // in its own language, never as another's fallback.
                    None if self.config.i18n.missing_pages == MissingPages::Original
                        && versions.contains_key(&self.config.default_language) =>
                    {
                        let Some(src) = self.source_language(&lang.lang, key) else {
                            continue;
                        };
                        (versions[src], true)
                    }
                    None => continue,
                };
                let path = urls::output_dir(self, &lang.lang, key);
                items.push(Item {
                    lang: lang.lang.clone(),
                    key: key.clone(),
                    page,
                    is_fallback,
                    path,
                });
            }
        }
        items
    }

    /// Translations with no original in the source language (the original
    /// was renamed or deleted): a warning each, naming the likely original.
    pub fn orphan_warnings(&self) -> Vec<Diagnostic> {
        let source = &self.config.default_language;
        let originals: Vec<&str> = self
            .by_key
            .iter()
            .filter(|(_, v)| v.contains_key(source))
            .map(|(k, _)| k.as_str())
            .collect();
        self.by_key
            .iter()
            .filter(|(_, versions)| !versions.contains_key(source))
            .flat_map(|(key, versions)| {
                let folder = key.rsplit_once('/').map_or("", |(d, _)| d);
                let siblings: Vec<&str> = originals
                    .iter()
                    .copied()
                    .filter(|k| k.rsplit_once('/').map_or("", |(d, _)| d) == folder)
                    .collect();
                versions.iter().map(move |(lang, i)| {
                    let mut hint = format!(
                        "if the original was renamed, rename this file to match it; if it was removed, remove this translation too (it is published only in `{lang}`, never in `{source}`)"
                    );
                    if let Some(close) = crate::error::did_you_mean(key, siblings.iter().copied()) {
                        hint = format!("is the original now content/{source}/{close}? {hint}");
                    }
                    Diagnostic::warning(
                        self.pages[*i].file.clone(),
                        format!("this translation has no original: content/{source}/{key} does not exist"),
                    )
                    .hint(hint)
                    .kind(crate::error::Kind::Content)
                })
            })
            .collect()
    }

    /// True when `key` has a page in the source language.
    pub fn has_original(&self, key: &str) -> bool {
        self.by_key
            .get(key)
            .is_some_and(|v| v.contains_key(&self.config.default_language))
    }

    fn sorted_events(&self) -> Vec<usize> {
        let start = |i: usize| {
            self.pages[self.items[i].page]
                .event
                .as_ref()
                .map(|e| e.when.start_instant())
        };
        let mut events: Vec<usize> = (0..self.items.len()).filter(|i| start(*i).is_some()).collect();
        events.sort_by(|a, b| {
            start(*a)
                .cmp(&start(*b))
                .then_with(|| self.items[*a].key.cmp(&self.items[*b].key))
        });
        events
    }

    fn index_items(&self) -> HashMap<String, Vec<Option<usize>>> {
        let mut index: HashMap<String, Vec<Option<usize>>> = HashMap::new();
        let languages = self.config.languages.len();
        for (i, item) in self.items.iter().enumerate() {
            if let Some(l) = self.language_index(&item.lang) {
                index.entry(item.key.clone()).or_insert_with(|| vec![None; languages])[l] = Some(i);
            }
        }
        index
    }

    fn language_index(&self, lang: &Lang) -> Option<usize> {
        self.config.languages.iter().position(|l| l.lang == *lang)
    }

    /// The published item for `key` in `lang`, if any.
    pub fn item(&self, lang: &Lang, key: &str) -> Option<&Item> {
        let slot = self.item_of.get(key)?.get(self.language_index(lang)?)?;
        slot.map(|i| &self.items[i])
    }

    /// Where a reader of `lang` following a link to `key` lands: the page in
    /// `lang` (own or fallback), else the version in the first language of
    /// the fallback chain that publishes it.
    pub fn link_target(&self, lang: &Lang, key: &str) -> Option<&Item> {
        self.item(lang, key)
            .or_else(|| self.source_language(lang, key).and_then(|src| self.item(src, key)))
    }

    /// The one rule for links to pages (`@/` links, relative `.md` links,
    /// `url_for`, feeds): the item a reader of `reader` lands on when
    /// following `path` (`@/contact.md`, `contact`, `calendar/_index.md`;
    /// an optional `#fragment` is returned beside it), in the language
    /// `lang` names when given (a link into another language's folder).
    /// `None` when no language has the page, or `lang` is not a language of
    /// the site.
    pub fn content_link<'a, 'p>(
        &'a self,
        reader: &'a Lang,
        lang: Option<&str>,
        path: &'p str,
    ) -> Option<(&'a Item, Option<&'p str>)> {
        let (path, fragment) = path.split_once('#').map_or((path, None), |(p, f)| (p, Some(f)));
        let lang = match lang {
            None => reader,
            Some(code) => &self.config.languages.iter().find(|l| l.lang.code() == code)?.lang,
        };
        // `@/plan.pdf` must not find a page `plan.pdf.md`.
        let key = self
            .resolve_key(path)
            .filter(|k| k.ends_with(".md") && (path.ends_with(".md") || !path.contains('.')))?;
        Some((self.link_target(lang, &key)?, fragment))
    }

    /// How the item relates to its original: a translation whose
    /// `translated_from` no longer matches the original's fingerprint is stale.
    pub fn translation_state(&self, item: &Item) -> TranslationState {
        if item.is_fallback {
            return TranslationState::Fallback;
        }
        let Some(orig) = self.original_language(&item.key).filter(|o| **o != item.lang) else {
            return TranslationState::Original;
        };
        let page = &self.pages[item.page];
        if let Some(coverage) = &page.coverage {
            // A catalogue page follows its source message by message:
            // current when every message is translated.
            return if coverage.complete() {
                TranslationState::Current
            } else {
                TranslationState::Partial
            };
        }
        let Some(original) = self.page_in(orig, &item.key) else {
            return TranslationState::Original;
        };
        match crate::content::fingerprint::freshness(page, original) {
            crate::content::fingerprint::Freshness::Current | crate::content::fingerprint::Freshness::Marked => {
                TranslationState::Current
            }
            crate::content::fingerprint::Freshness::Stale => TranslationState::Stale,
            crate::content::fingerprint::Freshness::Untracked => TranslationState::Untracked,
        }
    }

    /// Content key for a link or menu path: `@/contact.md`, `contact`,
    /// `calendar` (a section), `/` (home).
    pub fn resolve_key(&self, path: &str) -> Option<String> {
        key_candidates(path).into_iter().find(|k| self.by_key.contains_key(k))
    }

    /// Why the page a link or menu path names (as [`Site::resolve_key`]
    /// reads it) is left out of this build, when it exists in `content/`
    /// but is held back: in `lang` if given and held back there, else in
    /// any language.
    pub fn held_back_reason(&self, lang: Option<&Lang>, path: &str) -> Option<crate::content::HoldReason> {
        let candidates = key_candidates(path.split('#').next().unwrap_or_default());
        let named = |h: &&crate::content::HeldBack| candidates.contains(&h.key);
        let mut held = self.held_back.iter().filter(named);
        match lang {
            Some(lang) => held.clone().find(|h| h.lang == *lang).or_else(|| held.next()),
            None => held.next(),
        }
        .map(|h| h.reason)
    }

    fn check_menus(&self) -> Result<()> {
        let mut problems = Vec::new();
        for (name, entry) in self.config.menu_entries() {
            // A menu entry to a page that is held back (a draft, scheduled
            // or expired) appears when the page does.
            if self.resolve_key(&entry.path.value).is_none() && self.held_back_reason(None, &entry.path.value).is_none()
            {
                problems.push(
                    Diagnostic::error(PathBuf::from(crate::config::FILE), format!("the menu `{name}` lists `{}`, but there is no such page", entry.path.value))
                        .at(entry.path.pos.line, Some(entry.path.pos.column))
                        .hint("menu entries are content paths without the language folder, e.g. `about` for content/<lang>/about.md or `calendar` for content/<lang>/calendar/_index.md"),
                );
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::build(problems))
        }
    }

    /// Published items directly below the section `key` in `lang`, split into
    /// (pages, subsections), each sorted as the section asks.
    pub fn children(&self, lang: &Lang, section_key: &str) -> (Vec<&Item>, Vec<&Item>) {
        let sort_by = self
            .item(lang, section_key)
            .map(|i| self.pages[i.page].sort_by)
            .unwrap_or_default();
        let (mut pages, mut sections): (Vec<&Item>, Vec<&Item>) = self
            .items
            .iter()
            .filter(|i| i.lang == *lang && i.key != "_index.md" && parent_key(&i.key).as_deref() == Some(section_key))
            .partition(|i| self.pages[i.page].kind == Kind::Page);
        let by = |a: &&Item, b: &&Item| {
            let (pa, pb) = (&self.pages[a.page], &self.pages[b.page]);
            let order = match sort_by {
                SortBy::Weight => pa.weight.cmp(&pb.weight).then_with(|| pa.title.cmp(&pb.title)),
                SortBy::Date => pb.date.cmp(&pa.date).then_with(|| pa.title.cmp(&pb.title)),
                SortBy::Title => pa.title.cmp(&pb.title),
            };
            order.then_with(|| a.key.cmp(&b.key))
        };
        pages.sort_by(by);
        sections.sort_by(by);
        (pages, sections)
    }

    /// The output path of a file from `content/<lang>/<key>`: inside the
    /// output folder of the section it sits in.
    pub fn asset_output(&self, lang: &Lang, key: &str) -> String {
        let (dir, name) = key.rsplit_once('/').unwrap_or(("", key));
        let section = if dir.is_empty() {
            "_index.md".to_string()
        } else {
            format!("{dir}/_index.md")
        };
        format!("{}{name}", urls::output_dir(self, lang, &section))
    }

    /// The published output path of the content file `key` for readers of
    /// `lang`: that language's own copy, else the copy of the first language
    /// in its fallback chain that has the file.
    pub fn asset_for(&self, lang: &Lang, key: &str) -> Option<String> {
        let chain = self
            .config
            .language(lang)
            .map(|l| l.fallback.as_slice())
            .unwrap_or_default();
        std::iter::once(lang)
            .chain(chain.iter())
            .chain(self.config.languages.iter().map(|l| &l.lang))
            .find(|l| self.assets.iter().any(|a| a.lang == **l && a.key == key))
            .map(|l| self.asset_output(l, key))
    }

    /// Languages that have their own version of `key`.
    pub fn languages_of(&self, key: &str) -> impl Iterator<Item = &Lang> {
        self.by_key.get(key).into_iter().flat_map(|v| v.keys())
    }
}

/// The content keys a link or menu path may name, in the order they are
/// tried: `@/contact.md`, `contact` (a page or a section), `/` (home).
fn key_candidates(path: &str) -> Vec<String> {
    let path = path.strip_prefix("@/").unwrap_or(path).trim_matches('/');
    if path.is_empty() {
        vec!["_index.md".to_string()]
    } else if path.ends_with(".md") {
        vec![path.to_string()]
    } else {
        vec![format!("{path}.md"), format!("{path}/_index.md")]
    }
}
