//! Taxonomies (`tags:` and those declared in site.yaml): which pages have
//! which terms in each language ([`Taxonomies`], computed once per
//! render), and their producer: per language a term index page
//! (`/<lang>/<taxonomy-slug>/`) and per term a term page listing its pages,
//! newest first, each with its Atom feed; and the sitemap's entries for
//! them.
//!
//! Terms are language-independent ids (`trafficking`), written the same in
//! every language's front matter, so a term page in one language has the
//! same term's page in another as its translation. A term's label is a
//! UI string of the site (`tag-trafficking = Människohandel` in
//! `locales/sv/*.ftl`), its address the label made a slug by the heading
//! slug rule ([`crate::content::markdown::slugify`]). A label missing in a
//! language is a warning at the term's line in a page that uses it; the
//! page then shows the label of the language's fallback chain, else the
//! id.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_bundle::FluentArgs;
use serde::Serialize;
use tera::Context;

use super::edit::{self, Change, Reaction};
use super::feeds::{self, Feed, SitemapUrl};
use super::paginate::{self, PaginatorView};
use super::{Claim, Cx, Generated, Produced, Producer, Scope, sink_problems};
use crate::config::Taxonomy;
use crate::content::markdown::slugify;
use crate::error::Diagnostic;
use crate::i18n::Catalog;
use crate::lang::Lang;
use crate::output::{OutputFile, Sink};
use crate::site::{Item, Site};

/// The theme's template of a term index.
pub const LIST_TEMPLATE: &str = "taxonomy.html";
/// The theme's template of a term page.
pub const TERM_TEMPLATE: &str = "term.html";

/// Every taxonomy's terms, per language, in site.yaml's order.
#[derive(Debug, Default)]
pub struct Taxonomies {
    /// One per declared taxonomy.
    pub list: Vec<TaxonomyTerms>,
    /// The theme has both templates: term pages are published.
    pub published: bool,
}

/// One taxonomy's terms in every language that uses it.
#[derive(Debug)]
pub struct TaxonomyTerms {
    /// As declared.
    pub taxonomy: Taxonomy,
    /// Per language (site.yaml's order), only languages with terms.
    pub langs: Vec<LangTerms>,
}

/// A taxonomy in one language.
#[derive(Debug)]
pub struct LangTerms {
    /// The reader's language.
    pub lang: Lang,
    /// The taxonomy's title (the UI string named like it: `tags`).
    pub title: String,
    /// Output folder of the term index (`sv/etiketter/`).
    pub path: String,
    /// The terms, sorted by label in the language's collation.
    pub terms: Vec<Term>,
    by_id: BTreeMap<String, usize>,
}

/// A term in one language.
#[derive(Debug)]
pub struct Term {
    /// The id, as in front matter.
    pub id: String,
    /// Its label (the reader's language's, else a fallback's, else the id).
    pub label: String,
    /// The language the label is in.
    pub label_lang: Lang,
    /// Output folder of the term page (`sv/etiketter/manniskohandel/`).
    pub path: String,
    /// Indices into `Site::items` of the pages with this term in this
    /// language (fallback copies included, like section listings),
    /// newest first.
    pub items: Vec<usize>,
}

impl LangTerms {
    /// The term `id`, if this language uses it.
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.by_id.get(id).map(|i| &self.terms[*i])
    }
}

impl TaxonomyTerms {
    /// The taxonomy in `lang`, if pages of that language use it.
    pub fn lang(&self, lang: &Lang) -> Option<&LangTerms> {
        self.langs.iter().find(|l| l.lang == *lang)
    }
}

/// A term as a page shows it (`page.terms.<taxonomy>`).
#[derive(Debug, Clone, Serialize)]
pub struct TermLink {
    /// The id.
    pub id: String,
    /// The label in the reader's language (or a fallback's).
    pub label: String,
    /// The label's language.
    pub lang: Lang,
    /// Relative link to the term page (none when the theme has no term
    /// pages).
    pub url: Option<String>,
    /// Pages with this term in the reader's language.
    pub count: usize,
}

impl Taxonomies {
    /// Works out every taxonomy's terms from the pages, with the warnings
    /// (labels missing in a language; errors when `strict`) and errors
    /// (undeclared taxonomies, two terms with one address) found.
    pub fn build(site: &Site, catalog: &Catalog, published: bool, strict: bool) -> (Taxonomies, Vec<Diagnostic>) {
        let mut problems = undeclared(site);
        let list = site
            .config
            .taxonomies
            .iter()
            .map(|t| {
                let langs = site
                    .config
                    .languages
                    .iter()
                    .filter_map(|l| lang_terms(site, catalog, t, &l.lang, strict, &mut problems))
                    .collect();
                TaxonomyTerms {
                    taxonomy: t.clone(),
                    langs,
                }
            })
            .collect();
        (Taxonomies { list, published }, problems)
    }

    /// The terms of the page shown as `item`, by taxonomy, with links
    /// made by `link` (from an output folder).
    pub fn of_item(&self, site: &Site, item: &Item, link: impl Fn(&str) -> String) -> BTreeMap<String, Vec<TermLink>> {
        let page = &site.pages[item.page];
        let mut out = BTreeMap::new();
        for written in &page.terms {
            let Some(taxonomy) = self.list.iter().find(|t| t.taxonomy.name == written.taxonomy.value) else {
                continue;
            };
            let Some(lang) = taxonomy.lang(&item.lang) else {
                continue;
            };
            let links = written
                .ids
                .iter()
                .filter_map(|id| lang.term(&id.value))
                .map(|term| TermLink {
                    id: term.id.clone(),
                    label: term.label.clone(),
                    lang: term.label_lang.clone(),
                    url: self.published.then(|| link(&term.path)),
                    count: term.items.len(),
                })
                .collect();
            out.insert(taxonomy.taxonomy.name.clone(), links);
        }
        out
    }

    /// The term indexes and term pages for the sitemap, with the same
    /// page in the other languages as alternates (a term's later pages
    /// are left out: they change as pages are tagged).
    pub fn sitemap_urls(&self) -> Vec<SitemapUrl> {
        if !self.published {
            return Vec::new();
        }
        let mut out = Vec::new();
        for t in &self.list {
            for l in &t.langs {
                out.push(SitemapUrl {
                    path: l.path.clone(),
                    alternates: t.langs.iter().map(|o| (o.lang.clone(), o.path.clone())).collect(),
                });
                for term in &l.terms {
                    out.push(SitemapUrl {
                        path: term.path.clone(),
                        alternates: t
                            .langs
                            .iter()
                            .filter_map(|o| Some((o.lang.clone(), o.term(&term.id)?.path.clone())))
                            .collect(),
                    });
                }
            }
        }
        out
    }
}

/// The UI strings the taxonomies of the site use: each taxonomy's title,
/// its term page title and the label of every term a page uses (for
/// `tolk check`'s unused-message report).
pub fn message_keys(site: &Site) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for t in &site.config.taxonomies {
        keys.insert(t.name.clone());
        keys.insert(format!("{}-title", t.singular));
        for page in &site.pages {
            for written in page.terms.iter().filter(|w| w.taxonomy.value == t.name) {
                keys.extend(written.ids.iter().map(|id| t.label_key(&id.value)));
            }
        }
    }
    keys
}

/// Front matter naming a taxonomy that site.yaml does not declare.
fn undeclared(site: &Site) -> Vec<Diagnostic> {
    let names: Vec<&str> = site.config.taxonomies.iter().map(|t| t.name.as_str()).collect();
    site.pages
        .iter()
        .flat_map(|page| page.terms.iter().map(move |w| (page, w)))
        .filter(|(_, w)| !names.contains(&w.taxonomy.value.as_str()))
        .map(|(page, w)| {
            let mut hint = if names.is_empty() {
                "declare it in site.yaml: `taxonomies: [tags, …]`".to_string()
            } else {
                format!(
                    "declare it in site.yaml's `taxonomies:`, or use one of: {}",
                    names.join(", ")
                )
            };
            if let Some(close) = crate::error::did_you_mean(&w.taxonomy.value, names.iter().copied()) {
                hint = format!("did you mean `{close}`? {hint}");
            }
            Diagnostic::error(
                page.file.clone(),
                format!("the taxonomy `{}` is not declared in site.yaml", w.taxonomy.value),
            )
            .at(w.taxonomy.pos.line, Some(w.taxonomy.pos.column))
            .hint(hint)
            .kind(crate::error::Kind::Content)
        })
        .collect()
}

/// The address segment of a message's text, which is in `lang` (the
/// reader's language or the fallback it came from): the message's `.slug`
/// attribute in that language when it has one (`tag-trafficking = Торговля людьми` with
/// `.slug = torgovlya-lyudmi`, for a site whose addresses are
/// transliterated), else `text` made a slug by the heading slug rule,
/// else `fallback` when nothing of it is left. A `.slug` that is not an
/// address segment is an error at its message.
fn slug_of(
    catalog: &Catalog,
    lang: &Lang,
    key: &str,
    text: &str,
    fallback: &str,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let attribute = format!("{key}.slug");
    let own = catalog
        .has(lang, &attribute)
        .then(|| catalog.format(lang, &attribute, None))
        .flatten();
    if let Some(slug) = own.map(clean) {
        match crate::content::names::check_part(slug.trim()) {
            Ok(()) => return slug.trim().to_string(),
            Err(why) => {
                let mut d = Diagnostic::error(
                    PathBuf::from(format!("locales/{lang}")),
                    format!("the address `{}` of `{key}` {why}", slug.escape_debug()),
                )
                .hint(format!(
                    "write `.slug` with letters, digits and `{}` only, e.g. `{}`",
                    crate::content::names::PUNCTUATION,
                    crate::content::names::suggest(&slug)
                ))
                .kind(crate::error::Kind::Fluent);
                if let Some((_, def)) = catalog.definitions(lang).find(|(id, _)| *id == key) {
                    d.file = Some(def.file.clone());
                    d = d.at(def.line, None);
                }
                problems.push(d);
            }
        }
    }
    Some(slugify(text))
        .filter(|s| crate::content::names::check_part(s).is_ok())
        .unwrap_or_else(|| fallback.to_string())
}

/// Orders labels as the language's dictionaries do (ICU4X collation).
fn sort_by_label(lang: &Lang, terms: &mut [Term]) {
    let collator = icu::collator::Collator::try_new(lang.locale().into(), Default::default()).ok();
    terms.sort_by(|a, b| {
        collator
            .as_ref()
            .map_or_else(|| a.label.cmp(&b.label), |c| c.compare(&a.label, &b.label))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// The taxonomy `t` in `lang`, when pages shown in `lang` use it.
fn lang_terms(
    site: &Site,
    catalog: &Catalog,
    t: &Taxonomy,
    lang: &Lang,
    strict: bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<LangTerms> {
    let mut used: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, item) in site.items.iter().enumerate().filter(|(_, i)| i.lang == *lang) {
        for written in site.pages[item.page]
            .terms
            .iter()
            .filter(|w| w.taxonomy.value == t.name)
        {
            for id in &written.ids {
                used.entry(id.value.as_str()).or_default().push(i);
            }
        }
    }
    if used.is_empty() {
        return None;
    }
    let title = catalog
        .format(lang, &t.name, None)
        .map_or_else(|| t.name.clone(), |s| s.replace(['\u{2068}', '\u{2069}'], ""));
    let title_lang = catalog.source_language(lang, &t.name).unwrap_or(lang).clone();
    let path = format!(
        "{lang}/{}/",
        slug_of(catalog, &title_lang, &t.name, &title, &t.name, problems)
    );
    let mut terms: Vec<Term> = used
        .into_iter()
        .map(|(id, mut items)| {
            let key = t.label_key(id);
            if !catalog.has(lang, &key) {
                problems.push(missing_label(site, t, id, &key, lang, strict));
            }
            let (label, label_lang) = match catalog.localize(lang, &key, None) {
                Ok(l) => (l.text.replace(['\u{2068}', '\u{2069}'], ""), l.lang.clone()),
                Err(_) => (id.to_string(), lang.clone()),
            };
            newest_first(site, &mut items);
            let slug = slug_of(catalog, &label_lang, &key, &label, id, problems);
            Term {
                path: format!("{path}{slug}/"),
                id: id.to_string(),
                label,
                label_lang,
                items,
            }
        })
        .collect();
    sort_by_label(lang, &mut terms);
    problems.extend(slug_collisions(t, lang, &terms));
    let by_id = terms.iter().enumerate().map(|(i, term)| (term.id.clone(), i)).collect();
    Some(LangTerms {
        lang: lang.clone(),
        title,
        path,
        terms,
        by_id,
    })
}

/// Dated pages newest first, then undated ones, each by title and key.
fn newest_first(site: &Site, items: &mut [usize]) {
    items.sort_by(|a, b| {
        let (ia, ib) = (&site.items[*a], &site.items[*b]);
        let (pa, pb) = (&site.pages[ia.page], &site.pages[ib.page]);
        pb.date
            .cmp(&pa.date)
            .then_with(|| pa.title.cmp(&pb.title))
            .then_with(|| ia.key.cmp(&ib.key))
    });
}

/// The warning for a term whose label `key` is missing in `lang`, at the
/// term's line in the first page written in `lang` that uses it (else in
/// the first page that does).
fn missing_label(site: &Site, t: &Taxonomy, id: &str, key: &str, lang: &Lang, strict: bool) -> Diagnostic {
    let uses = site
        .pages
        .iter()
        .flat_map(|p| p.terms.iter().map(move |w| (p, w)))
        .filter(|(_, w)| w.taxonomy.value == t.name)
        .filter_map(|(p, w)| Some((p, w.ids.iter().find(|i| i.value == id)?)));
    let mut uses: Vec<_> = uses.collect();
    uses.sort_by_key(|(p, _)| (p.lang != *lang, p.file.clone()));
    let message =
        format!("the term `{id}` has no label in `{lang}`: its pages in `{lang}` show it as it is written elsewhere");
    let mut d = if strict {
        Diagnostic::error(None, message)
    } else {
        Diagnostic::warning(None, message)
    };
    if let Some((page, at)) = uses.first() {
        d.file = Some(page.file.clone());
        d = d.at(at.pos.line, Some(at.pos.column));
    }
    d.hint(format!(
        "add `{key} = …` (the term's name in this language) to a file in locales/{lang}/"
    ))
    .kind(crate::error::Kind::UiString)
}

/// Two terms whose labels give one address in a language.
fn slug_collisions(t: &Taxonomy, lang: &Lang, terms: &[Term]) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<String, &Term> = BTreeMap::new();
    let mut out = Vec::new();
    for term in terms {
        let folded = crate::content::names::fold(&term.path);
        if let Some(first) = seen.get(&folded) {
            out.push(
                Diagnostic::error(
                    PathBuf::from(format!("locales/{lang}")),
                    format!(
                        "the terms `{}` and `{}` of `{}` would both be published at /{}",
                        first.id, term.id, t.name, term.path
                    ),
                )
                .hint(format!(
                    "give `{}` and `{}` different labels in locales/{lang}/, or use one term",
                    t.label_key(&first.id),
                    t.label_key(&term.id)
                ))
                .kind(crate::error::Kind::Output),
            );
        } else {
            seen.insert(folded, term);
        }
    }
    out
}

/// The producer of term indexes, term pages and their feeds.
pub struct TermPages;

impl Producer for TermPages {
    fn name(&self) -> &'static str {
        "term pages"
    }

    /// Term pages list titles, descriptions and (in feeds) the text of the
    /// pages with terms: text and wording edits of such a page run it
    /// again; a change of a page's terms (or any other front matter) is
    /// a full rebuild, since every page shows its terms and the sitemap
    /// lists the term pages.
    fn reacts_to(&self, _: &Site, edit: &edit::Edit<'_>) -> Reaction {
        match edit.change {
            Change::Text | Change::Wording if edit.old.terms.is_empty() => Reaction::Untouched,
            Change::Text | Change::Wording => Reaction::Rerun,
            Change::Other => Reaction::Everything,
        }
    }

    fn produce(&self, cx: &Cx<'_>, _: Scope<'_>, sink: &dyn Sink) -> Produced {
        let taxonomies = cx.renderer.taxonomies;
        let mut produced = Produced::default();
        if !taxonomies.published {
            return produced;
        }
        let mut put = |result: Result<OutputFile, Vec<Diagnostic>>| match result {
            Ok(file) => {
                let claim: Claim = (file.path.clone(), file.source.clone());
                match sink.put(file) {
                    Ok(()) => produced.claims.push(claim),
                    Err(e) => produced.problems.extend(sink_problems(e)),
                }
            }
            Err(problems) => produced.problems.extend(problems),
        };
        for t in &taxonomies.list {
            for l in &t.langs {
                put(index_page(cx, t, l));
                put(Ok(index_feed(cx, l)));
                for term in &l.terms {
                    for file in term_pages(cx, t, l, term) {
                        put(file);
                    }
                    put(Ok(term_feed(cx, t, l, term)));
                }
            }
        }
        produced
    }
}

fn clean(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The title of a term page: `<singular>-title` with `$tag` and `$term`
/// (`Märkt med ”Människohandel”`), else the label.
fn term_title(catalog: &Catalog, t: &Taxonomy, lang: &Lang, term: &Term) -> String {
    let mut args = FluentArgs::new();
    args.set("tag", term.label.clone());
    args.set("term", term.label.clone());
    catalog
        .format(lang, &format!("{}-title", t.singular), Some(&args))
        .map_or_else(|| term.label.clone(), clean)
}

/// Where a feed's entries and the HTML page's links come from.
fn source_of(site: &Site, items: &[usize]) -> PathBuf {
    items.first().map_or_else(
        || PathBuf::from(crate::config::FILE),
        |i| site.pages[site.items[*i].page].file.clone(),
    )
}

fn index_page(cx: &Cx<'_>, t: &TaxonomyTerms, l: &LangTerms) -> Result<OutputFile, Vec<Diagnostic>> {
    let explicit = cx.site.config.output.explicit_index;
    let link = |to: &str| crate::site::urls::relative(&l.path, to, explicit);
    let terms: Vec<serde_json::Value> = l
        .terms
        .iter()
        .map(|term| {
            serde_json::json!({
                "id": term.id,
                "label": term.label,
                "lang": term.label_lang,
                "url": link(&term.path),
                "count": term.items.len(),
            })
        })
        .collect();
    let mut more = Context::new();
    more.insert(
        "taxonomy",
        &serde_json::json!({
            "name": t.taxonomy.name,
            "title": l.title,
            "url": link(&l.path),
            "feed": crate::site::urls::relative(&l.path, &format!("{}{}", l.path, feeds::ATOM_FILE), false),
            "terms": terms,
        }),
    );
    let generated = Generated {
        lang: &l.lang,
        path: l.path.clone(),
        title: l.title.clone(),
        kind: "terms",
        translations: cx
            .site
            .config
            .languages
            .iter()
            .map(|o| (&o.lang, t.lang(&o.lang).map(|x| x.path.clone())))
            .collect(),
    };
    cx.renderer
        .generated(&generated, LIST_TEMPLATE, more)
        .map_err(sink_problems)
}

fn term_pages(cx: &Cx<'_>, t: &TaxonomyTerms, l: &LangTerms, term: &Term) -> Vec<Result<OutputFile, Vec<Diagnostic>>> {
    let site = cx.site;
    let segment = cx.renderer.segments.get(&l.lang).map_or("page", String::as_str);
    let pagers = paginate::split(term.items.len(), t.taxonomy.paginate_by, &term.path, segment);
    let title = term_title(cx.catalog, &t.taxonomy, &l.lang, term);
    let explicit = site.config.output.explicit_index;
    pagers
        .iter()
        .map(|pager| {
            let link = |to: &str| crate::site::urls::relative(&pager.path, to, explicit);
            let at = Item {
                lang: l.lang.clone(),
                key: String::new(),
                page: 0,
                is_fallback: false,
                path: pager.path.clone(),
            };
            let views = cx.renderer.views(&at);
            let pages: Vec<_> = term.items[pager.range.clone()]
                .iter()
                .map(|i| views.summary(&site.items[*i]))
                .collect();
            let paginator = t
                .taxonomy
                .paginate_by
                .map(|_| PaginatorView::new(&pagers, pager, term.items.len(), link));
            let mut more = Context::new();
            more.insert(
                "taxonomy",
                &serde_json::json!({
                    "name": t.taxonomy.name,
                    "title": l.title,
                    "url": link(&l.path),
                }),
            );
            more.insert(
                "term",
                &serde_json::json!({
                    "id": term.id,
                    "label": term.label,
                    "lang": term.label_lang,
                    "url": link(&term.path),
                    "feed": crate::site::urls::relative(&pager.path, &format!("{}{}", term.path, feeds::ATOM_FILE), false),
                    "count": term.items.len(),
                    "pages": pages,
                }),
            );
            more.insert("paginator", &paginator);
            let translations = site
                .config
                .languages
                .iter()
                .map(|o| {
                    let theirs = t.lang(&o.lang).and_then(|x| x.term(&term.id));
                    let path = theirs.map(|th| {
                        let n = paginate::count(th.items.len(), t.taxonomy.paginate_by);
                        let seg = cx.renderer.segments.get(&o.lang).map_or("page", String::as_str);
                        paginate::page_path(&th.path, seg, if pager.number <= n { pager.number } else { 1 })
                    });
                    (&o.lang, path)
                })
                .collect();
            let generated = Generated {
                lang: &l.lang,
                path: pager.path.clone(),
                title: title.clone(),
                kind: "term",
                translations,
            };
            cx.renderer
                .generated(&generated, TERM_TEMPLATE, more)
                .map_err(sink_problems)
        })
        .collect()
}

fn term_feed(cx: &Cx<'_>, t: &TaxonomyTerms, l: &LangTerms, term: &Term) -> OutputFile {
    let title = term_title(cx.catalog, &t.taxonomy, &l.lang, term);
    let items: Vec<&Item> = term.items.iter().map(|i| &cx.site.items[*i]).collect();
    feed(cx, &l.lang, &term.path, &title, items, source_of(cx.site, &term.items))
}

/// The term index's feed: every page with a term of the taxonomy.
fn index_feed(cx: &Cx<'_>, l: &LangTerms) -> OutputFile {
    let all: BTreeSet<usize> = l.terms.iter().flat_map(|term| term.items.iter().copied()).collect();
    let items: Vec<&Item> = all.iter().map(|i| &cx.site.items[*i]).collect();
    feed(
        cx,
        &l.lang,
        &l.path,
        &l.title,
        items,
        PathBuf::from(crate::config::FILE),
    )
}

fn feed(cx: &Cx<'_>, lang: &Lang, path: &str, title: &str, items: Vec<&Item>, source: PathBuf) -> OutputFile {
    let static_files = cx.theme.static_files.iter().map(|f| f.path.clone()).collect();
    feeds::atom_feed(
        cx.site,
        &Feed {
            lang,
            path,
            title,
            entries: feeds::newest_first(cx.site, items),
            source,
        },
        cx.titles,
        &static_files,
    )
}
