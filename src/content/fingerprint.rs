//! The fingerprint of an original page, which a translation records as
//! `translated_from` to say which version it was made from. It covers the
//! title, the description and the text; whitespace-only changes and other
//! front matter fields do not change it.

use super::Page;

/// A short, stable hash (FNV-1a, 64 bits, first 12 hex digits) of the
/// page's title, description and body with all runs of whitespace collapsed.
///
/// ```
/// use tolk::content::fingerprint::of_parts;
/// assert_eq!(of_parts("Om", "", "Text  här.\n"), of_parts("Om", "", "Text\nhär."));
/// assert_ne!(of_parts("Om", "", "Text här."), of_parts("Om", "", "Text där."));
/// assert_eq!(of_parts("Om", "", "x").len(), 12);
/// ```
pub fn of_parts(title: &str, description: &str, body: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |text: &str| {
        for word in text.split_whitespace() {
            for b in word.bytes().chain(std::iter::once(b' ')) {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    feed(title);
    feed(description);
    feed(body);
    format!("{hash:016x}")[..12].to_string()
}

/// The fingerprint of a page.
pub fn of(page: &Page) -> String {
    of_parts(&page.title, &page.description, &page.body)
}

/// How a translation relates to the current version of its original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Made from the current version (`translated_from` matches).
    Current,
    /// The original changed since (`translated_from` differs).
    Stale,
    /// No `translated_from` yet: nobody has said which version it follows.
    Untracked,
    /// Its translator marked it up to date (`translated: true`, the CMS's
    /// box) and `tolk translated --marked` has not recorded the version
    /// yet. Readers see it as current.
    Marked,
}

/// The one rule for a translation's state, used by the pages' notices and
/// by `tolk status` alike.
pub fn freshness(translation: &Page, original: &Page) -> Freshness {
    if translation.translated {
        return Freshness::Marked;
    }
    match &translation.translated_from {
        None => Freshness::Untracked,
        Some(from) if *from == of(original) => Freshness::Current,
        Some(_) => Freshness::Stale,
    }
}
