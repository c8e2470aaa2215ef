//! Contact cards: a vCard (RFC 6350) for each person on a contact page, with
//! phone numbers as `tel:` URIs in international format.

use crate::calendar::ical::{escape_text, fold_into};
use crate::content::front_matter::Contact;
use crate::content::markdown::slugify;
use crate::lang::Lang;

/// The file name of a person's vCard: `ulrika-rosvall-levin.vcf`.
///
/// ```
/// assert_eq!(tolk::contact::file_name("Ulrika Rosvall Levin"), "ulrika-rosvall-levin.vcf");
/// ```
pub fn file_name(name: &str) -> String {
    let slug = slugify(name);
    format!("{}.vcf", if slug.is_empty() { "contact" } else { &slug })
}

/// A `tel:` URI from a number written in international format.
///
/// ```
/// assert_eq!(tolk::contact::tel_uri("+46 8 453 78 83").as_deref(), Some("tel:+4684537883"));
/// assert_eq!(tolk::contact::tel_uri(""), None);
/// ```
pub fn tel_uri(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    digits
        .chars()
        .any(|c| c.is_ascii_digit())
        .then(|| format!("tel:{digits}"))
}

/// The vCard 4.0 of a person; `org` is the organisation shown on the card
/// when the contact names none. The e-mail address is left out on purpose:
/// the site never publishes an address in plain text, where harvesters
/// following links would find it.
///
/// ```
/// use tolk::content::front_matter::Contact;
/// let c = Contact { name: "Ulrika Rosvall Levin".into(), role: "project manager".into(), phone: "+46 8 453 78 83".into(), mobile: String::new(), email: String::new(), organisation: String::new() };
/// let card = tolk::contact::vcard(&c, "Action 31", &tolk::Lang::of("en"));
/// assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
/// assert!(card.contains("TEL;VALUE=uri;TYPE=\"work,voice\":tel:+4684537883\r\n"));
/// ```
pub fn vcard(contact: &Contact, org: &str, lang: &Lang) -> String {
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:4.0".to_string(),
        "KIND:individual".to_string(),
        format!("FN:{}", escape_text(&contact.name)),
    ];
    if !contact.role.is_empty() {
        lines.push(format!("TITLE;LANGUAGE={lang}:{}", escape_text(&contact.role)));
    }
    let org = if contact.organisation.is_empty() {
        org
    } else {
        &contact.organisation
    };
    if !org.is_empty() {
        lines.push(format!("ORG:{}", escape_text(org)));
    }
    if let Some(tel) = tel_uri(&contact.phone) {
        lines.push(format!("TEL;VALUE=uri;TYPE=\"work,voice\":{tel}"));
    }
    if let Some(tel) = tel_uri(&contact.mobile) {
        lines.push(format!("TEL;VALUE=uri;TYPE=\"cell,voice\":{tel}"));
    }
    lines.push("END:VCARD".to_string());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}
