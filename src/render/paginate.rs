//! The one paginator: how a listing (a section with `paginate_by`, a
//! term page of a taxonomy with `paginate_by`) is split into pages, where
//! each page is published, and what templates see of it. The first page
//! is the listing's own address; page *k* is `<listing>/<segment>/<k>/`,
//! the segment localised (the UI string `pagination-path`, as a slug).
//! A listing never ends with an empty page: with no entries it has one.

use std::num::NonZeroUsize;
use std::ops::Range;

use serde::Serialize;

use crate::content::Kind;
use crate::lang::Lang;
use crate::site::{Item, Site};

/// One page of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pager {
    /// 1-based.
    pub number: usize,
    /// Pages of the listing.
    pub total: usize,
    /// Output folder of this page (`sv/nyheter/` or `sv/nyheter/sida/2/`).
    pub path: String,
    /// The entries it shows (indices into the listing).
    pub range: Range<usize>,
}

/// The pages of a listing of `count` entries at `base` (an output folder
/// ending in `/`), `per_page` entries each; `segment` is the localised
/// folder of the later pages.
///
/// ```
/// use std::num::NonZeroUsize;
/// use tolk::render::paginate::split;
/// let pages = split(5, NonZeroUsize::new(2), "sv/nyheter/", "sida");
/// let paths: Vec<&str> = pages.iter().map(|p| p.path.as_str()).collect();
/// assert_eq!(paths, ["sv/nyheter/", "sv/nyheter/sida/2/", "sv/nyheter/sida/3/"]);
/// assert_eq!(pages[2].range, 4..5);
/// assert_eq!(split(0, NonZeroUsize::new(2), "sv/", "sida").len(), 1);
/// assert_eq!(split(4, NonZeroUsize::new(2), "sv/", "sida").len(), 2);
/// assert_eq!(split(4, None, "sv/", "sida")[0].range, 0..4);
/// ```
pub fn split(count: usize, per_page: Option<NonZeroUsize>, base: &str, segment: &str) -> Vec<Pager> {
    let per = per_page.map_or(count.max(1), NonZeroUsize::get);
    let total = self::count(count, per_page);
    (1..=total)
        .map(|number| Pager {
            number,
            total,
            path: page_path(base, segment, number),
            range: ((number - 1) * per).min(count)..(number * per).min(count),
        })
        .collect()
}

/// The output folder of page `number` of the listing at `base`.
pub fn page_path(base: &str, segment: &str, number: usize) -> String {
    if number <= 1 {
        base.to_string()
    } else {
        format!("{base}{segment}/{number}/")
    }
}

/// The localised folder of later pages in every language: the UI string
/// `pagination-path` made a slug by the slug rule of headings
/// ([`crate::content::markdown::slugify`]), `page` when it has none.
pub fn segments(site: &Site, catalog: &crate::i18n::Catalog) -> std::collections::HashMap<Lang, String> {
    site.config
        .languages
        .iter()
        .map(|l| {
            let slug = catalog
                .format(&l.lang, "pagination-path", None)
                .map(|t| crate::content::markdown::slugify(&t))
                .filter(|s| crate::content::names::check_part(s).is_ok())
                .unwrap_or_else(|| "page".into());
            (l.lang.clone(), slug)
        })
        .collect()
}

/// A section's listing, worked out once per section and language: its
/// pages and subsections in order, its pages of the listing, and where
/// the same listing's pages are in the other languages.
#[derive(Debug)]
pub struct Paging<'s> {
    /// The pages listed, in the section's order (empty for a page).
    pub pages: Vec<&'s Item>,
    /// The subsections listed (the first page of the listing shows them).
    pub subsections: Vec<&'s Item>,
    /// Its pages of the listing: one, unless `paginate_by` splits it.
    pub pagers: Vec<Pager>,
    /// The section sets `paginate_by`.
    pub paginated: bool,
    /// When there is more than one page: the output folders of every
    /// language's pages of the same listing, by language.
    pub others: Vec<(Lang, Vec<String>)>,
}

impl<'s> Paging<'s> {
    /// The listing of the item `item` of `site` (`segments` by language,
    /// from [`segments`]).
    pub fn of(site: &'s Site, item: &Item, segments: &std::collections::HashMap<Lang, String>) -> Paging<'s> {
        let page = &site.pages[item.page];
        let segment = |lang: &Lang| segments.get(lang).map_or("page", String::as_str);
        let (pages, subsections) = if page.kind == Kind::Page {
            (Vec::new(), Vec::new())
        } else {
            site.children(&item.lang, &item.key)
        };
        let pagers = split(pages.len(), page.paginate_by, &item.path, segment(&item.lang));
        let others = if pagers.len() > 1 {
            site.config
                .languages
                .iter()
                .filter_map(|l| {
                    let other = site.item(&l.lang, &item.key)?;
                    let theirs = &site.pages[other.page];
                    let count = site.children(&l.lang, &item.key).0.len();
                    let paths = split(count, theirs.paginate_by, &other.path, segment(&l.lang))
                        .into_iter()
                        .map(|p| p.path)
                        .collect();
                    Some((l.lang.clone(), paths))
                })
                .collect()
        } else {
            Vec::new()
        };
        Paging {
            pages,
            subsections,
            pagers,
            paginated: page.paginate_by.is_some(),
            others,
        }
    }

    /// The output folder of page `number` of the same listing in `lang`,
    /// if it has that many.
    pub fn other(&self, lang: &Lang, number: usize) -> Option<&str> {
        let (_, paths) = self.others.iter().find(|(l, _)| l == lang)?;
        paths.get(number.checked_sub(1)?).map(String::as_str)
    }
}

/// The later pages (2 and on) of every paginated section published in its
/// own language, for the sitemap, with the same page of the other
/// languages' listings (published in their own language) as alternates.
pub fn sitemap_urls(site: &Site, segments: &std::collections::HashMap<Lang, String>) -> Vec<super::feeds::SitemapUrl> {
    let mut out = Vec::new();
    for item in site.items.iter().filter(|i| !i.is_fallback) {
        if site.pages[item.page].paginate_by.is_none() {
            continue;
        }
        let paging = Paging::of(site, item, segments);
        for pager in paging.pagers.iter().skip(1) {
            let alternates = site
                .config
                .languages
                .iter()
                .filter(|l| site.item(&l.lang, &item.key).is_some_and(|o| !o.is_fallback))
                .filter_map(|l| Some((l.lang.clone(), paging.other(&l.lang, pager.number)?.to_string())))
                .collect();
            out.push(super::feeds::SitemapUrl {
                path: pager.path.clone(),
                alternates,
            });
        }
    }
    out
}

/// Pages a listing of `count` entries has, `per_page` each.
///
/// ```
/// use std::num::NonZeroUsize;
/// assert_eq!(tolk::render::paginate::count(0, NonZeroUsize::new(3)), 1);
/// assert_eq!(tolk::render::paginate::count(7, NonZeroUsize::new(3)), 3);
/// assert_eq!(tolk::render::paginate::count(7, None), 1);
/// ```
pub fn count(count: usize, per_page: Option<NonZeroUsize>) -> usize {
    per_page.map_or(1, |per| count.div_ceil(per.get()).max(1))
}

/// A paginated listing as templates see it (`paginator`), links relative
/// to the page shown.
#[derive(Debug, Clone, Serialize)]
pub struct PaginatorView {
    /// This page's number, from 1.
    pub number: usize,
    /// Number of pages.
    pub total: usize,
    /// Entries per page.
    pub per_page: usize,
    /// Entries in the whole listing.
    pub count: usize,
    /// Link to the first page.
    pub first: String,
    /// Link to the last page.
    pub last: String,
    /// Link to the previous page (none on the first).
    pub previous: Option<String>,
    /// Link to the next page (none on the last).
    pub next: Option<String>,
    /// The pages to link to: the first, the last, and [`WINDOW`] on
    /// each side of this one (so a listing of a thousand pages does not
    /// put a thousand links on each).
    pub pages: Vec<PagerLink>,
}

/// Pages linked on each side of the current one.
pub const WINDOW: usize = 2;

/// One page in [`PaginatorView::pages`].
#[derive(Debug, Clone, Serialize)]
pub struct PagerLink {
    /// From 1.
    pub number: usize,
    /// Relative link.
    pub url: String,
    /// The page shown.
    pub current: bool,
}

impl PaginatorView {
    /// The view of `current` among `pagers`, links made by `link`
    /// (from an output folder to a relative link).
    pub fn new(pagers: &[Pager], current: &Pager, count: usize, link: impl Fn(&str) -> String) -> PaginatorView {
        let at = |n: usize| pagers.get(n.wrapping_sub(1)).map(|p| link(&p.path));
        PaginatorView {
            number: current.number,
            total: current.total,
            per_page: current.range.len().max(pagers.first().map_or(0, |p| p.range.len())),
            count,
            first: at(1).unwrap_or_default(),
            last: at(current.total).unwrap_or_default(),
            previous: (current.number > 1).then(|| at(current.number - 1)).flatten(),
            next: at(current.number + 1),
            pages: pagers
                .iter()
                .filter(|p| p.number == 1 || p.number == current.total || p.number.abs_diff(current.number) <= WINDOW)
                .map(|p| PagerLink {
                    number: p.number,
                    url: link(&p.path),
                    current: p.number == current.number,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(v: usize) -> Option<NonZeroUsize> {
        NonZeroUsize::new(v)
    }

    #[test]
    fn no_empty_last_page_and_the_edges() {
        // 0, 1, exactly per_page, per_page + 1 entries.
        let counts: Vec<usize> = [0, 1, 3, 4].iter().map(|c| split(*c, n(3), "a/", "p").len()).collect();
        assert_eq!(counts, [1, 1, 1, 2]);
        let two = split(4, n(3), "a/", "p");
        assert_eq!(two[1].range, 3..4);
        assert_eq!(two[1].path, "a/p/2/");
        assert!(two.iter().all(|p| p.total == 2));
    }

    #[test]
    fn view_links_neighbours() {
        let pagers = split(7, n(3), "a/", "p");
        let v = PaginatorView::new(&pagers, &pagers[1], 7, str::to_string);
        assert_eq!(v.previous.as_deref(), Some("a/"));
        assert_eq!(v.next.as_deref(), Some("a/p/3/"));
        assert_eq!(v.per_page, 3);
        let last = PaginatorView::new(&pagers, &pagers[2], 7, str::to_string);
        assert_eq!(last.next, None);
        assert_eq!(last.per_page, 3);
        let first = PaginatorView::new(&pagers, &pagers[0], 7, str::to_string);
        assert_eq!(first.previous, None);
        let many = split(100, n(1), "a/", "p");
        let middle = PaginatorView::new(&many, &many[49], 100, str::to_string);
        let numbers: Vec<usize> = middle.pages.iter().map(|p| p.number).collect();
        assert_eq!(numbers, [1, 48, 49, 50, 51, 52, 100]);
    }
}
