//! The default theme speaks 30 languages: every message of the English
//! reference exists in every shipped language, with the same variables, and
//! every plural select covers exactly the language's CLDR categories.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use icu::plurals::{PluralCategory, PluralRules};

/// The 24 official EU languages, and Arabic, Persian, Russian, Turkish,
/// Ukrainian and Somali.
const SHIPPED: &[&str] = &[
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl",
    "pt", "ro", "sk", "sl", "sv", "ar", "fa", "ru", "so", "tr", "uk",
];

/// Per message: its variables, and the variant keys of each select on `$count`.
struct Message {
    variables: BTreeSet<String>,
    plural_keys: Vec<BTreeSet<String>>,
}

fn messages(lang: &str) -> BTreeMap<String, Message> {
    try_messages(lang).unwrap_or_else(|e| panic!("{e}"))
}

fn try_messages(lang: &str) -> Result<BTreeMap<String, Message>, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("themes/default/locales/{lang}/theme.ftl"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut message = Message {
                    variables: BTreeSet::new(),
                    plural_keys: Vec::new(),
                };
                if let Some(value) = &m.value {
                    walk(value, &mut message);
                }
                assert!(
                    out.insert(m.id.name.to_string(), message).is_none(),
                    "{lang}: `{}` twice",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => return Err(format!("{lang}: cannot parse {content:?}")),
            _ => {}
        }
    }
    Ok(out)
}

fn walk(pattern: &ast::Pattern<&str>, message: &mut Message) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_walk(expression, message);
        }
    }
}

fn expression_walk(expression: &ast::Expression<&str>, message: &mut Message) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_walk(selector, message);
            if matches!(selector, ast::InlineExpression::VariableReference { id } if id.name == "count") {
                message.plural_keys.push(
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => (*name).to_string(),
                            ast::VariantKey::NumberLiteral { value } => format!("={value}"),
                        })
                        .collect(),
                );
            }
            for v in variants {
                walk(&v.value, message);
            }
        }
        ast::Expression::Inline(inline) => inline_walk(inline, message),
    }
}

fn inline_walk(inline: &ast::InlineExpression<&str>, message: &mut Message) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            message.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_walk(expression, message),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_walk(a, message);
            }
        }
        _ => {}
    }
}

fn cldr_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn categories(lang: &str) -> BTreeSet<String> {
    let locale: icu::locale::Locale = lang.parse().unwrap();
    let rules = PluralRules::try_new_cardinal((&locale).into()).unwrap();
    rules.categories().map(|c| cldr_name(c).to_string()).collect()
}

#[test]
fn every_shipped_language_has_every_message_of_the_reference_with_the_same_variables() {
    let reference = messages("en");
    assert!(reference.len() > 60, "{}", reference.len());
    let mut problems = Vec::new();
    for lang in SHIPPED {
        let theirs = match try_messages(lang) {
            Ok(m) => m,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        for (id, m) in &reference {
            match theirs.get(id) {
                None => problems.push(format!("{lang}: `{id}` is missing")),
                Some(t) if t.variables != m.variables => problems.push(format!(
                    "{lang}: `{id}` uses {:?}, the reference {:?}",
                    t.variables, m.variables
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{lang}: `{id}` is not in the reference"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_plural_select_covers_exactly_the_languages_cldr_categories() {
    let mut problems = Vec::new();
    let mut selects = 0;
    for lang in SHIPPED {
        let wanted = categories(lang);
        let Ok(messages) = try_messages(lang) else {
            problems.push(format!("{lang}: no theme.ftl"));
            continue;
        };
        for (id, m) in messages {
            for keys in &m.plural_keys {
                selects += 1;
                let named: BTreeSet<String> = keys.iter().filter(|k| !k.starts_with('=')).cloned().collect();
                if named != wanted {
                    problems.push(format!("{lang}: `{id}` has {named:?}, CLDR says {wanted:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(selects >= 2 * SHIPPED.len(), "{selects}");
}

#[test]
fn the_plural_check_knows_the_hard_languages() {
    assert_eq!(categories("ar").len(), 6);
    assert_eq!(categories("ga").len(), 5);
    assert_eq!(
        categories("sl"),
        ["few", "one", "other", "two"].map(String::from).into()
    );
    assert_eq!(categories("tr"), ["one", "other"].map(String::from).into());
}
