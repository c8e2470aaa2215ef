//! Summaries: the teaser a listing or a feed shows for a page.
//!
//! One rule, here: the text before a `<!-- more -->` line, else the page's
//! `description`, else its first paragraph. The teaser is Markdown rendered
//! by [`super::markdown::render`] with the same link resolver as the page
//! it is shown on, so it is sanitised like any body and its links are
//! relative to the listing (or absolute, in a feed).

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::markdown::{self, Input, LinkResolver};
use crate::config::MarkdownOptions;

/// True for the line that ends a teaser: `<!-- more -->` (spaces inside
/// the comment do not matter, `<!--more-->` works too).
///
/// ```
/// use tolk::content::summary::is_more_marker;
/// assert!(is_more_marker("<!-- more -->\n"));
/// assert!(is_more_marker("<!--more-->"));
/// assert!(!is_more_marker("<!-- more text -->"));
/// ```
pub fn is_more_marker(raw: &str) -> bool {
    raw.trim()
        .strip_prefix("<!--")
        .and_then(|r| r.strip_suffix("-->"))
        .is_some_and(|m| m.trim() == "more")
}

/// Where a body's teaser is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Teaser {
    /// Everything before the `<!-- more -->` line.
    Marked(Range<usize>),
    /// The first paragraph (not a heading, not a component line).
    FirstParagraph(Range<usize>),
    /// Neither: the body has no paragraph.
    None,
}

/// Finds the teaser of `body` (Markdown). A marker counts only as a block
/// of its own at the top level, as editors show it.
///
/// ```
/// use tolk::content::summary::{Teaser, find};
/// let body = "## Intro\n\nFirst.\n\nSecond.\n";
/// assert_eq!(find(body, &Default::default()), Teaser::FirstParagraph(10..17));
/// let marked = "First.\n\nSecond.\n\n<!-- more -->\n\nRest.\n";
/// assert_eq!(find(marked, &Default::default()), Teaser::Marked(0..17));
/// ```
pub fn find(body: &str, options: &MarkdownOptions) -> Teaser {
    // Most bodies have no marker: then parsing stops at the first paragraph.
    let may_be_marked = body.contains("<!--") && body.contains("more");
    let mut depth = 0usize;
    let mut first = None;
    let mut html_block = None;
    for (event, range) in Parser::new_ext(body, markdown::parser_options(options)).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => html_block = Some(range.start),
            Event::End(TagEnd::HtmlBlock) => html_block = None,
            Event::Html(raw) if depth == 0 && is_more_marker(&raw) => {
                return Teaser::Marked(0..html_block.unwrap_or(range.start));
            }
            Event::Start(Tag::Paragraph)
                if depth == 0 && first.is_none() && !body[range.clone()].trim_start().starts_with(":::") =>
            {
                if !may_be_marked {
                    return Teaser::FirstParagraph(range);
                }
                first = Some(range);
                depth += 1;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    first.map_or(Teaser::None, Teaser::FirstParagraph)
}

/// The summary of a page as HTML: its teaser rendered through `links`, or
/// its `description` as a paragraph; empty when it has neither. Heading
/// ids are left out, so that several summaries on one listing never
/// repeat an id.
pub fn render(input: &Input<'_>, description: &str, options: &MarkdownOptions, links: &dyn LinkResolver) -> String {
    let described = || format!("<p>{}</p>", crate::escape::html(description.trim()));
    if !description.trim().is_empty() && !input.body.contains("<!--") {
        return described();
    }
    let range = match find(input.body, options) {
        Teaser::Marked(r) => r,
        _ if !description.trim().is_empty() => return described(),
        Teaser::FirstParagraph(r) => r,
        Teaser::None => return String::new(),
    };
    let teaser = Input {
        body: &input.body[range.clone()],
        body_line: input.body_line + input.body[..range.start].matches('\n').count(),
        ..*input
    };
    without_heading_ids(markdown::render(&teaser, options, links).html.trim_end())
}

/// `html` without the `id` attributes tolk gives headings.
fn without_heading_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<h") {
        let after = &rest[i + 2..];
        let is_heading =
            after.as_bytes().first().is_some_and(|b| (b'1'..=b'6').contains(b)) && after[1..].starts_with(" id=\"");
        if !is_heading {
            out.push_str(&rest[..i + 2]);
            rest = after;
            continue;
        }
        out.push_str(&rest[..i + 3]);
        let value = &after[6..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_ids_are_dropped_and_nothing_else() {
        assert_eq!(
            without_heading_ids("<h2 id=\"a\">A</h2><hr><p id=\"k\">x</p><h3 id=\"b&quot;\" class=\"c\">B</h3>"),
            "<h2>A</h2><hr><p id=\"k\">x</p><h3 class=\"c\">B</h3>"
        );
    }

    #[test]
    fn a_marker_inside_a_list_or_code_is_not_one() {
        let body = "First.\n\n- item\n\n  <!-- more -->\n\n```\n<!-- more -->\n```\n";
        assert_eq!(find(body, &MarkdownOptions::default()), Teaser::FirstParagraph(0..7));
    }

    #[test]
    fn a_component_line_is_not_a_first_paragraph() {
        let body = "::: video https://youtu.be/x\n:::\n\nText.\n";
        assert!(
            matches!(find(body, &MarkdownOptions::default()), Teaser::FirstParagraph(r) if &body[r.clone()] == "Text.\n")
        );
    }
}
