//! Localisation: UI strings from Project Fluent files ([`catalog`]) and
//! language metadata from CLDR via ICU4X ([`locale`]).

pub mod catalog;
pub mod format;
pub mod locale;

pub use catalog::Catalog;
