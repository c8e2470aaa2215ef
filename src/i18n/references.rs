//! The static check of one language's UI strings, after the site's
//! messages have been layered over the theme's: references to messages,
//! attributes and terms that do not exist, messages and terms that refer to
//! each other in a loop, functions tolk does not provide, and variables no
//! template passes. Fluent itself only notices these while formatting, and
//! then prints `{…}` into the text.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::calls::Call;
use crate::error::{Diagnostic, did_you_mean};

/// The functions tolk registers in every bundle (see `register_functions`).
pub const FUNCTIONS: [&str; 2] = ["NUMBER", "DATETIME"];

/// One `.ftl` file of a language, in load order.
pub struct Source<'a> {
    /// The file, relative to the site root.
    pub file: &'a Path,
    /// 0 for the theme's `locales/`, 1 for the site's.
    pub layer: usize,
    /// The parsed file.
    pub resource: &'a FluentResource,
}

/// What the check found in one language.
#[derive(Debug, Default)]
pub struct Findings {
    /// Every problem, as a warning (callers decide the severity).
    pub problems: Vec<Diagnostic>,
    /// Keys (`id` or `id.attr`) whose text Fluent would print with `{…}`
    /// without reporting an error (a term variable the reference does not
    /// pass): they must not be used in this language.
    pub silently_broken: BTreeSet<String>,
    /// Variables each message key that a template calls needs (its own and
    /// those of the messages it refers to), with where they are written.
    pub variables: BTreeMap<String, Vec<Variable>>,
    /// Message ids each message refers to (for the unused-message check).
    pub references: BTreeMap<String, BTreeSet<String>>,
}

/// A `$variable` a message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    /// Its name, without `$`.
    pub name: String,
    /// Where it is written.
    pub file: PathBuf,
    /// 1-based line and column of the `$`.
    pub line: usize,
    /// See `line`.
    pub column: usize,
    /// The message it is written in (when not the message itself).
    pub via: Option<String>,
}

/// A message, term, or one of their attributes: one pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Node<'r> {
    term: bool,
    id: &'r str,
    attr: Option<&'r str>,
}

impl Node<'_> {
    fn key(&self) -> String {
        let dash = if self.term { "-" } else { "" };
        match self.attr {
            Some(a) => format!("{dash}{}.{a}", self.id),
            None => format!("{dash}{}", self.id),
        }
    }
}

enum RefKind<'r> {
    Message(&'r str, Option<&'r str>),
    Term(&'r str, Option<&'r str>, Vec<&'r str>),
    Function(&'r str),
    Variable(&'r str),
}

/// A reference written in a pattern, with the byte offset of its first
/// character (`$`, `-` or the name) in the file's text.
struct Ref<'r> {
    kind: RefKind<'r>,
    offset: usize,
}

struct Pattern<'r> {
    source: usize,
    refs: Vec<Ref<'r>>,
}

struct Entry<'r> {
    source: usize,
    attributes: Vec<&'r str>,
    has_value: bool,
}

/// Checks the effective messages of one language (the site's replace the
/// theme's with the same id) against each other and against the template
/// calls that use them.
pub fn check<'r>(lang: &crate::lang::Lang, sources: &[Source<'r>], calls: &[Call]) -> Findings {
    let mut messages: BTreeMap<&'r str, Entry<'r>> = BTreeMap::new();
    let mut terms: BTreeMap<&'r str, Entry<'r>> = BTreeMap::new();
    let mut patterns: BTreeMap<Node<'r>, Pattern<'r>> = BTreeMap::new();
    for (index, source) in sources.iter().enumerate() {
        let resource: &'r FluentResource = source.resource;
        let text = resource.source();
        for entry in resource.entries() {
            let (term, id, value, attributes) = match entry {
                ast::Entry::Message(m) => (false, m.id.name, m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (true, t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            let map = if term { &mut terms } else { &mut messages };
            // Within the theme the first definition stays (as in the
            // bundle); the site's replace what came before.
            if source.layer == 0 && map.get(id).is_some_and(|e| sources[e.source].layer == 0) {
                continue;
            }
            let entry = Entry {
                source: index,
                attributes: attributes.iter().map(|a| a.id.name).collect(),
                has_value: value.is_some(),
            };
            if map.insert(id, entry).is_some() {
                patterns.retain(|n, _| !(n.term == term && n.id == id));
            }
            let parts = value
                .map(|v| (None, v))
                .into_iter()
                .chain(attributes.iter().map(|a| (Some(a.id.name), &a.value)));
            for (attr, pattern) in parts {
                let mut refs = Vec::new();
                walk_pattern(pattern, text, &mut refs);
                patterns.insert(Node { term, id, attr }, Pattern { source: index, refs });
            }
        }
    }
    let checker = Checker {
        lang,
        sources,
        messages: &messages,
        terms: &terms,
        patterns: &patterns,
    };
    checker.run(calls)
}

struct Checker<'a, 'r> {
    lang: &'a crate::lang::Lang,
    sources: &'a [Source<'r>],
    messages: &'a BTreeMap<&'r str, Entry<'r>>,
    terms: &'a BTreeMap<&'r str, Entry<'r>>,
    patterns: &'a BTreeMap<Node<'r>, Pattern<'r>>,
}

impl<'r> Checker<'_, 'r> {
    fn run(&self, calls: &[Call]) -> Findings {
        let mut findings = Findings::default();
        let mut edges: BTreeMap<Node<'r>, Vec<(Node<'r>, usize)>> = BTreeMap::new();
        let mut silent: BTreeSet<Node<'r>> = BTreeSet::new();
        for (node, pattern) in self.patterns {
            let out = edges.entry(*node).or_default();
            for r in &pattern.refs {
                if let Some(target) = self.check_ref(*node, pattern, r, &mut findings.problems, &mut silent) {
                    out.push((target, r.offset));
                }
                if let RefKind::Message(id, _) = r.kind
                    && !node.term
                {
                    findings
                        .references
                        .entry(node.id.to_string())
                        .or_default()
                        .insert(id.to_string());
                }
            }
        }
        self.cycles(&edges, &mut findings.problems);
        // A node is silently broken when it, or anything it refers to, is.
        let mut referrers: BTreeMap<Node<'r>, Vec<Node<'r>>> = BTreeMap::new();
        for (node, out) in &edges {
            for (target, _) in out {
                referrers.entry(*target).or_default().push(*node);
            }
        }
        let mut todo: Vec<Node<'r>> = silent.iter().copied().collect();
        while let Some(node) = todo.pop() {
            for r in referrers.get(&node).into_iter().flatten() {
                if silent.insert(*r) {
                    todo.push(*r);
                }
            }
        }
        findings.silently_broken = silent.iter().filter(|n| !n.term).map(Node::key).collect();
        let called: BTreeSet<&str> = calls.iter().filter_map(|c| c.key.as_deref()).collect();
        for node in self
            .patterns
            .keys()
            .filter(|n| !n.term && called.contains(n.key().as_str()))
        {
            let vars = self.variables(*node);
            if !vars.is_empty() {
                findings.variables.insert(node.key(), vars);
            }
        }
        self.unpassed_variables(&findings.variables, calls, &mut findings.problems);
        findings
    }

    fn at(&self, source: usize, offset: usize, message: String) -> Diagnostic {
        let s = &self.sources[source];
        let (line, column) = line_col(s.resource.source(), offset);
        Diagnostic::warning(s.file.to_path_buf(), message)
            .at(line, Some(column))
            .kind(crate::error::Kind::Fluent)
    }

    /// Checks one reference; returns the pattern it leads to, if it exists.
    fn check_ref(
        &self,
        node: Node<'r>,
        pattern: &Pattern<'r>,
        r: &Ref<'r>,
        problems: &mut Vec<Diagnostic>,
        silent: &mut BTreeSet<Node<'r>>,
    ) -> Option<Node<'r>> {
        let lang = self.lang;
        let here = |message: String| self.at(pattern.source, r.offset, message);
        let in_node = node.key();
        match &r.kind {
            RefKind::Message(id, attr) => {
                let Some(entry) = self.messages.get(id) else {
                    let hint = match did_you_mean(id, self.messages.keys().copied()) {
                        Some(close) => format!("did you mean `{{ {close} }}`?"),
                        None => format!("define `{id} = …` in a .ftl file of locales/{lang}/, or check the spelling"),
                    };
                    problems.push(
                        here(format!(
                            "`{in_node}` refers to the message `{id}`, which does not exist in `{lang}`"
                        ))
                        .hint(hint),
                    );
                    return None;
                };
                self.check_attr(false, id, *attr, entry, &here, &in_node, problems)?;
                Some(Node {
                    term: false,
                    id,
                    attr: *attr,
                })
            }
            RefKind::Term(id, attr, named) => {
                let Some(entry) = self.terms.get(id) else {
                    let hint = match did_you_mean(id, self.terms.keys().copied()) {
                        Some(close) => format!("did you mean `{{ -{close} }}`?"),
                        None => format!(
                            "define the term `-{id} = …` in a .ftl file of locales/{lang}/ (terms start with a dash), or check the spelling"
                        ),
                    };
                    problems.push(
                        here(format!(
                            "`{in_node}` refers to the term `-{id}`, which does not exist in `{lang}`"
                        ))
                        .hint(hint),
                    );
                    return None;
                };
                self.check_attr(true, id, *attr, entry, &here, &in_node, problems)?;
                let target = Node {
                    term: true,
                    id,
                    attr: *attr,
                };
                // Fluent prints `{$x}` without an error when a term's
                // variable is not passed by the reference.
                if let Some(p) = self.patterns.get(&target) {
                    let params: BTreeSet<&str> = p
                        .refs
                        .iter()
                        .filter_map(|r| match r.kind {
                            RefKind::Variable(v) => Some(v),
                            _ => None,
                        })
                        .collect();
                    for v in params.iter().filter(|v| !named.contains(v)) {
                        silent.insert(node);
                        problems.push(
                            here(format!(
                                "`{in_node}` refers to the term `-{id}`, which uses `${v}`, but does not pass it"
                            ))
                            .hint(format!(
                                "pass it: {{ -{id}({v}: \"…\") }}, or remove `${v}` from the term"
                            )),
                        );
                    }
                }
                Some(target)
            }
            RefKind::Function(name) => {
                if !FUNCTIONS.contains(name) {
                    let known = FUNCTIONS.map(|f| format!("{f}()")).join(" and ");
                    let hint = match did_you_mean(name, FUNCTIONS) {
                        Some(close) => format!("did you mean `{close}()`? tolk provides {known}"),
                        None => format!("tolk provides {known}; remove the call or use one of them"),
                    };
                    problems.push(
                        here(format!(
                            "`{in_node}` calls `{name}()`, which is not a function tolk provides"
                        ))
                        .hint(hint),
                    );
                }
                None
            }
            RefKind::Variable(_) => None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_attr(
        &self,
        term: bool,
        id: &str,
        attr: Option<&str>,
        entry: &Entry<'r>,
        here: &dyn Fn(String) -> Diagnostic,
        in_node: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<()> {
        let dash = if term { "-" } else { "" };
        let what = if term { "term" } else { "message" };
        match attr {
            Some(a) if !entry.attributes.contains(&a) => {
                let hint = match did_you_mean(a, entry.attributes.iter().copied()) {
                    Some(close) => format!("did you mean `{{ {dash}{id}.{close} }}`?"),
                    None if entry.attributes.is_empty() => {
                        format!("`{dash}{id}` has no attributes; refer to it as {{ {dash}{id} }}")
                    }
                    None => format!(
                        "`{dash}{id}` has the attributes {}",
                        entry
                            .attributes
                            .iter()
                            .map(|x| format!("`.{x}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                problems.push(
                    here(format!(
                        "`{in_node}` refers to `{dash}{id}.{a}`, but the {what} `{dash}{id}` has no attribute `{a}` in `{}`",
                        self.lang
                    ))
                    .hint(hint),
                );
                None
            }
            None if !entry.has_value => {
                let hint = match entry.attributes.first() {
                    Some(a) => format!("refer to one of its attributes, e.g. {{ {id}.{a} }}"),
                    None => format!("give `{id}` a value"),
                };
                problems.push(
                    here(format!(
                        "`{in_node}` refers to the message `{id}`, which has no value (only attributes)"
                    ))
                    .hint(hint),
                );
                None
            }
            _ => Some(()),
        }
    }

    /// Reports each loop of references once, naming its members.
    fn cycles(&self, edges: &BTreeMap<Node<'r>, Vec<(Node<'r>, usize)>>, problems: &mut Vec<Diagnostic>) {
        for component in strongly_connected(edges) {
            let members: BTreeSet<Node<'r>> = component.iter().copied().collect();
            let looped = members.len() > 1
                || edges
                    .get(&component[0])
                    .is_some_and(|out| out.iter().any(|(t, _)| *t == component[0]));
            if !looped {
                continue;
            }
            // Start where the loop is first written.
            let Some(start) = members.iter().copied().min_by_key(|n| {
                let p = &self.patterns[n];
                let offset = edges[n]
                    .iter()
                    .filter(|(t, _)| members.contains(t))
                    .map(|(_, o)| *o)
                    .min();
                (self.sources[p.source].file, offset)
            }) else {
                continue;
            };
            let path = loop_path(start, edges, &members);
            let Some(&(_, offset)) = edges[&start].iter().find(|(t, _)| Some(t) == path.get(1)) else {
                continue;
            };
            let names: Vec<String> = path.iter().map(Node::key).collect();
            let listed = members.iter().map(|n| format!("`{}`", n.key())).collect::<Vec<_>>();
            let what = if members.len() == 1 {
                format!("{} refers to itself", listed[0])
            } else {
                format!("{} refer to each other", join_and(&listed))
            };
            problems.push(
                self.at(
                    self.patterns[&start].source,
                    offset,
                    format!("{what} in a loop ({}), so none of them can be shown", names.join(" → ")),
                )
                .hint("break the loop: one of them must be written out instead of referring back"),
            );
        }
    }

    /// The variables `root` needs from the caller: its own and those of the
    /// messages it refers to, directly or not (terms take theirs from their
    /// arguments).
    fn variables(&self, root: Node<'r>) -> Vec<Variable> {
        let mut out: Vec<Variable> = Vec::new();
        let mut seen = BTreeSet::from([root]);
        let mut todo = vec![root];
        while let Some(node) = todo.pop() {
            let Some(pattern) = self.patterns.get(&node) else {
                continue;
            };
            for r in &pattern.refs {
                match &r.kind {
                    RefKind::Variable(name) if out.iter().all(|v| v.name != *name) => {
                        let s = &self.sources[pattern.source];
                        let (line, column) = line_col(s.resource.source(), r.offset);
                        out.push(Variable {
                            name: name.to_string(),
                            file: s.file.to_path_buf(),
                            line,
                            column,
                            via: (node != root).then(|| node.key()),
                        });
                    }
                    RefKind::Message(id, attr) => {
                        let target = Node {
                            term: false,
                            id,
                            attr: *attr,
                        };
                        if seen.insert(target) {
                            todo.push(target);
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// Variables of a message that no template call using it passes.
    fn unpassed_variables(
        &self,
        variables: &BTreeMap<String, Vec<Variable>>,
        calls: &[Call],
        problems: &mut Vec<Diagnostic>,
    ) {
        for (key, vars) in variables {
            let uses: Vec<&Call> = calls.iter().filter(|c| c.key.as_deref() == Some(key)).collect();
            if uses.is_empty() {
                continue;
            }
            let passed: BTreeSet<&str> = uses.iter().flat_map(|c| c.args.iter().map(String::as_str)).collect();
            for v in vars.iter().filter(|v| !passed.contains(v.name.as_str())) {
                let first = uses[0];
                let call = format!("{}:{}", first.file.display(), first.line);
                let hint = match did_you_mean(&v.name, passed.iter().copied()) {
                    Some(close) => format!("did you mean `${close}`? The template ({call}) passes `{close}`"),
                    None if passed.is_empty() => format!(
                        "the template ({call}) passes no variables; pass it there: t(key=\"{key}\", {}=…), or remove `${}` from the message",
                        v.name, v.name
                    ),
                    None => format!(
                        "the template ({call}) passes {}; pass `{}` there too, or remove `${}` from the message",
                        passed.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", "),
                        v.name,
                        v.name
                    ),
                };
                let via = v
                    .via
                    .as_ref()
                    .map_or_else(String::new, |m| format!(" (through `{m}`, which it refers to)"));
                let file = v.file.clone();
                problems.push(
                    Diagnostic::warning(
                        file,
                        format!(
                            "the message `{key}` uses the variable `${}`{via}, but no template passes it",
                            v.name
                        ),
                    )
                    .at(v.line, Some(v.column))
                    .hint(hint)
                    .kind(crate::error::Kind::Fluent),
                );
            }
        }
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A shortest path from `start` back to itself inside `members`:
/// `[start, a, b, start]`, in the order the references run.
fn loop_path<'r>(
    start: Node<'r>,
    edges: &BTreeMap<Node<'r>, Vec<(Node<'r>, usize)>>,
    members: &BTreeSet<Node<'r>>,
) -> Vec<Node<'r>> {
    let mut previous: BTreeMap<Node<'r>, Node<'r>> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(n) = queue.pop_front() {
        for (t, _) in edges.get(&n).into_iter().flatten() {
            if !members.contains(t) {
                continue;
            }
            if *t == start {
                let mut back = Vec::new();
                let mut at = n;
                while at != start {
                    back.push(at);
                    at = previous[&at];
                }
                back.reverse();
                let mut path = vec![start];
                path.extend(back);
                path.push(start);
                return path;
            }
            if !previous.contains_key(t) && *t != start {
                previous.insert(*t, n);
                queue.push_back(*t);
            }
        }
    }
    vec![start, start]
}

/// Tarjan's algorithm, iteratively; components in a stable order.
fn strongly_connected<'r>(edges: &BTreeMap<Node<'r>, Vec<(Node<'r>, usize)>>) -> Vec<Vec<Node<'r>>> {
    let mut index: BTreeMap<Node<'r>, usize> = BTreeMap::new();
    let mut low: BTreeMap<Node<'r>, usize> = BTreeMap::new();
    let mut on_stack: BTreeSet<Node<'r>> = BTreeSet::new();
    let mut stack: Vec<Node<'r>> = Vec::new();
    let mut components = Vec::new();
    let mut next = 0;
    for &root in edges.keys() {
        if index.contains_key(&root) {
            continue;
        }
        let mut work: Vec<(Node<'r>, usize)> = vec![(root, 0)];
        while let Some((v, i)) = work.pop() {
            if i == 0 {
                index.insert(v, next);
                low.insert(v, next);
                next += 1;
                stack.push(v);
                on_stack.insert(v);
            }
            let out = edges.get(&v).map_or(&[][..], Vec::as_slice);
            if let Some(&(w, _)) = out.get(i) {
                work.push((v, i + 1));
                if !index.contains_key(&w) {
                    work.push((w, 0));
                } else if on_stack.contains(&w) {
                    let lw = index[&w];
                    let lv = low[&v];
                    low.insert(v, lv.min(lw));
                }
                continue;
            }
            if low[&v] == index[&v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack.remove(&w);
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                component.sort();
                components.push(component);
            }
            if let Some(&(parent, _)) = work.last() {
                let lv = low[&v];
                let lp = low[&parent];
                low.insert(parent, lp.min(lv));
            }
        }
    }
    components
}

fn walk_pattern<'r>(pattern: &ast::Pattern<&'r str>, text: &str, out: &mut Vec<Ref<'r>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, text, out);
        }
    }
}

fn walk_expression<'r>(expression: &ast::Expression<&'r str>, text: &str, out: &mut Vec<Ref<'r>>) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, text, out),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, text, out);
            for v in variants {
                walk_pattern(&v.value, text, out);
            }
        }
    }
}

fn walk_inline<'r>(inline: &ast::InlineExpression<&'r str>, text: &str, out: &mut Vec<Ref<'r>>) {
    use ast::InlineExpression as I;
    let arguments = |args: &ast::CallArguments<&'r str>, out: &mut Vec<Ref<'r>>| {
        for a in &args.positional {
            walk_inline(a, text, out);
        }
        for a in &args.named {
            walk_inline(&a.value, text, out);
        }
    };
    match inline {
        I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
        I::FunctionReference { id, arguments: args } => {
            out.push(Ref {
                kind: RefKind::Function(id.name),
                offset: offset_in(text, id.name, 0),
            });
            arguments(args, out);
        }
        I::MessageReference { id, attribute } => out.push(Ref {
            kind: RefKind::Message(id.name, attribute.as_ref().map(|a| a.name)),
            offset: offset_in(text, id.name, 0),
        }),
        I::TermReference {
            id,
            attribute,
            arguments: args,
        } => {
            out.push(Ref {
                kind: RefKind::Term(
                    id.name,
                    attribute.as_ref().map(|a| a.name),
                    args.iter().flat_map(|a| a.named.iter().map(|n| n.name.name)).collect(),
                ),
                offset: offset_in(text, id.name, 1),
            });
            if let Some(args) = args {
                arguments(args, out);
            }
        }
        I::VariableReference { id } => out.push(Ref {
            kind: RefKind::Variable(id.name),
            offset: offset_in(text, id.name, 1),
        }),
        I::Placeable { expression } => walk_expression(expression, text, out),
    }
}

/// Where `part`, a slice of `text` (the parser borrows names from the
/// file), starts, minus `sigil` bytes for a `$` or `-` before it.
fn offset_in(text: &str, part: &str, sigil: usize) -> usize {
    let start = text.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    if at >= start && at <= start + text.len() {
        (at - start).saturating_sub(sigil)
    } else {
        0
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(files: &[(usize, &str)], calls: &[Call]) -> Findings {
        let resources: Vec<FluentResource> = files
            .iter()
            .map(|(_, t)| FluentResource::try_new(t.to_string()).unwrap())
            .collect();
        let names: Vec<PathBuf> = (0..files.len()).map(|i| PathBuf::from(format!("f{i}.ftl"))).collect();
        let sources: Vec<Source<'_>> = files
            .iter()
            .zip(&resources)
            .zip(&names)
            .map(|(((layer, _), resource), file)| Source {
                file,
                layer: *layer,
                resource,
            })
            .collect();
        check(&crate::lang::Lang::of("sv"), &sources, calls)
    }

    #[test]
    fn long_chain_with_one_loop_is_reported_once() {
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!("m{i} = {{ m{} }}\n", i + 1));
        }
        text.push_str("m3000 = { m2998 }\n");
        let call = Call {
            key: Some("m0".into()),
            file: "t.html".into(),
            line: 1,
            column: 1,
            args: vec![],
            in_element_text: true,
        };
        let found = run(&[(0, &text)], &[call]);
        assert_eq!(found.problems.len(), 1, "{:#?}", found.problems);
        assert!(
            found.problems[0].message.contains("m2998 → m2999 → m3000 → m2998"),
            "{}",
            found.problems[0].message
        );
    }

    #[test]
    fn site_messages_replace_the_themes_before_checking() {
        let theme = "a = { missing }\nb = { $x }\n";
        let site = "a = Fixed\n";
        let found = run(&[(0, theme), (1, site)], &[]);
        assert!(found.problems.is_empty(), "{:#?}", found.problems);
        let found = run(&[(0, theme), (0, "a = Second\n")], &[]);
        assert_eq!(found.problems.len(), 1, "the theme's first definition stays");
    }
}
