//! Edits during `tolk serve`: how an edited page changed, how each
//! producer reacts to it, and the plan that puts the reactions together.
//! Each producer states its own rule ([`super::Producer::reacts_to`]), so
//! adding a producer never means editing serve.

use std::collections::HashSet;

use crate::content::{Kind, Page};
use crate::site::Site;

/// How an edited page differs from the version the site was built with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Only the body text.
    Text,
    /// Only the body text, the title and the description: what listings
    /// and feeds show, not where pages go.
    Wording,
    /// Anything else (front matter that places, dates or links the page).
    Other,
}

impl Change {
    /// Compares two versions of one page.
    pub fn between(old: &Page, new: &Page) -> Change {
        if old.differs_only_in_text(new) {
            Change::Text
        } else if old.differs_only_in_wording(new) {
            Change::Wording
        } else {
            Change::Other
        }
    }
}

/// One edited page: its index in `Site::pages`, the version the site was
/// built with and the new one.
#[derive(Debug, Clone, Copy)]
pub struct Edit<'a> {
    /// Index of the page in `Site::pages`.
    pub index: usize,
    /// The page as the site was built with it.
    pub old: &'a Page,
    /// The page as it is now on disk.
    pub new: &'a Page,
    /// How they differ.
    pub change: Change,
}

impl<'a> Edit<'a> {
    /// An edit of the page at `index` of `site` into `new`.
    pub fn new(site: &'a Site, index: usize, new: &'a Page) -> Edit<'a> {
        let old = &site.pages[index];
        Edit {
            index,
            old,
            new,
            change: Change::between(old, new),
        }
    }
}

/// What one producer must redo after an edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reaction {
    /// None of its files change.
    Untouched,
    /// The files of these pages (indices into `Site::pages`).
    Pages(HashSet<usize>),
    /// All of its files.
    Rerun,
    /// The edit may change anything: rebuild the whole site.
    Everything,
}

impl Reaction {
    /// The reaction to two edits together.
    fn and(self, other: Reaction) -> Reaction {
        use Reaction::{Everything, Pages, Rerun, Untouched};
        match (self, other) {
            (Everything, _) | (_, Everything) => Everything,
            (Rerun, _) | (_, Rerun) => Rerun,
            (Pages(mut a), Pages(b)) => {
                a.extend(b);
                Pages(a)
            }
            (Pages(a), Untouched) | (Untouched, Pages(a)) => Pages(a),
            (Untouched, Untouched) => Untouched,
        }
    }
}

/// Text and wording edits leave the producer's files as they are; any
/// other edit rebuilds everything.
pub fn unaffected_by_wording(_: &Site, edit: &Edit<'_>) -> Reaction {
    match edit.change {
        Change::Text | Change::Wording => Reaction::Untouched,
        Change::Other => Reaction::Everything,
    }
}

/// The producer's files show page text: text and wording edits re-run it;
/// any other edit rebuilds everything.
pub fn shows_wording(_: &Site, edit: &Edit<'_>) -> Reaction {
    match edit.change {
        Change::Text | Change::Wording => Reaction::Rerun,
        Change::Other => Reaction::Everything,
    }
}

/// The pages rule: a text edit re-renders every language's version of the
/// page (their translation state may change) and of its section, whose
/// listing shows the page's summary (its first paragraph or the text
/// before `<!-- more -->`); a title or description edit of a plain page
/// (not an event, not in a menu: menus and calendars appear on every
/// page) the same pages.
pub fn pages(site: &Site, edit: &Edit<'_>) -> Reaction {
    let key = &edit.new.key;
    let mut only: HashSet<usize> = site.versions(key).collect();
    match edit.change {
        Change::Text => {
            if let Some(parent) = edit.new.parent_key() {
                only.extend(site.versions(&parent));
            }
            Reaction::Pages(only)
        }
        Change::Wording if edit.old.kind == Kind::Page && edit.old.event.is_none() && !in_menu(site, key) => {
            if let Some(parent) = edit.new.parent_key() {
                only.extend(site.versions(&parent));
            }
            Reaction::Pages(only)
        }
        Change::Wording | Change::Other => Reaction::Everything,
    }
}

/// Whether a menu lists the page `key`.
fn in_menu(site: &Site, key: &str) -> bool {
    site.config
        .menu_entries()
        .any(|(_, e)| site.resolve_key(&e.path.value).as_deref() == Some(key))
}

/// Redirect pages show the title of the page they point to.
pub fn aliases(_: &Site, edit: &Edit<'_>) -> Reaction {
    match edit.change {
        Change::Text => Reaction::Untouched,
        Change::Wording if edit.old.aliases.is_empty() => Reaction::Untouched,
        Change::Wording => Reaction::Rerun,
        Change::Other => Reaction::Everything,
    }
}

/// What every producer of [`super::PRODUCERS`] must redo after a set of
/// edits, in the list's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// One reaction per producer, never [`Reaction::Everything`].
    pub(super) reactions: Vec<Reaction>,
}

impl Plan {
    /// The pages whose files are re-rendered.
    pub fn pages(&self) -> HashSet<usize> {
        self.reactions
            .iter()
            .filter_map(|r| match r {
                Reaction::Pages(p) => Some(p.iter().copied()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// The names of the producers that run again (all of their files or
    /// some pages).
    pub fn producers(&self) -> Vec<&'static str> {
        super::PRODUCERS
            .iter()
            .zip(&self.reactions)
            .filter(|(_, r)| **r != Reaction::Untouched)
            .map(|(p, _)| p.name())
            .collect()
    }
}

/// Asks every producer how it reacts to `edits` (made against `site`, the
/// model before the edits). `None` when one of them needs a full rebuild,
/// or when there are no edits.
pub fn plan(site: &Site, edits: &[Edit<'_>]) -> Option<Plan> {
    if edits.is_empty() {
        return None;
    }
    let mut reactions = Vec::with_capacity(super::PRODUCERS.len());
    for producer in super::PRODUCERS {
        let mut reaction = Reaction::Untouched;
        for edit in edits {
            reaction = reaction.and(producer.reacts_to(site, edit));
            if reaction == Reaction::Everything {
                return None;
            }
        }
        reactions.push(reaction);
    }
    Some(Plan { reactions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reactions_combine_towards_more_work() {
        let p = |v: &[usize]| Reaction::Pages(v.iter().copied().collect());
        assert_eq!(p(&[1]).and(p(&[2])), p(&[1, 2]));
        assert_eq!(Reaction::Untouched.and(p(&[3])), p(&[3]));
        assert_eq!(p(&[3]).and(Reaction::Rerun), Reaction::Rerun);
        assert_eq!(Reaction::Rerun.and(Reaction::Everything), Reaction::Everything);
        assert_eq!(Reaction::Untouched.and(Reaction::Untouched), Reaction::Untouched);
    }
}
