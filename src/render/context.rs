//! The data templates see: serialisable views of the site model, with every
//! link already made relative to the page being rendered.

use crate::lang::Lang;
use serde::Serialize;

use crate::calendar::{Event, When};
use crate::content::front_matter::Contact;
use crate::content::markdown::Heading;
use crate::content::toc::TocEntry;
use crate::content::{Kind, Page};
use crate::site::urls::{permalink, relative};
use crate::site::{Item, Site, TranslationState};

/// A language as templates see it.
#[derive(Debug, Serialize)]
pub struct LangView<'a> {
    /// BCP 47 code.
    pub code: &'a str,
    /// Name in itself.
    pub name: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
}

/// One language version of the current page (for switchers and hreflang).
#[derive(Debug, Serialize)]
pub struct TranslationView<'a> {
    /// Language code.
    pub code: &'a str,
    /// Language name in itself.
    pub name: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Relative link to this page in that language (its home when the page
    /// is not published there).
    pub url: String,
    /// Absolute URL (for hreflang), when the page exists in that language.
    pub permalink: Option<String>,
    /// The page is written in that language (not a fallback).
    pub exists: bool,
    /// That language is the current one.
    pub current: bool,
}

/// A page in a listing.
#[derive(Debug, Clone, Serialize)]
pub struct Summary<'a> {
    /// Title.
    pub title: &'a str,
    /// Description.
    pub description: &'a str,
    /// Relative link.
    pub url: String,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Language the content is written in.
    pub lang: &'a Lang,
    /// Shown through the fallback.
    pub is_fallback: bool,
    /// Translation key.
    pub key: &'a str,
    /// The event, for calendar listings.
    pub event: Option<EventView<'a>>,
    /// The teaser as HTML (mark it `| safe`): the text before
    /// `<!-- more -->`, else the description, else the first paragraph;
    /// links relative to the listing. Set in section listings
    /// (`page.pages`, `page.subsections`), empty elsewhere.
    pub summary: String,
    /// Like `PageView::schedule`: set only for a page listed outside its
    /// publishing window (`--future`, `--expired`).
    pub schedule: Option<crate::content::Schedule>,
}

/// An event as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct EventView<'a> {
    /// RFC 3339 start (with offset), or `YYYY-MM-DD` for all-day events.
    pub start: String,
    /// RFC 3339 end, or the last day for all-day events.
    pub end: String,
    /// Whole days.
    pub all_day: bool,
    /// IANA zone name.
    pub timezone: Option<String>,
    /// Zone abbreviation and offset at the start, e.g. `EEST (UTC+3)`.
    pub zone_label: Option<String>,
    /// When, in the reader's language: `11 maj 2027 kl. 10:00–17:00 EEST (UTC+3)`.
    pub when: String,
    /// `YYYY-MM` of the start, for grouping.
    pub month: String,
    /// The start's month and year in the reader's language (`mars 2027`).
    pub month_label: String,
    /// The country's name in the reader's language.
    pub country_name: Option<String>,
    /// Venue name.
    pub venue: &'a str,
    /// Street address.
    pub address: &'a str,
    /// City.
    pub city: &'a str,
    /// ISO country code.
    pub country: Option<&'a str>,
    /// Online participation URL.
    pub online: &'a str,
    /// Registration URL.
    pub registration: &'a str,
    /// Registration deadline `YYYY-MM-DD`.
    pub registration_deadline: Option<String>,
    /// Spoken languages (BCP 47 codes).
    pub languages: &'a [String],
    /// Spoken languages, named in the reader's language.
    pub language_names: Vec<String>,
    /// Audience.
    pub audience: &'a str,
    /// scheduled, cancelled or postponed.
    pub status: crate::calendar::Status,
    /// Ended before "now".
    pub past: bool,
    /// Link to the event's .ics file.
    pub ics: String,
    /// "Add to Google Calendar" link.
    pub google: String,
    /// "Add to Outlook" link.
    pub outlook: String,
}

impl<'a> EventView<'a> {
    /// The view of an event; `now` decides whether it is past.
    fn new(event: &'a Event, now: jiff::Timestamp, lang: &Lang) -> Self {
        let (start, end, all_day, timezone, zone_label) = match &event.when {
            When::AllDay { start, end } => (start.to_string(), end.to_string(), true, None, None),
            When::Timed { start, end } => {
                let label = crate::i18n::format::zone_label(start);
                (
                    start.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    end.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                    false,
                    start.time_zone().iana_name().map(str::to_string),
                    Some(label),
                )
            }
        };
        EventView {
            start,
            end,
            all_day,
            timezone,
            zone_label,
            when: event.when.display(lang),
            month: event.when.start_date().strftime("%Y-%m").to_string(),
            month_label: crate::i18n::format::format_month(lang, event.when.start_date()),
            country_name: event
                .country
                .as_deref()
                .and_then(|c| crate::i18n::format::country_name(lang, c)),
            venue: &event.venue,
            address: &event.address,
            city: &event.city,
            country: event.country.as_deref(),
            online: &event.online,
            registration: &event.registration,
            registration_deadline: event.registration_deadline.map(|d| d.to_string()),
            languages: &event.languages,
            language_names: event
                .languages
                .iter()
                .map(|l| crate::i18n::format::language_name(lang, l))
                .collect(),
            audience: &event.audience,
            status: event.status,
            past: event.when.end_instant() <= now,
            ics: String::new(),
            google: String::new(),
            outlook: String::new(),
        }
    }
}

/// Events of one month.
#[derive(Debug, Serialize)]
pub struct MonthGroup<'a> {
    /// `YYYY-MM`.
    pub month: String,
    /// `mars 2027`.
    pub label: String,
    /// The events, in listing order.
    pub events: Vec<Summary<'a>>,
}

/// Groups a listing by the month its events start in, keeping the order.
pub fn by_month<'a>(events: &[Summary<'a>]) -> Vec<MonthGroup<'a>> {
    let mut groups: Vec<MonthGroup<'a>> = Vec::new();
    for e in events {
        let Some(ev) = &e.event else { continue };
        match groups.last_mut() {
            Some(g) if g.month == ev.month => g.events.push(e.clone()),
            _ => groups.push(MonthGroup {
                month: ev.month.clone(),
                label: ev.month_label.clone(),
                events: vec![e.clone()],
            }),
        }
    }
    groups
}

/// A phone number: as shown and as a `tel:` link.
#[derive(Debug, Serialize)]
pub struct PhoneView {
    /// As written, e.g. `+46 8 453 78 83`.
    pub display: String,
    /// `tel:+4684537883`.
    pub href: String,
}

impl PhoneView {
    fn new(number: &str) -> Option<Self> {
        crate::contact::tel_uri(number).map(|href| PhoneView {
            display: number.trim().to_string(),
            href,
        })
    }
}

/// A contact person.
#[derive(Debug, Serialize)]
pub struct ContactView<'a> {
    /// Name.
    pub name: &'a str,
    /// Role in the page's language.
    pub role: &'a str,
    /// Office phone.
    pub phone: Option<PhoneView>,
    /// Mobile phone.
    pub mobile: Option<PhoneView>,
    /// E-mail, split for protection (`user`, `domain`); empty when unknown.
    pub email_user: String,
    /// Domain part of the e-mail.
    pub email_domain: String,
    /// Relative link to the person's vCard.
    pub vcard: String,
}

impl<'a> ContactView<'a> {
    /// The view of a contact.
    pub fn new(c: &'a Contact, vcard: String) -> Self {
        let (user, domain) = c
            .email
            .trim()
            .split_once('@')
            .map_or((String::new(), String::new()), |(u, d)| (u.to_string(), d.to_string()));
        ContactView {
            name: &c.name,
            role: &c.role,
            phone: PhoneView::new(&c.phone),
            mobile: PhoneView::new(&c.mobile),
            email_user: user,
            email_domain: domain,
            vcard,
        }
    }
}

/// The original of a translated or fallback page.
#[derive(Debug, Serialize)]
pub struct OriginalView<'a> {
    /// Language code.
    pub lang: &'a Lang,
    /// Language name in itself.
    pub name: &'a str,
    /// Language name in the reader's language (CLDR display names), in
    /// the form that stands alone (`английский`, `الإنجليزية`).
    pub display_name: String,
    /// Relative link.
    pub url: String,
    /// Absolute URL.
    pub permalink: String,
}

/// How much of a page made from a catalogue (`po/<lang>.po`) is translated.
#[derive(Debug, Serialize)]
pub struct CoverageView {
    /// Messages translated.
    pub translated: usize,
    /// Messages whose translation is fuzzy (the source changed since).
    pub fuzzy: usize,
    /// Messages not translated.
    pub untranslated: usize,
    /// Every message of the page.
    pub total: usize,
    /// Whole percent translated, rounded down.
    pub percent: u8,
    /// `percent` formatted for the reader (`80 %`, `80%`, `٨٠٪؜`).
    pub percent_text: String,
    /// The languages the rest is shown in, named in the reader's language
    /// and joined as a list (`Swedish`, `English and Swedish`).
    pub shown_in: String,
}

/// The current page or section.
#[derive(Debug, Serialize)]
pub struct PageView<'a> {
    /// Title.
    pub title: &'a str,
    /// Description (falls back to the site description).
    pub description: &'a str,
    /// Rendered HTML body (mark it `| safe` in templates).
    pub content: String,
    /// The body's headings, nested by level: `level`, `id`, `title`,
    /// `children`.
    pub toc: Vec<TocEntry>,
    /// Show the table of contents: `toc:` in front matter, else at least
    /// `markdown.toc_min_headings` headings (site.yaml).
    pub show_toc: bool,
    /// The page's teaser as HTML (mark it `| safe`): the text before
    /// `<!-- more -->`, else the description, else the first paragraph.
    pub summary: String,
    /// Relative link to this page.
    pub url: String,
    /// Absolute URL.
    pub permalink: String,
    /// Path from the site root, `/sv/om/`.
    pub path: String,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// RFC 3339 date and time.
    pub datetime: Option<String>,
    /// `YYYY-MM-DD`.
    pub updated: Option<String>,
    /// Language the content is written in.
    pub lang: &'a Lang,
    /// Writing direction of the content's language.
    pub dir: &'static str,
    /// home, section or page.
    pub kind: Kind,
    /// Translation key.
    pub key: &'a str,
    /// Weight.
    pub weight: i64,
    /// Theme data.
    pub extra: &'a serde_json::Map<String, serde_json::Value>,
    /// Every configured language.
    pub translations: Vec<TranslationView<'a>>,
    /// original, current, stale, untracked, fallback or partial (a
    /// catalogue page with messages still in another language).
    pub translation_state: TranslationState,
    /// For a page made from a catalogue: how much of it is translated.
    pub coverage: Option<CoverageView>,
    /// The original version, for translations and fallbacks.
    pub original: Option<OriginalView<'a>>,
    /// Contacts.
    pub contacts: Vec<ContactView<'a>>,
    /// Event details.
    pub event: Option<EventView<'a>>,
    /// schema.org JSON-LD for events (mark it `| safe` inside a script element).
    pub json_ld: Option<String>,
    /// Pages below (sections).
    pub pages: Vec<Summary<'a>>,
    /// Sections below (sections).
    pub subsections: Vec<Summary<'a>>,
    /// Publishes a feed (sections).
    pub feed: bool,
    /// "Edit this page" link to the source file (`edit_url:`), if set.
    pub edit_url: Option<String>,
    /// The page's terms by taxonomy (`page.terms.tags`): `id`, `label`,
    /// `lang`, `url`, `count`.
    pub terms: std::collections::BTreeMap<String, Vec<super::taxonomy::TermLink>>,
    /// Sections with `group_by: year`: `pages` under their years (`year`,
    /// `label` in the reader's language, `pages`), in listing order.
    pub groups: Vec<YearGroup<'a>>,
    /// Sections with `paginate_by`: this page of the listing (`pages`
    /// holds only its entries).
    pub paginator: Option<super::paginate::PaginatorView>,
    /// Set only when the page is shown outside its publishing window
    /// (a preview with `--future` or `--expired`): `state` is `scheduled`
    /// or `expired`, `at` the RFC 3339 moment (UTC) of its `publish_date`
    /// or `expiry_date`. Themes show a notice; the default theme a banner.
    pub schedule: Option<crate::content::Schedule>,
}

/// Pages of a listing dated in one year.
#[derive(Debug, Clone, Serialize)]
pub struct YearGroup<'a> {
    /// The year (none for undated pages, which come last).
    pub year: Option<i16>,
    /// The year as the reader's language writes it (`2010`, `٢٠١٠`).
    pub label: String,
    /// The pages, in listing order.
    pub pages: Vec<Summary<'a>>,
}

/// Groups a listing by the year of its pages' dates, keeping the order;
/// undated pages are gathered in one group without a year, at the end.
pub fn by_year<'a>(lang: &Lang, pages: &[Summary<'a>]) -> Vec<YearGroup<'a>> {
    let mut groups: Vec<YearGroup<'a>> = Vec::new();
    let mut undated = Vec::new();
    for p in pages {
        let Some(date) = p.date.as_deref().and_then(|d| d.parse::<jiff::civil::Date>().ok()) else {
            undated.push(p.clone());
            continue;
        };
        match groups.iter_mut().find(|g| g.year == Some(date.year())) {
            Some(g) => g.pages.push(p.clone()),
            None => groups.push(YearGroup {
                year: Some(date.year()),
                label: crate::i18n::format::format_year(lang, date),
                pages: vec![p.clone()],
            }),
        }
    }
    if !undated.is_empty() {
        groups.push(YearGroup {
            year: None,
            label: String::new(),
            pages: undated,
        });
    }
    groups
}

/// A menu entry.
#[derive(Debug, Serialize)]
pub struct MenuItemView<'a> {
    /// Translated title.
    pub title: &'a str,
    /// Relative link.
    pub url: String,
    /// The current page is this entry or below it.
    pub active: bool,
    /// The current page is this entry.
    pub current: bool,
    /// Language of the target's content (differs from the page's for fallbacks).
    pub lang: &'a Lang,
}

/// Builds views for one rendered item.
pub struct Views<'a> {
    /// The site.
    pub site: &'a Site,
    /// The item being rendered.
    pub item: &'a Item,
    /// "Now", for past/upcoming.
    pub now: jiff::Timestamp,
    /// Menu labels from Fluent, by message key, in the item's language.
    pub labels: &'a std::collections::HashMap<String, String>,
    /// "Add to Google Calendar" and "add to Outlook" links of every event
    /// item, by (page index, language), computed once per build.
    pub web_links: &'a WebLinks,
    /// What every page of the item's language shows, resolved once.
    pub lang_data: &'a LangData<'a>,
    /// The site's taxonomies, for the page's terms.
    pub taxonomies: &'a super::taxonomy::Taxonomies,
    /// Renders the summary of a listed item, relative to the current page
    /// (`None`: listings get no summaries).
    pub teasers: Option<&'a (dyn Fn(&Item) -> String + Sync)>,
}

/// A menu entry's label key (a Fluent message) and the item it leads to.
pub type MenuTarget<'a> = (Option<&'a str>, &'a Item);

/// What every page of one language shows, resolved once per language:
/// the menus' targets and the calendar's upcoming and past events. Pages
/// only add their own relative links.
#[derive(Debug)]
pub struct LangData<'a> {
    /// Menu name → the entries that resolve.
    pub menus: Vec<(&'a str, Vec<MenuTarget<'a>>)>,
    /// Upcoming events, soonest first.
    pub upcoming: Vec<&'a Item>,
    /// Past events, most recent first.
    pub past: Vec<&'a Item>,
}

impl<'a> LangData<'a> {
    /// Resolves the menus and splits the calendar for `lang`.
    pub fn new(site: &'a Site, lang: &Lang, now: jiff::Timestamp) -> Self {
        let hide_fallbacks = site.config.i18n.menu_fallbacks == crate::config::MenuFallbacks::Hide;
        let menus = site
            .config
            .menus_for(lang)
            .into_iter()
            .map(|(name, entries)| {
                let targets = entries
                    .iter()
                    .filter_map(|e| {
                        let key = site.resolve_key(&e.path.value)?;
                        let target = site.link_target(lang, &key)?;
                        (!(hide_fallbacks && site.pages[target.page].lang != *lang))
                            .then_some((e.label.as_deref(), target))
                    })
                    .collect();
                (name, targets)
            })
            .collect();
        let (past, upcoming): (Vec<&Item>, Vec<&Item>) = site
            .events
            .iter()
            .map(|i| &site.items[*i])
            .filter(|i| i.lang == lang)
            .partition(|i| {
                site.pages[i.page]
                    .event
                    .as_ref()
                    .is_some_and(|e| e.when.end_instant() <= now)
            });
        LangData {
            menus,
            upcoming,
            past: past.into_iter().rev().collect(),
        }
    }
}

/// Web-calendar links of event items, by (page index, language).
pub type WebLinks = std::collections::HashMap<(usize, Lang), (String, String)>;

/// The web-calendar links of every published event, computed once: they
/// need the page's text as plain text, and every page may list events.
pub fn web_links(site: &Site) -> WebLinks {
    site.events
        .iter()
        .map(|i| &site.items[*i])
        .filter_map(|item| {
            let event = site.pages[item.page].event.as_ref()?;
            let ics = super::events::ics_event(site, item, event);
            Some((
                (item.page, item.lang.clone()),
                crate::calendar::ical::web_calendar_links(&ics),
            ))
        })
        .collect()
}

impl<'a> Views<'a> {
    fn explicit(&self) -> bool {
        self.site.config.output.explicit_index
    }

    /// A relative link from the current page to an output folder.
    pub fn link(&self, to: &str) -> String {
        relative(&self.item.path, to, self.explicit())
    }

    /// A relative link from the current page to a file.
    pub fn link_file(&self, to: &str) -> String {
        relative(&self.item.path, to, false)
    }

    /// The event published as `target`, with links relative to the current page.
    pub fn event(&self, target: &'a Item) -> Option<EventView<'a>> {
        let event = self.site.pages[target.page].event.as_ref()?;
        let mut view = EventView::new(event, self.now, &self.item.lang);
        view.ics = self.link_file(&format!("{}{}", target.path, super::events::EVENT_FILE));
        if let Some((google, outlook)) = self.web_links.get(&(target.page, target.lang.clone())) {
            view.google.clone_from(google);
            view.outlook.clone_from(outlook);
        }
        Some(view)
    }

    /// A summary of another item.
    pub fn summary(&self, other: &'a Item) -> Summary<'a> {
        let page = &self.site.pages[other.page];
        Summary {
            title: &page.title,
            description: &page.description,
            url: self.link(&other.path),
            date: page.date.map(|d| d.date.to_string()),
            lang: &page.lang,
            is_fallback: other.is_fallback,
            key: &other.key,
            event: self.event(other),
            summary: String::new(),
            schedule: outside_window(page, self.now),
        }
    }

    /// A summary of a listed item, with its teaser.
    fn listed(&self, other: &'a Item) -> Summary<'a> {
        let mut summary = self.summary(other);
        if let Some(teaser) = self.teasers {
            summary.summary = teaser(other);
        }
        summary
    }

    /// The language versions of the current page.
    pub fn translations(&self) -> Vec<TranslationView<'a>> {
        let site = self.site;
        site.config
            .languages
            .iter()
            .map(|l| {
                let target = site.item(&l.lang, &self.item.key);
                let exists = site.page_in(&l.lang, &self.item.key).is_some();
                let url = match target {
                    Some(t) => self.link(&t.path),
                    None => self.link(&format!("{}/", l.lang)),
                };
                TranslationView {
                    code: l.lang.code(),
                    name: &l.name,
                    dir: l.lang.dir().as_str(),
                    url,
                    permalink: exists.then(|| {
                        permalink(
                            &site.config.base_url,
                            &target.map_or_else(String::new, |t| t.path.clone()),
                        )
                    }),
                    exists,
                    current: l.lang == self.item.lang,
                }
            })
            .collect()
    }

    /// The view of the current page, listing `pages` and `subsections`
    /// (a section's, from [`Site::children`], or the part of them this
    /// page of a paginated listing shows).
    pub fn page(
        &self,
        content: String,
        headings: &[Heading],
        summary: String,
        pages: &[&'a Item],
        subsections: &[&'a Item],
    ) -> PageView<'a> {
        let site = self.site;
        let page: &'a Page = &site.pages[self.item.page];
        let original = site
            .original_language(&self.item.key)
            .filter(|o| *o != self.item.lang || self.item.is_fallback)
            .and_then(|o| {
                let lang = if self.item.is_fallback { &page.lang } else { o };
                let target = site.item(lang, &self.item.key)?;
                Some(OriginalView {
                    lang: &site.config.language(lang)?.lang,
                    name: &site.config.language(lang)?.name,
                    display_name: crate::i18n::format::language_name(&self.item.lang, lang.code()),
                    url: self.link(&target.path),
                    permalink: permalink(&site.config.base_url, &target.path),
                })
            });
        let pages = pages.iter().map(|i| self.listed(i)).collect();
        let subsections = subsections.iter().map(|i| self.listed(i)).collect();
        PageView {
            title: &page.title,
            description: if page.description.is_empty() {
                &site.config.description
            } else {
                &page.description
            },
            content,
            toc: crate::content::toc::nest(headings),
            show_toc: crate::content::toc::shows(page.toc, headings.len(), site.config.markdown.toc_min_headings),
            summary,
            url: self.link(&self.item.path),
            permalink: permalink(&site.config.base_url, &self.item.path),
            path: format!("/{}", self.item.path),
            date: page.date.map(|d| d.date.to_string()),
            datetime: page.date.map(|d| d.timestamp.to_string()),
            updated: page.updated.map(|d| d.date.to_string()),
            lang: &page.lang,
            dir: site
                .config
                .language(&page.lang)
                .map_or("ltr", |l| l.lang.dir().as_str()),
            kind: page.kind,
            key: &self.item.key,
            weight: page.weight,
            edit_url: site.config.edit_url.as_ref().map(|u| edit_link(u, &page.file)),
            extra: &page.extra,
            translations: self.translations(),
            translation_state: site.translation_state(self.item),
            coverage: page.coverage.as_ref().map(|c| {
                let reader = &self.item.lang;
                let names: Vec<String> = c
                    .shown_in
                    .iter()
                    .map(|l| crate::i18n::format::language_name(reader, l.code()))
                    .collect();
                CoverageView {
                    translated: c.translated,
                    fuzzy: c.fuzzy,
                    untranslated: c.untranslated,
                    total: c.total(),
                    percent: c.percent(),
                    percent_text: crate::i18n::format::format_percent(reader, c.percent()),
                    shown_in: crate::i18n::format::format_list(reader, &names, crate::i18n::format::ListKind::And),
                }
            }),
            original,
            contacts: page
                .contacts
                .iter()
                .map(|c| {
                    ContactView::new(
                        c,
                        self.link_file(&format!("{}{}", self.item.path, crate::contact::file_name(&c.name))),
                    )
                })
                .collect(),
            event: self.event(self.item),
            json_ld: page.event.as_ref().map(|e| super::events::json_ld(site, self.item, e)),
            terms: self.taxonomies.of_item(site, self.item, |p| self.link(p)),
            groups: Vec::new(),
            paginator: None,
            pages,
            subsections,
            feed: page.feed,
            schedule: outside_window(page, self.now),
        }
    }

    /// Menus resolved for the current language, with links relative to the current page.
    pub fn menus(&self) -> indexmap::IndexMap<&'a str, Vec<MenuItemView<'a>>> {
        let site = self.site;
        self.lang_data
            .menus
            .iter()
            .map(|(name, entries)| {
                let items = entries
                    .iter()
                    .map(|(label, target)| {
                        let current = target.key == self.item.key;
                        let active = current || self.item.path.starts_with(&target.path) && target.key != "_index.md";
                        let label = label.and_then(|k| self.labels.get(k));
                        MenuItemView {
                            title: label.map_or(&site.pages[target.page].title, |l| l),
                            url: self.link(&target.path),
                            active,
                            current,
                            lang: &site.pages[target.page].lang,
                        }
                    })
                    .collect();
                (*name, items)
            })
            .collect()
    }

    /// Upcoming and past events published in the current language, upcoming
    /// soonest first, past most recent first.
    pub fn calendar(&self) -> (Vec<Summary<'a>>, Vec<Summary<'a>>) {
        (
            self.lang_data.upcoming.iter().map(|i| self.summary(i)).collect(),
            self.lang_data.past.iter().map(|i| self.summary(i)).collect(),
        )
    }
}

/// Where a page shown by this build stands against its schedule, when it
/// is not published at `now` (it is shown because of `--future` or
/// `--expired`).
fn outside_window(page: &Page, now: jiff::Timestamp) -> Option<crate::content::Schedule> {
    Some(page.schedule(now)).filter(|s| *s != crate::content::Schedule::Published)
}

/// `edit_url` with `{path}` replaced by the source file's path from the
/// site root, each segment percent-encoded (letters, digits, `-._~` stay).
pub fn edit_link(template: &str, file: &std::path::Path) -> String {
    let path: Vec<String> = file
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect()
        })
        .collect();
    template.replace("{path}", &path.join("/"))
}
