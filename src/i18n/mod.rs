//! Localisation: UI strings from Project Fluent files ([`catalog`]) and
//! language metadata from CLDR via ICU4X ([`locale`]).

pub mod calls;
pub mod catalog;
pub mod format;
pub mod locale;
pub mod references;

pub use catalog::Catalog;
