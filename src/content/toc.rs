//! The table of contents as templates see it: the headings of a page's
//! body ([`super::markdown::Heading`], in document order, with the ids
//! rendering gave them) nested by level, and whether the page shows one.

use serde::Serialize;

use super::markdown::Heading;

/// One heading with the headings below it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    /// 1–6.
    pub level: u8,
    /// The heading's id (link to `#id`).
    pub id: String,
    /// Plain text of the heading.
    pub title: String,
    /// Headings of a deeper level until the next one of this level or higher.
    pub children: Vec<TocEntry>,
}

/// Nests `headings` by level. A heading deeper than the one before it by
/// more than one level (an `###` right after an `#`) is still its child;
/// one shallower than the first is a sibling at the top.
///
/// ```
/// use tolk::content::markdown::Heading;
/// use tolk::content::toc::nest;
/// let h = |level, id: &str| Heading { level, id: id.into(), title: id.into() };
/// let tree = nest(&[h(2, "a"), h(3, "a1"), h(3, "a2"), h(2, "b"), h(4, "b1")]);
/// assert_eq!(tree.len(), 2);
/// assert_eq!(tree[0].children.len(), 2);
/// assert_eq!(tree[1].children[0].id, "b1");
/// ```
pub fn nest(headings: &[Heading]) -> Vec<TocEntry> {
    let mut at = 0;
    nest_below(headings, &mut at, 0)
}

fn nest_below(headings: &[Heading], at: &mut usize, parent: u8) -> Vec<TocEntry> {
    let mut out = Vec::new();
    while let Some(h) = headings.get(*at).filter(|h| h.level > parent) {
        *at += 1;
        let children = nest_below(headings, at, h.level);
        out.push(TocEntry {
            level: h.level,
            id: h.id.clone(),
            title: h.title.clone(),
            children,
        });
    }
    out
}

/// Whether a page shows its table of contents: as its front matter says
/// (`toc: true|false`), else when it has at least `min_headings`
/// headings; never when it has none.
///
/// ```
/// use tolk::content::toc::shows;
/// assert!(shows(None, 4, 4));
/// assert!(!shows(None, 3, 4));
/// assert!(shows(Some(true), 1, 4));
/// assert!(!shows(Some(false), 9, 4));
/// assert!(!shows(Some(true), 0, 4));
/// ```
pub fn shows(front_matter: Option<bool>, headings: usize, min_headings: usize) -> bool {
    headings > 0 && front_matter.unwrap_or(headings >= min_headings)
}
