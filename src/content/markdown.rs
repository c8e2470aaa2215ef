//! Markdown to HTML: CommonMark plus tables, footnotes, strikethrough, task
//! lists and heading attributes; unique Unicode heading ids and a table of
//! contents; `@/` content links resolved per language; typographic quotes
//! per language; external links marked `rel="noopener"`; raw HTML
//! sanitised, allowed or escaped as configured.
//!
//! Pure: link targets come from a [`LinkResolver`] supplied by the site.

use std::collections::HashMap;
use std::path::Path;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, html};

use crate::config::{HtmlMode, MarkdownOptions};
use crate::content::components;
use crate::error::Diagnostic;

/// Resolves the links of the page being rendered: `@/` content links,
/// relative links to Markdown files (`../contact.md`, which Markdown
/// editors write), files beside the page and files named from the site root.
pub trait LinkResolver {
    /// The relative URL for a content path (`contact.md`, `calendar/_index.md`,
    /// with an optional `#fragment`) in the reader's language, or `None` when
    /// no such page exists in any language.
    fn resolve(&self, content_path: &str) -> Option<String>;

    /// Like [`resolve`](Self::resolve), for a link that names another
    /// language's folder (`../en/contact.md` written in `content/sv/`):
    /// the page as published in the language `lang`.
    fn resolve_in(&self, _lang: &str, _content_path: &str) -> Option<String> {
        None
    }

    /// The relative URL of a file the site publishes, named by its path
    /// from the site root (`files/plan.pdf`, from `/files/plan.pdf` or
    /// `@/files/plan.pdf`; a query or fragment kept), or `None` when the
    /// site publishes no such file.
    fn file(&self, _site_path: &str) -> Option<String> {
        None
    }

    /// The relative URL of a file written beside the page in `content/`
    /// (`photo.jpg`, `../files/plan.pdf`), or `None` when there is none.
    fn asset(&self, _relative_path: &str) -> Option<String> {
        None
    }

    /// The HTML of a component (`::: video …`, a callout) from the theme's
    /// `templates/components/<name>.html`; `None` when the theme has no
    /// such template (then [`components::fallback_html`] is used), or the
    /// template's error.
    fn component(&self, _component: &components::Rendered<'_>) -> Option<Result<String, String>> {
        None
    }

    /// Why the page a broken link names (a content path, in the language
    /// folder `lang` when the link leads into another one) is left out of
    /// this build, when it exists but is held back (a draft, scheduled or
    /// expired): what to say about it and how to fix the link.
    fn held_back(&self, _lang: Option<&str>, _content_path: &str) -> Option<crate::content::HoldReason> {
        None
    }

    /// What the page shows for the image it names as written at `line`
    /// and `column` (`photo.jpg`, `/img/map.png`, `@/img/map.png`): its
    /// size as shown and its responsive files, when it is a file of the
    /// site whose size is known.
    fn image(&self, _dest: &str, _line: usize, _column: usize) -> Option<ImageInfo> {
        None
    }
}

/// What a page knows of an image of the site.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImageInfo {
    /// Width and height as shown.
    pub size: (u32, u32),
    /// The files of its `<picture>`, when it has derivatives.
    pub responsive: Option<Responsive>,
}

/// The files of a responsive image, as URLs relative to the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Responsive {
    /// The `<img src>`: the widest file in the original format.
    pub src: String,
    /// The `srcset` of the original format (`a.480w.jpg 480w, …`).
    pub srcset: String,
    /// Other formats, tried first: MIME type and `srcset`.
    pub sources: Vec<(&'static str, String)>,
    /// The `sizes` attribute.
    pub sizes: String,
}

/// One heading, for the table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    /// 1–6.
    pub level: u8,
    /// The element id (also the fragment to link to).
    pub id: String,
    /// Plain text of the heading.
    pub title: String,
}

/// The result of rendering a Markdown body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// HTML of the body.
    pub html: String,
    /// Headings in document order.
    pub toc: Vec<Heading>,
    /// Broken links and other problems, located in the source file.
    pub problems: Vec<Diagnostic>,
}

/// What the renderer needs to know about the page.
pub struct Input<'a> {
    /// The Markdown body.
    pub body: &'a str,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
    /// The source file, for messages.
    pub file: &'a Path,
    /// The page's folder inside its language folder (`om` for
    /// `content/sv/om/x.md`, empty at the top), for relative links.
    pub dir: &'a str,
    /// The language the text is written in (for quotes).
    pub lang: &'a crate::lang::Lang,
    /// Blocks written in another language (a catalogue page's untranslated
    /// messages), by where their text starts: each gets its own `lang`.
    pub foreign: &'a [crate::po::pages::Foreign],
}

/// A heading being collected: level, explicit id, classes, inner events.
type OpenHeading<'a> = (HeadingLevel, Option<String>, Vec<String>, Vec<Event<'a>>);

/// The Markdown extensions tolk uses.
pub(crate) fn parser_options(options: &MarkdownOptions) -> Options {
    let mut opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM;
    if options.smart_punctuation {
        opts |= Options::ENABLE_SMART_PUNCTUATION;
    }
    opts
}

/// Renders a Markdown body to HTML.
pub fn render(input: &Input<'_>, options: &MarkdownOptions, links: &dyn LinkResolver) -> Rendered {
    let opts = parser_options(options);
    let (body, directives) = find_directives(input.body, input.body_line, opts);
    let lines = LineIndex::new(&body, input.body_line);
    let quotes = Quotes::for_language(input.lang.locale().id.language.as_str());
    let mut state = State::default();
    let mut blocks = Blocks::default();
    let mut problems = Vec::new();
    let mut heading: Option<OpenHeading<'_>> = None;
    let mut open_quotes = 0usize;
    let mut image: Option<OpenImage<'_>> = None;
    let mut image_info: Option<ImageInfo> = None;
    let mut images = 0usize;
    // A fenced code block being collected for the highlighter: language, text.
    let mut code: Option<(String, String)> = None;
    let mut parser = Parser::new_ext(&body, opts).into_offset_iter().peekable();
    let mut foreign = ForeignBlocks::default();
    while let Some((event, range)) = parser.next() {
        let event = without_mark(event);
        if !input.foreign.is_empty() {
            foreign.see(
                &event,
                || lines.locate(range.start),
                input,
                &mut blocks,
                heading.is_some(),
            );
        }
        if let Event::Html(raw) = &event
            && raw.starts_with(DIRECTIVE)
            && let Some(line) = directives.get(&lines.locate(range.start).0)
        {
            let at = lines.locate(range.start).0;
            blocks.directive(line, at, input, options, links, &mut problems);
            continue;
        }
        let event = match event {
            Event::Text(text) if code.is_some() => {
                if let Some((_, collected)) = &mut code {
                    collected.push_str(&text);
                }
                continue;
            }
            Event::End(TagEnd::CodeBlock) if code.is_some() => {
                let (lang, text) = code.take().unwrap_or_default();
                Event::Html(CowStr::from(super::highlight::block(&text, &lang)))
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if options.highlight
                    && heading.is_none()
                    && super::highlight::language(&info).is_some_and(super::highlight::knows) =>
            {
                code = super::highlight::language(&info).map(|l| (l.to_string(), String::new()));
                continue;
            }
            // The teaser's end (see `summary`) is no part of the text.
            Event::Html(raw) if super::summary::is_more_marker(&raw) => continue,
            Event::Text(text) if options.smart_punctuation && quotes.is_some() => {
                Event::Text(quotes.map_or(text.clone(), |q| q.apply(text, &mut open_quotes)))
            }
            Event::Html(raw) | Event::InlineHtml(raw) if options.html == HtmlMode::Escape => Event::Text(raw),
            Event::Html(raw) => {
                blocks.saw_raw_html();
                Event::Html(raw_links(raw, input, links, options.html))
            }
            Event::InlineHtml(raw) => {
                blocks.saw_raw_html();
                Event::InlineHtml(raw_links(raw, input, links, options.html))
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (line, column) = lines.locate(range.start);
                blocks.open(Frame::new(Container::Callout(callout_kind(kind)), line, column));
                continue;
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                blocks.close(input, options, links, &mut problems);
                continue;
            }
            Event::Start(Tag::Link {
                dest_url,
                title,
                link_type,
                ..
            }) => {
                let dest_url = with_mailto(link_type, dest_url);
                let href = link_target(&dest_url, input, links, options.html).unwrap_or_else(|broken| {
                    let (line, column) = lines.locate(range.start);
                    problems.push(broken.diagnostic(input.file, &dest_url, (line, column), links));
                    String::from("#")
                });
                state.open_link(&href, &title)
            }
            Event::End(TagEnd::Link) => Event::InlineHtml(CowStr::Borrowed("</a>")),
            Event::Start(Tag::Image {
                dest_url,
                title,
                id,
                link_type,
            }) if options.html != HtmlMode::Allow && crate::url::check(&dest_url).is_err() => {
                Event::Start(Tag::Image {
                    dest_url: CowStr::Borrowed(""),
                    title,
                    id,
                    link_type,
                })
            }
            Event::Start(Tag::Image {
                dest_url,
                title,
                id,
                link_type,
            }) => {
                let (line, column) = lines.locate(range.start);
                image_info = links.image(&dest_url, line, column);
                Event::Start(Tag::Image {
                    dest_url: image_target(&dest_url, links).map_or(dest_url, CowStr::from),
                    title,
                    id,
                    link_type,
                })
            }
            other => other,
        };
        match event {
            Event::Start(Tag::Heading { level, id, classes, .. }) => {
                heading = Some((
                    level,
                    id.map(|i| i.to_string()),
                    classes.iter().map(|c| c.to_string()).collect(),
                    Vec::new(),
                ));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((_, explicit, classes, inner)) = heading.take() {
                    let title = heading_text(&inner);
                    let id = state.unique_id(explicit.unwrap_or_else(|| slugify(&title)));
                    let mut open = format!("<{level} id=\"");
                    crate::escape::attr(&mut open, &id);
                    open.push('"');
                    if let Some(attributes) = foreign.heading.take() {
                        open.push_str(&attributes);
                    }
                    if !classes.is_empty() {
                        open.push_str(" class=\"");
                        crate::escape::attr(&mut open, &classes.join(" "));
                        open.push('"');
                    }
                    open.push('>');
                    let events = blocks.events();
                    events.push(Event::Html(CowStr::from(open)));
                    events.extend(inner);
                    events.push(Event::End(TagEnd::Heading(level)));
                    state.toc.push(Heading {
                        level: level as u8,
                        id,
                        title,
                    });
                }
            }
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                image = Some((dest_url, title, Vec::new()));
            }
            Event::End(TagEnd::Image) => {
                let Some((src, title, inner)) = image.take() else {
                    continue;
                };
                images += 1;
                let alone = matches!(parser.peek(), Some((Event::End(TagEnd::Paragraph), _)))
                    && heading.is_none()
                    && matches!(blocks.events().last(), Some(Event::Start(Tag::Paragraph)));
                let info = image_info.take();
                let attrs = ImageAttrs {
                    title: &title,
                    alt: &heading_text(&inner),
                    size: info.as_ref().map(|i| i.size),
                    lazy: images > 1,
                    responsive: info.and_then(|i| i.responsive).filter(|_| heading.is_none()),
                };
                let html = image_html(&src, &attrs, alone);
                if alone && !title.is_empty() {
                    blocks.events().pop();
                    parser.next();
                }
                match &mut heading {
                    Some((_, _, _, inner)) => inner.push(Event::InlineHtml(CowStr::from(html))),
                    // `<picture>` and `srcset` are tolk's own markup, so they
                    // pass the sanitiser as components do.
                    None if attrs.responsive.is_some() => blocks.push_html(html),
                    None => blocks.events().push(Event::Html(CowStr::from(html))),
                }
            }
            other => match (&mut image, &mut heading) {
                (Some((_, _, inner)), _) | (None, Some((_, _, _, inner))) => inner.push(other),
                (None, None) => blocks.events().push(other),
            },
        }
    }
    while let Some(open) = blocks.stack.last() {
        if let Container::Directive(Some(c)) = &open.container {
            problems.push(
                Diagnostic::error(
                    input.file.to_path_buf(),
                    format!("the component `{}` is not closed", c.spec.name),
                )
                .at(open.line, Some(1))
                .hint("end it with a line of three colons, :::")
                .kind(crate::error::Kind::Content),
            );
        }
        blocks.close(input, options, links, &mut problems);
    }
    let mut out = String::with_capacity(input.body.len() * 3 / 2);
    html::push_html(&mut out, blocks.root.into_iter());
    if blocks.root_raw_html && options.html == HtmlMode::Sanitize {
        out = crate::content::markdown::sanitize(&out);
    }
    if !blocks.html.is_empty() {
        out = expand(&out, &blocks.html);
    }
    Rendered {
        html: out,
        toc: state.toc,
        problems,
    }
}

/// Marks the blocks of [`Input::foreign`] with their language while the
/// events pass: a paragraph or list item gets `lang` (and `dir` when it
/// differs from the page's) on its element, a heading on its tag, a table
/// cell or definition a `<span>` around its content.
#[derive(Default)]
struct ForeignBlocks {
    /// A leaf block is open and its first inline event has not come yet.
    waiting: bool,
    /// Attributes for the heading being collected.
    heading: Option<String>,
    /// A `<span>` to close before the block ends.
    span: bool,
}

impl ForeignBlocks {
    fn see<'a>(
        &mut self,
        event: &Event<'a>,
        locate: impl FnOnce() -> (usize, usize),
        input: &Input<'_>,
        blocks: &mut Blocks<'a>,
        in_heading: bool,
    ) {
        match event {
            Event::Start(
                Tag::Paragraph
                | Tag::Item
                | Tag::Heading { .. }
                | Tag::TableCell
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition,
            ) => self.waiting = true,
            Event::Start(
                Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::List(_)
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList,
            )
            | Event::Html(_)
            | Event::Rule => self.waiting = false,
            Event::End(end) => {
                self.waiting = false;
                let block = matches!(
                    end,
                    TagEnd::Paragraph
                        | TagEnd::Item
                        | TagEnd::Heading(_)
                        | TagEnd::TableCell
                        | TagEnd::DefinitionListTitle
                        | TagEnd::DefinitionListDefinition
                );
                if block && self.span {
                    self.span = false;
                    blocks.events().push(Event::InlineHtml(CowStr::Borrowed("</span>")));
                }
            }
            _ if self.waiting => {
                self.waiting = false;
                let (line, column) = locate();
                let Some(f) = input.foreign.iter().find(|f| f.line == line && f.column == column) else {
                    return;
                };
                let mut attributes = format!(" lang=\"{}\"", f.lang.code());
                if f.lang.dir() != input.lang.dir() {
                    attributes.push_str(&format!(" dir=\"{}\"", f.lang.dir().as_str()));
                }
                if in_heading {
                    self.heading = Some(attributes);
                    return;
                }
                let events = blocks.events();
                match events.last() {
                    Some(Event::Start(Tag::Paragraph)) => {
                        events.pop();
                        events.push(Event::Html(CowStr::from(format!("<p{attributes}>"))));
                    }
                    Some(Event::Start(Tag::Item)) => {
                        events.pop();
                        events.push(Event::Html(CowStr::from(format!("<li{attributes}>"))));
                    }
                    _ => {
                        events.push(Event::InlineHtml(CowStr::from(format!("<span{attributes}>"))));
                        self.span = true;
                    }
                }
            }
            _ => {}
        }
    }
}

/// An image being collected: address, title, the events of its alt text.
type OpenImage<'a> = (CowStr<'a>, CowStr<'a>, Vec<Event<'a>>);

/// What an image's tag says besides its address.
struct ImageAttrs<'a> {
    title: &'a str,
    alt: &'a str,
    /// Width and height as shown, when tolk knows the file.
    size: Option<(u32, u32)>,
    lazy: bool,
    /// Its derivatives, when it has them.
    responsive: Option<Responsive>,
}

/// An image's HTML: `width` and `height` when known (no layout shift when
/// it loads), `decoding="async"`, `loading="lazy"` after the first image of
/// the page (the first is likely above the fold); an image alone in its
/// paragraph with a title (`![alt](p.jpg "caption")`) becomes a `<figure>`
/// with the title as its `<figcaption>`.
///
/// With derivatives, the image is a `<picture>`: a `<source>` per other
/// format (WebP) with its `srcset`, and the `<img>` with the original
/// format's `srcset`, both with `sizes`, so the browser picks the format
/// it reads and the width the layout needs.
fn image_html(src: &str, a: &ImageAttrs<'_>, alone: bool) -> String {
    let mut out = String::new();
    if let Some(r) = &a.responsive {
        out.push_str("<picture>");
        for (mime, srcset) in &r.sources {
            out.push_str("<source type=\"");
            out.push_str(mime);
            out.push_str("\" srcset=\"");
            crate::escape::attr(&mut out, srcset);
            out.push_str("\" sizes=\"");
            crate::escape::attr(&mut out, &r.sizes);
            out.push_str("\">");
        }
    }
    out.push_str("<img src=\"");
    crate::escape::attr(&mut out, a.responsive.as_ref().map_or(src, |r| r.src.as_str()));
    if let Some(r) = &a.responsive {
        out.push_str("\" srcset=\"");
        crate::escape::attr(&mut out, &r.srcset);
        out.push_str("\" sizes=\"");
        crate::escape::attr(&mut out, &r.sizes);
    }
    out.push_str("\" alt=\"");
    crate::escape::attr(&mut out, a.alt);
    out.push('"');
    let figure = alone && !a.title.is_empty();
    if !a.title.is_empty() && !figure {
        out.push_str(" title=\"");
        crate::escape::attr(&mut out, a.title);
        out.push('"');
    }
    if let Some((w, h)) = a.size {
        out.push_str(&format!(" width=\"{w}\" height=\"{h}\""));
    }
    if a.lazy {
        out.push_str(" loading=\"lazy\"");
    }
    out.push_str(" decoding=\"async\">");
    if a.responsive.is_some() {
        out.push_str("</picture>");
    }
    if figure {
        format!(
            "<figure>\n{out}\n<figcaption>{}</figcaption>\n</figure>\n",
            crate::escape::html(a.title)
        )
    } else {
        out
    }
}

/// What a directive line is replaced with before parsing: an HTML comment
/// (a block that ends the paragraph, list or table before it and keeps the
/// line count), recognised afterwards by its line.
const DIRECTIVE: &str = "<!--tolk-component-->";

/// A private-use character around the index of a rendered component in
/// the HTML until the page is sanitised; removed from the author's text,
/// so only tolk writes it.
const MARK: char = '\u{E000}';

/// The author's text with [`MARK`] replaced.
fn without_mark(event: Event<'_>) -> Event<'_> {
    fn clean(t: CowStr<'_>) -> CowStr<'_> {
        if t.contains(MARK) {
            CowStr::from(t.replace(MARK, "\u{FFFD}"))
        } else {
            t
        }
    }
    match event {
        Event::Text(t) => Event::Text(clean(t)),
        Event::Code(t) => Event::Code(clean(t)),
        Event::Html(t) => Event::Html(clean(t)),
        Event::InlineHtml(t) => Event::InlineHtml(clean(t)),
        other => other,
    }
}

/// The directive lines of a body (outside code and HTML blocks), by line
/// in the file, and the body with each replaced by [`DIRECTIVE`].
fn find_directives(
    body: &str,
    first_line: usize,
    opts: Options,
) -> (std::borrow::Cow<'_, str>, HashMap<usize, components::Line>) {
    let mut found = HashMap::new();
    if !body.contains(":::") {
        return (std::borrow::Cow::Borrowed(body), found);
    }
    let mut skip: Vec<std::ops::Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(body, opts).into_offset_iter() {
        if let Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) = event {
            skip.push(range);
        }
    }
    let mut out = String::with_capacity(body.len());
    let mut offset = 0;
    for (i, line) in body.split_inclusive('\n').enumerate() {
        let inside = skip.iter().any(|r| r.contains(&offset));
        let text = line.trim_end_matches(['\n', '\r']);
        match components::parse_line(text).filter(|_| !inside) {
            Some(directive) => {
                found.insert(first_line + i, directive);
                out.push_str(DIRECTIVE);
                out.push_str(&line[text.len()..]);
            }
            None => out.push_str(line),
        }
        offset += line.len();
    }
    (std::borrow::Cow::Owned(out), found)
}

/// Replaces each [`MARK`]`n`[`MARK`] with the HTML of component `n`, whose
/// own body may hold marks of the components inside it.
fn expand(text: &str, html: &[String]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(MARK) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MARK.len_utf8()..];
        let Some(end) = after.find(MARK) else { break };
        if let Some(inner) = after[..end].parse::<usize>().ok().and_then(|i| html.get(i)) {
            out.push_str(&expand(inner, html));
        }
        rest = &after[end + MARK.len_utf8()..];
    }
    out.push_str(rest);
    out
}

fn callout_kind(kind: pulldown_cmark::BlockQuoteKind) -> &'static str {
    use pulldown_cmark::BlockQuoteKind as K;
    match kind {
        K::Note => "note",
        K::Tip => "tip",
        K::Important => "important",
        K::Warning => "warning",
        K::Caution => "caution",
    }
}

/// What an open container is.
enum Container {
    /// A directive block; `None` when its line was wrong (reported), so
    /// only its body is published.
    Directive(Option<components::Checked>),
    /// A GitHub alert (`> [!NOTE]`).
    Callout(&'static str),
}

/// A container being collected.
struct Frame<'a> {
    container: Container,
    events: Vec<Event<'a>>,
    raw_html: bool,
    line: usize,
    column: usize,
}

impl Frame<'_> {
    fn new(container: Container, line: usize, column: usize) -> Self {
        Frame {
            container,
            events: Vec::new(),
            raw_html: false,
            line,
            column,
        }
    }
}

/// The page's events with the containers open at this point.
#[derive(Default)]
struct Blocks<'a> {
    root: Vec<Event<'a>>,
    root_raw_html: bool,
    stack: Vec<Frame<'a>>,
    /// Rendered components, by the index their mark carries.
    html: Vec<String>,
}

impl<'a> Blocks<'a> {
    fn events(&mut self) -> &mut Vec<Event<'a>> {
        match self.stack.last_mut() {
            Some(f) => &mut f.events,
            None => &mut self.root,
        }
    }

    fn saw_raw_html(&mut self) {
        match self.stack.last_mut() {
            Some(f) => f.raw_html = true,
            None => self.root_raw_html = true,
        }
    }

    fn open(&mut self, frame: Frame<'a>) {
        self.stack.push(frame);
    }

    fn directive(
        &mut self,
        line: &components::Line,
        at: usize,
        input: &Input<'_>,
        options: &MarkdownOptions,
        links: &dyn LinkResolver,
        problems: &mut Vec<Diagnostic>,
    ) {
        match line {
            components::Line::Open { name, args } => {
                let checked = components::check(name, args)
                    .map_err(|p| {
                        problems.push(
                            Diagnostic::error(input.file.to_path_buf(), p.message)
                                .at(at, Some(1))
                                .hint(p.hint)
                                .kind(crate::error::Kind::Content),
                        );
                    })
                    .ok();
                self.open(Frame::new(Container::Directive(checked), at, 1));
            }
            components::Line::Close => {
                if matches!(self.stack.last(), Some(f) if matches!(f.container, Container::Directive(_))) {
                    self.close(input, options, links, problems);
                } else {
                    problems.push(
                        Diagnostic::error(input.file.to_path_buf(), "this `:::` closes no component")
                            .at(at, Some(1))
                            .hint("a component opens with a line such as `::: details A question` and closes with `:::`; remove this line or add the opening one")
                            .kind(crate::error::Kind::Content),
                    );
                }
            }
        }
    }

    /// Closes the innermost container: renders its body, then the
    /// component, and leaves a mark where it goes.
    fn close(
        &mut self,
        input: &Input<'_>,
        options: &MarkdownOptions,
        links: &dyn LinkResolver,
        problems: &mut Vec<Diagnostic>,
    ) {
        let Some(frame) = self.stack.pop() else { return };
        let text = heading_text(&frame.events);
        let mut body = String::new();
        html::push_html(&mut body, frame.events.into_iter());
        if frame.raw_html && options.html == HtmlMode::Sanitize {
            body = sanitize(&body);
        }
        let located = |message: String, hint: &str| {
            Diagnostic::error(input.file.to_path_buf(), message)
                .at(frame.line, Some(frame.column))
                .hint(hint.to_string())
                .kind(crate::error::Kind::Content)
        };
        let no_args = std::collections::BTreeMap::new();
        let (name, args, kind) = match &frame.container {
            Container::Directive(None) => {
                self.push_html(body);
                return;
            }
            Container::Directive(Some(c)) => (c.spec.name, &c.args, None),
            Container::Callout(kind) => ("callout", &no_args, Some(*kind)),
        };
        let mut c = components::Rendered {
            name,
            args,
            body,
            text,
            kind,
            video: None,
            href: None,
            src: None,
        };
        let before = problems.len();
        if let Container::Directive(Some(checked)) = &frame.container {
            if checked.spec.body == components::Body::Required && c.text.is_empty() {
                problems.push(located(
                    format!("the component `{name}` is empty"),
                    "write its text on the lines between the opening line and the closing :::",
                ));
            }
            let arg = |k: &str| checked.args.get(k).map_or("", String::as_str);
            match name {
                "video" => {
                    c.video = components::video(arg("url"));
                    if c.video.is_none() {
                        problems.push(located(
                            format!("tolk cannot embed the video `{}`", crate::url::shown(arg("url"))),
                            "videos are embedded from YouTube (youtube.com/watch?v=…, youtu.be/…), Vimeo (vimeo.com/123) and PeerTube (https://host/w/…); link to other videos with [text](address)",
                        ));
                    }
                }
                "button" => match link_target(arg("link"), input, links, options.html) {
                    Ok(href) => c.href = Some(href),
                    Err(broken) => {
                        problems.push(broken.diagnostic(input.file, arg("link"), (frame.line, frame.column), links))
                    }
                },
                "figure" => {
                    if crate::url::check(arg("src")).is_err() {
                        problems.push(located(
                            format!("the image address `{}` is not allowed", crate::url::shown(arg("src"))),
                            "use a file beside the page (photo.jpg), a file in static/ (/img/photo.jpg) or an https:// address",
                        ));
                    }
                    c.src = Some(image_target(arg("src"), links).unwrap_or_else(|| arg("src").to_string()));
                }
                _ => {}
            }
        }
        if problems.len() > before {
            // The build fails anyway; the template would only add noise.
            self.push_html(c.body);
            return;
        }
        let html = match links.component(&c) {
            None => components::fallback_html(&c),
            Some(Ok(html)) => html,
            Some(Err(e)) => {
                problems.push(
                    located(
                        format!("the template components/{name}.html failed: {e}"),
                        "fix the template, or remove it to use tolk's built-in markup",
                    )
                    .kind(crate::error::Kind::Template),
                );
                components::fallback_html(&c)
            }
        };
        self.push_html(html);
    }

    fn push_html(&mut self, html: String) {
        let mark = format!("{MARK}{}{MARK}", self.html.len());
        self.html.push(html);
        self.events().push(Event::Html(CowStr::from(mark)));
    }
}

/// Why a link could not be resolved.
#[derive(Debug, PartialEq, Eq)]
enum Broken {
    /// An `@/` link to no page or file.
    Content,
    /// A relative link to a Markdown file that no language has
    /// (`content_path` is where it points, from the language folder;
    /// `lang` the other language folder it leads into, if any).
    Markdown { lang: Option<String>, content_path: String },
    /// A relative link that climbs above `content/`.
    Outside,
}

impl Broken {
    /// The page a broken link names: (another language folder, content
    /// path from the language folder).
    fn content_path<'b>(&'b self, dest: &'b str) -> Option<(Option<&'b str>, &'b str)> {
        match self {
            Broken::Content => dest.strip_prefix("@/").map(|p| (None, p)),
            Broken::Markdown { lang, content_path } => Some((lang.as_deref(), content_path.as_str())),
            Broken::Outside => None,
        }
    }

    fn diagnostic(
        &self,
        file: &Path,
        dest: &str,
        (line, column): (usize, usize),
        links: &dyn LinkResolver,
    ) -> Diagnostic {
        let held = self
            .content_path(dest)
            .and_then(|(lang, path)| links.held_back(lang, path));
        let (message, hint) = match held {
            Some(reason) => (
                format!("the link `{dest}` points to a page that {}", reason.describe()),
                String::from(reason.remedy()),
            ),
            None => self.plain(dest),
        };
        Diagnostic::error(file.to_path_buf(), message)
            .at(line, Some(column))
            .hint(hint)
            .kind(crate::error::Kind::Link)
    }

    fn plain(&self, dest: &str) -> (String, String) {
        match self {
            Broken::Content => (
                format!("the link `{dest}` points to a page that does not exist"),
                String::from(
                    "content links are written @/ followed by the file's path inside the language folder, e.g. @/contact.md or @/calendar/_index.md; check the spelling",
                ),
            ),
            Broken::Markdown { lang, content_path } => (
                format!(
                    "the link `{dest}` points to the page {}{content_path}, which does not exist in any language",
                    lang.as_ref().map(|l| format!("{l}/")).unwrap_or_default()
                ),
                String::from(
                    "a relative link to a .md file is followed from the folder of the page that holds it, as your editor does; check the spelling and the number of ../",
                ),
            ),
            Broken::Outside => (
                format!("the link `{dest}` leads outside the content folder"),
                String::from(
                    "a relative link to a .md file is followed from the folder of the page that holds it; remove a ../",
                ),
            ),
        }
    }
}

/// Autolinked e-mail addresses (`<info@example.org>`) as `mailto:` links;
/// other destinations as written.
fn with_mailto(link_type: LinkType, dest: CowStr<'_>) -> CowStr<'_> {
    if link_type == LinkType::Email {
        CowStr::from(format!("mailto:{dest}"))
    } else {
        dest
    }
}

/// The href for a link destination, or why a link to a page is broken.
///
/// `@/path` names a page (or, failing that, a published file) from the
/// language folder; a relative link to a `.md` file is turned into that
/// content path from the page's folder and resolved by the same rule, so
/// the link a Markdown editor writes works on the site; `/path` naming a
/// published file becomes relative to the page (sub-path and file://
/// safe); other relative links to files beside the page are rewritten to
/// where the file is published.
fn link_target(dest: &str, input: &Input<'_>, links: &dyn LinkResolver, mode: HtmlMode) -> Result<String, Broken> {
    if let Some(path) = dest.strip_prefix("@/") {
        return links.resolve(path).or_else(|| links.file(path)).ok_or(Broken::Content);
    }
    if mode != HtmlMode::Allow && crate::url::check(dest).is_err() {
        return Ok(String::from("#"));
    }
    if let Some(path) = dest.strip_prefix('/')
        && !path.starts_with('/')
    {
        return Ok(links.file(path).unwrap_or_else(|| dest.to_string()));
    }
    if !is_relative(dest) {
        return Ok(dest.to_string());
    }
    if let Some(link) = markdown_link(dest, input) {
        return link?.resolve(links);
    }
    Ok(links.asset(dest).unwrap_or_else(|| dest.to_string()))
}

/// Raw HTML in Markdown gets the same link rule as Markdown links: a
/// relative `src` or `href` (`<img src="map.png">`, `<a href="../contact.md">`)
/// is rewritten to where it is published, relative to the page. Values that
/// are not site links, and broken ones, stay as written (the sanitiser and
/// `tolk check` judge them).
fn raw_links<'a>(raw: CowStr<'a>, input: &Input<'_>, links: &dyn LinkResolver, mode: HtmlMode) -> CowStr<'a> {
    if !raw.contains("src=") && !raw.contains("href=") {
        return raw;
    }
    let text: &str = &raw;
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(i) = find_link_attribute(rest) {
        let (before, after) = rest.split_at(i);
        out.push_str(before);
        let eq = after.find('=').unwrap_or(0);
        out.push_str(&after[..=eq]);
        let value_part = &after[eq + 1..];
        let quote = value_part.chars().next().filter(|c| *c == '"' || *c == '\'');
        let Some(q) = quote else {
            rest = value_part;
            continue;
        };
        let Some(end) = value_part[1..].find(q) else {
            rest = value_part;
            continue;
        };
        let value = &value_part[1..=end];
        let decoded = value.replace("&amp;", "&");
        let rewritten = if decoded.starts_with('#') || decoded.is_empty() {
            None
        } else {
            link_target(&decoded, input, links, mode)
                .ok()
                .filter(|t| *t != decoded && t != "#")
        };
        out.push(q);
        match rewritten {
            Some(t) => crate::escape::attr(&mut out, &t),
            None => out.push_str(value),
        }
        out.push(q);
        rest = &value_part[end + 2..];
    }
    out.push_str(rest);
    CowStr::from(out)
}

/// The byte offset of the next ` src=` or ` href=` attribute (preceded by
/// white space, so `data-src=` is not one).
fn find_link_attribute(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while from < text.len() {
        let next = ["src=", "href="]
            .iter()
            .filter_map(|a| text[from..].find(a).map(|i| i + from))
            .min()?;
        if next > 0 && bytes[next - 1].is_ascii_whitespace() {
            return Some(next);
        }
        from = next + 1;
    }
    None
}

/// Where an image is published, relative to the page, when it is a file
/// of the site (beside the page, `/static/path` or `@/path`).
fn image_target(dest: &str, links: &dyn LinkResolver) -> Option<String> {
    if let Some(path) = dest.strip_prefix("@/") {
        return links.file(path);
    }
    if let Some(path) = dest.strip_prefix('/')
        && !path.starts_with('/')
    {
        return links.file(path);
    }
    is_relative(dest).then(|| links.asset(dest)).flatten()
}

/// A relative link to a Markdown file, as a content path.
struct MarkdownLink {
    /// Another language's folder the link leads into, if any.
    lang: Option<String>,
    /// Content path with the fragment, from the language folder.
    path: String,
}

/// `dest` as a link to a content file when it is a relative link to a
/// `.md` file (percent-encoding decoded, as editors write non-ASCII names).
/// A link that climbs out of the language folder into another
/// (`../en/contact.md`) names that language.
fn markdown_link(dest: &str, input: &Input<'_>) -> Option<Result<MarkdownLink, Broken>> {
    let (path, rest) = dest.find(['#', '?']).map_or((dest, ""), |i| dest.split_at(i));
    let fragment = rest.split_once('#').map(|(_, f)| f);
    let path = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    if !path.ends_with(".md") {
        return None;
    }
    let with_fragment = |p: String| match fragment {
        Some(f) => format!("{p}#{f}"),
        None => p,
    };
    if let Some(joined) = crate::site::urls::join(input.dir, &path) {
        return Some(Ok(MarkdownLink {
            lang: None,
            path: with_fragment(joined),
        }));
    }
    let from_content = format!("{}/{}", input.lang.code(), input.dir);
    let link = crate::site::urls::join(&from_content, &path)
        .and_then(|p| p.split_once('/').map(|(l, k)| (l.to_string(), k.to_string())))
        .map(|(lang, key)| MarkdownLink {
            lang: Some(lang),
            path: with_fragment(key),
        })
        .ok_or(Broken::Outside);
    Some(link)
}

impl MarkdownLink {
    fn resolve(self, links: &dyn LinkResolver) -> Result<String, Broken> {
        let found = match &self.lang {
            None => links.resolve(&self.path),
            Some(lang) => links.resolve_in(lang, &self.path),
        };
        found.ok_or_else(|| Broken::Markdown {
            content_path: self.path.split('#').next().unwrap_or_default().to_string(),
            lang: self.lang,
        })
    }
}

/// A relative reference to a file: no scheme, not absolute, not a fragment.
fn is_relative(url: &str) -> bool {
    !url.is_empty() && !url.starts_with(['/', '#', '?', '@']) && !url.split('/').next().unwrap_or("").contains(':')
}

fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//")
}

#[derive(Default)]
struct State {
    ids: HashMap<String, usize>,
    toc: Vec<Heading>,
}

impl State {
    /// `base`, or `base-1`, `base-2`, … : the first not used yet on the page
    /// (a numbered id can equal another heading's own id, e.g. `1-1`).
    fn unique_id(&mut self, base: String) -> String {
        let base = if base.is_empty() { String::from("section") } else { base };
        let next = self.ids.get(&base).copied().unwrap_or(0);
        let mut n = next;
        let id = loop {
            let candidate = if n == 0 { base.clone() } else { format!("{base}-{n}") };
            if !self.ids.contains_key(&candidate) {
                break candidate;
            }
            n += 1;
        };
        self.ids.insert(base, n + 1);
        self.ids.entry(id.clone()).or_insert(1);
        id
    }

    fn open_link<'a>(&self, href: &str, title: &str) -> Event<'a> {
        let mut tag = String::from("<a href=\"");
        crate::escape::attr(&mut tag, href);
        tag.push('"');
        if !title.is_empty() {
            tag.push_str(" title=\"");
            crate::escape::attr(&mut tag, title);
            tag.push('"');
        }
        if is_external(href) {
            tag.push_str(" rel=\"noopener\"");
        }
        tag.push('>');
        Event::InlineHtml(CowStr::from(tag))
    }
}

fn heading_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The text of a Markdown body without markup: paragraphs separated by a
/// blank line (for iCalendar descriptions and feeds).
///
/// ```
/// use tolk::content::markdown::plain_text;
/// assert_eq!(plain_text("**This** is [an](https://x) example.\n\n## Next\n\n- a\n- b\n"), "This is an example.\n\nNext\n\na\nb");
/// ```
pub fn plain_text(body: &str) -> String {
    let mut out = String::new();
    let opts = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    // Component lines (`::: details …`) are markup, not text.
    let (body, _) = find_directives(body, 1, opts);
    for event in Parser::new_ext(&body, opts) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak | Event::End(TagEnd::Item) => out.push('\n'),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::List(_) | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            ) => out.push_str("\n\n"),
            _ => {}
        }
    }
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_string()
}

/// A readable, Unicode-aware id for a heading: letters and digits kept (in
/// lower case), everything else collapsed to single hyphens.
///
/// ```
/// use tolk::content::markdown::slugify;
/// assert_eq!(slugify("Åtgärd 31"), "åtgärd-31");
/// assert_eq!(slugify("What is it? (FAQ)"), "what-is-it-faq");
/// assert_eq!(slugify("Мера 31"), "мера-31");
/// ```
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.extend(c.to_lowercase());
        } else if c == '_' && !out.is_empty() {
            out.push('_');
        } else {
            pending_dash = true;
        }
    }
    out
}

/// Typographic quotation marks of a language. pulldown-cmark produces English
/// marks (“ ” ‘ ’); other languages get theirs by mapping.
#[derive(Clone, Copy)]
struct Quotes {
    open_double: &'static str,
    close_double: &'static str,
    open_single: &'static str,
    close_single: &'static str,
}

impl Quotes {
    fn for_language(lang: &str) -> Option<Quotes> {
        let primary = lang.split('-').next().unwrap_or(lang);
        let q = |a, b, c, d| {
            Some(Quotes {
                open_double: a,
                close_double: b,
                open_single: c,
                close_single: d,
            })
        };
        match primary {
            "sv" | "fi" => q("”", "”", "’", "’"),
            "de" | "cs" | "sk" | "lt" => q("„", "“", "‚", "‘"),
            "da" => q("»", "«", "›", "‹"),
            // Nested quotes in French are “…” (Imprimerie nationale), not ‹ ›.
            "fr" => q("«\u{202f}", "\u{202f}»", "“", "”"),
            "ru" | "uk" | "be" => q("«", "»", "„", "“"),
            "pl" | "nl" => q("„", "”", "‚", "’"),
            "no" | "nb" | "nn" | "es" | "it" | "pt" | "ar" | "fa" | "el" => q("«", "»", "‹", "›"),
            _ => None,
        }
    }

    /// Maps English marks to this language's; `’` stays an apostrophe unless
    /// it closes an open single quote.
    fn apply<'a>(self, text: CowStr<'a>, open_single: &mut usize) -> CowStr<'a> {
        if !text.contains(['“', '”', '‘', '’']) {
            return text;
        }
        let mut out = String::with_capacity(text.len() + 4);
        for c in text.chars() {
            match c {
                '“' => out.push_str(self.open_double),
                '”' => out.push_str(self.close_double),
                '‘' => {
                    *open_single += 1;
                    out.push_str(self.open_single);
                }
                '’' if *open_single > 0 => {
                    *open_single -= 1;
                    out.push_str(self.close_single);
                }
                c => out.push(c),
            }
        }
        CowStr::from(out)
    }
}

/// Typographic punctuation for a line of plain text (a title, a
/// description): the same rules as the body (`markdown.smart_punctuation`:
/// pulldown-cmark's quotes, dashes and ellipses, then the language's own
/// quotation marks), with every other character kept as written (no
/// Markdown syntax is interpreted).
pub fn smart_text(text: &str, lang: &crate::lang::Lang) -> String {
    if !text.contains(['\'', '"', '-', '.']) {
        return text.to_string();
    }
    // A private-use sentinel first keeps the line a paragraph (never a
    // list, heading or code block); every other ASCII punctuation mark is
    // escaped so it stays literal.
    const SENTINEL: char = '\u{E000}';
    let mut source = String::with_capacity(text.len() * 2 + 4);
    source.push(SENTINEL);
    // A space after it, so a quote at the start opens.
    source.push(' ');
    for c in text.chars() {
        match c {
            '\n' | '\r' => source.push(' '),
            '\'' | '"' | '-' | '.' => source.push(c),
            c if c.is_ascii_punctuation() => {
                source.push('\\');
                source.push(c);
            }
            c => source.push(c),
        }
    }
    let quotes = Quotes::for_language(lang.locale().id.language.as_str());
    let mut open_quotes = 0usize;
    let mut out = String::with_capacity(text.len() + 4);
    for event in Parser::new_ext(&source, Options::ENABLE_SMART_PUNCTUATION) {
        match event {
            Event::Text(t) => match quotes {
                Some(q) => out.push_str(&q.apply(t, &mut open_quotes)),
                None => out.push_str(&t),
            },
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    let out = out.strip_prefix(SENTINEL).unwrap_or(&out).trim_start_matches(' ');
    // Leading or trailing spaces are not the author's intent in a title.
    if out.trim() == text.trim() {
        text.to_string()
    } else {
        out.to_string()
    }
}

/// Byte offset → (line, column) in the content file.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    first_line: usize,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str, first_line: usize) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            text,
            starts,
            first_line,
        }
    }

    fn locate(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|s| *s <= offset).saturating_sub(1);
        let start = self.starts[line];
        let column = self.text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line + self.first_line, column)
    }
}

/// Elements raw HTML in content may use besides ammonia's defaults.
const EXTRA_TAGS: &[&str] = &[
    "details",
    "summary",
    "abbr",
    "sup",
    "sub",
    "figure",
    "figcaption",
    "mark",
    "kbd",
    "input",
    "bdi",
    "bdo",
    "dfn",
    "time",
    "section",
];

/// Cleans rendered HTML to a safe subset (tables, details, abbr, sup, …),
/// keeping what tolk's own Markdown output needs (heading ids, code classes,
/// footnote links, table alignment).
///
/// The policy, in one place:
/// - elements: ammonia's defaults plus `EXTRA_TAGS`; `<script>` and
///   `<style>` go with their content, other unknown elements leave their text;
/// - attributes: `id`, `class`, `lang`, `dir`, `title` everywhere, a few per
///   element; never event handlers;
/// - `style` only as `text-align: left|center|right` on `th` and `td`
///   (what Markdown tables produce); any other style is removed;
/// - `href`, `src` and `cite` only when [`crate::url::check`] accepts them
///   (the one allowlist of schemes, no `//host`);
/// - `<input>` only as a disabled check box (task lists).
pub fn sanitize(html: &str) -> String {
    cleaner().clean(html).to_string()
}

fn cleaner() -> &'static ammonia::Builder<'static> {
    use std::sync::OnceLock;
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tags(EXTRA_TAGS)
            .add_generic_attributes(["id", "class", "lang", "dir", "title"])
            .add_tag_attributes("img", ["loading", "decoding"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .set_tag_attribute_value("input", "type", "checkbox")
            .set_tag_attribute_value("input", "disabled", "")
            .add_tag_attributes("td", ["style"])
            .add_tag_attributes("th", ["style"])
            .add_tag_attributes("time", ["datetime"])
            .add_tag_attributes("abbr", ["title"])
            .add_tag_attributes("ol", ["start"])
            .url_schemes(crate::url::SCHEMES.iter().copied().collect())
            .attribute_filter(|element, attribute, value| {
                keep_attribute(element, attribute, value).then_some(std::borrow::Cow::Borrowed(value))
            })
            .link_rel(None)
            .url_relative(ammonia::UrlRelative::PassThrough);
        b.id_prefix(None);
        b
    })
}

/// The sanitiser's rule for attribute values (after its allowlist of names).
fn keep_attribute(element: &str, attribute: &str, value: &str) -> bool {
    match attribute {
        "style" => is_table_alignment(element, value),
        "href" | "src" | "cite" | "xlink:href" => crate::url::check(value).is_ok(),
        _ => true,
    }
}

/// `text-align: left|center|right` on a table cell, as Markdown tables write it.
fn is_table_alignment(element: &str, value: &str) -> bool {
    let value = value.trim();
    let value = value.strip_suffix(';').unwrap_or(value).trim_end();
    matches!(element, "td" | "th") && matches!(value, "text-align: left" | "text-align: center" | "text-align: right")
}

/// What the sanitiser removed from a fragment of raw HTML, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// `<iframe>`, or `onclick` of `<b>`.
    pub what: String,
    /// Why content may not use it.
    pub why: String,
    /// How often it occurs in the fragment.
    pub count: usize,
}

/// Elements and attributes of a fragment: (element, attribute) → (count,
/// first value), with `None` for the element itself.
type Inventory = std::collections::BTreeMap<(String, Option<String>), (usize, String)>;

fn inventory(html: &str) -> Inventory {
    let doc = scraper::Html::parse_fragment(html);
    let mut found = Inventory::new();
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else { continue };
        let name = el.name().to_string();
        if name == "html" {
            continue;
        }
        for (attr, value) in el.attrs() {
            found
                .entry((name.clone(), Some(attr.to_string())))
                .or_insert((0, value.to_string()))
                .0 += 1;
        }
        found.entry((name, None)).or_insert((0, String::new())).0 += 1;
    }
    found
}

/// Compares a fragment of raw HTML with its sanitised form.
///
/// ```
/// let removed = tolk::content::markdown::removed_by_sanitizer("<iframe src=\"https://x\"></iframe><b onclick=\"x()\">b</b>");
/// assert_eq!(removed.iter().map(|r| r.what.as_str()).collect::<Vec<_>>(), ["`onclick` of <b>", "<iframe>"]);
/// ```
pub fn removed_by_sanitizer(html: &str) -> Vec<Removal> {
    let before = inventory(html);
    let after = inventory(&sanitize(html));
    let mut removed = Vec::new();
    for ((element, attribute), (count, value)) in &before {
        let kept = after.get(&(element.clone(), attribute.clone())).map_or(0, |a| a.0);
        if kept >= *count {
            continue;
        }
        // An attribute of a removed element is not worth a separate word.
        if attribute.is_some() && !after.contains_key(&(element.clone(), None)) {
            continue;
        }
        let (what, why) = match attribute {
            None => (format!("<{element}>"), element_reason(element).to_string()),
            Some(attr) => (
                format!("`{attr}` of <{element}>"),
                attribute_reason(element, attr, value),
            ),
        };
        removed.push(Removal {
            what,
            why,
            count: count - kept,
        });
    }
    removed
}

fn element_reason(element: &str) -> &'static str {
    match element {
        "script" | "noscript" => "scripts would run in every reader's browser",
        "style" | "link" => "style sheets can hide or replace the whole page",
        "iframe" => {
            "embedded pages bring another site's content and scripts into the page; embed a YouTube, Vimeo or PeerTube video with the video component instead (a line `::: video https://…`, then a line `:::`), which loads nothing until the reader clicks"
        }
        "frame" | "frameset" | "object" | "embed" | "applet" | "portal" => {
            "embedded pages and plug-ins bring another site's content and scripts into the page"
        }
        "form" | "button" | "select" | "textarea" | "option" => "forms can send what readers type to another site",
        "base" | "meta" => "it changes how every link and the whole page load",
        "svg" | "math" => "inline SVG and MathML can carry scripts; use an image file (PNG) instead",
        "img" | "a" => "its address is not allowed",
        _ => "it is not in the list of elements content may use",
    }
}

fn attribute_reason(element: &str, attribute: &str, value: &str) -> String {
    let lower = attribute.to_ascii_lowercase();
    if lower.starts_with("on") {
        return "event handlers run scripts".into();
    }
    match lower.as_str() {
        "style" => "inline styles can cover the page (position: fixed) or track readers (url(…)); only text-align: left, center or right on table cells is kept".into(),
        "href" | "src" | "cite" | "xlink:href" => match crate::url::check(value) {
            Err(refusal) => format!("the address `{}` {}", crate::url::shown(value), refusal.reason()),
            Ok(_) => "the address is not allowed".into(),
        },
        _ => format!("it is not in the list of attributes <{element}> may have in content"),
    }
}

/// Problems in a page's Markdown that do not stop the build, as warnings:
/// links and images whose address the allowlist refuses (published as `#`
/// or left out) and raw HTML the sanitiser removes, located at the link or
/// at the line where the HTML block starts. Nothing with `html: allow`.
pub fn audit(input: &Input<'_>, options: &MarkdownOptions) -> Vec<Diagnostic> {
    if options.html == HtmlMode::Allow {
        return Vec::new();
    }
    if !may_need_audit(input.body) {
        return Vec::new();
    }
    let sanitizing = options.html == HtmlMode::Sanitize;
    let lines = LineIndex::new(input.body, input.body_line);
    let mut warnings = Vec::new();
    let mut block: Option<(usize, String)> = None;
    let removals = |warnings: &mut Vec<Diagnostic>, html: &str, offset: usize| {
        let (line, column) = lines.locate(offset);
        for r in removed_by_sanitizer(html) {
            let times = if r.count > 1 {
                format!(" ({} times)", r.count)
            } else {
                String::new()
            };
            warnings.push(
                Diagnostic::warning(input.file.to_path_buf(), format!("the sanitiser removed {}{times}: {}", r.what, r.why))
                    .at(line, Some(column))
                    .hint("write it in Markdown, link to the page or file instead, or set `markdown: {html: allow}` in site.yaml if every author is trusted")
                    .kind(crate::error::Kind::Content),
            );
        }
    };
    for (event, range) in Parser::new_ext(input.body, parser_options(options)).into_offset_iter() {
        let (dest, what) = match event {
            Event::Start(Tag::Link {
                dest_url, link_type, ..
            }) if !dest_url.starts_with("@/") => (with_mailto(link_type, dest_url), "link"),
            Event::Start(Tag::Image { dest_url, .. }) => (dest_url, "image"),
            Event::Start(Tag::HtmlBlock) if sanitizing => {
                block = Some((range.start, String::new()));
                continue;
            }
            Event::Html(raw) if sanitizing => {
                match &mut block {
                    Some((_, text)) => text.push_str(&raw),
                    None => removals(&mut warnings, &raw, range.start),
                }
                continue;
            }
            Event::End(TagEnd::HtmlBlock) => {
                if let Some((start, text)) = block.take() {
                    removals(&mut warnings, &text, start);
                }
                continue;
            }
            Event::InlineHtml(raw) if sanitizing => {
                removals(&mut warnings, &raw, range.start);
                continue;
            }
            _ => continue,
        };
        if let Err(refusal) = crate::url::check(&dest) {
            let (line, column) = lines.locate(range.start);
            let done = if what == "link" {
                "it was published as `#`"
            } else {
                "the image was left out"
            };
            warnings.push(
                Diagnostic::warning(
                    input.file.to_path_buf(),
                    format!(
                        "the {what} address `{}` {}; {done}",
                        crate::url::shown(&dest),
                        refusal.reason()
                    ),
                )
                .at(line, Some(column))
                .hint(refusal.hint())
                .kind(crate::error::Kind::Link),
            );
        }
    }
    warnings
}

/// A quick scan that rules out most pages before [`audit`] parses them:
/// only raw HTML (or an autolink, both need `<`) and link or image
/// destinations (after `](` or `]:`) that carry a scheme, start with `//`
/// or `/\`, or hold a backslash or an entity can be refused. False
/// positives only cost a parse; a false negative would hide a warning, so
/// the rule errs towards parsing.
fn may_need_audit(body: &str) -> bool {
    if body.contains('<') {
        return true;
    }
    let bytes = body.as_bytes();
    let mut i = 0;
    while let Some(found) = body[i..].find(']') {
        let at = i + found + 1;
        i = at;
        if !matches!(bytes.get(at), Some(b'(' | b':')) {
            continue;
        }
        let rest = body[at + 1..].trim_start();
        let token_end = rest.find(|c: char| c.is_whitespace() || c == ')').unwrap_or(rest.len());
        let token = &rest[..token_end];
        if token.contains([':', '\\', '&']) || token.starts_with("//") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_punctuation_applies_to_titles_and_descriptions() {
        let lang = crate::lang::Lang::of;
        let cases = [
            ("sv", "\"Hej\" världen", "”Hej” världen"),
            (
                "en",
                "The Institute's \"plan\" -- 2010...",
                "The Institute’s “plan” – 2010…",
            ),
            ("ru", "\"Действие 31\"", "«Действие 31»"),
            ("de", "Der \"Plan\"", "Der „Plan“"),
            // Markdown syntax is text in a title.
            (
                "en",
                "*Not* [emphasis](x) <b> &amp; `code`",
                "*Not* [emphasis](x) <b> &amp; `code`",
            ),
            ("en", "1. The first step", "1. The first step"),
            ("en", "- a dash", "- a dash"),
            ("en", "# Not a heading", "# Not a heading"),
            ("en", "    indented", "    indented"),
            ("sv", "Ingen ändring", "Ingen ändring"),
            // regression: nested French quotes came out as ‹ ›.
            ("fr", "\"Il a dit 'oui'\"", "«\u{202f}Il a dit “oui”\u{202f}»"),
            ("en", "back\\slash 'quoted'", "back\\slash ‘quoted’"),
        ];
        for (code, written, wanted) in cases {
            assert_eq!(smart_text(written, &lang(code)), wanted, "{code}: {written}");
        }
    }

    #[test]
    fn the_quick_scan_never_skips_a_page_the_audit_would_warn_about() {
        let options = MarkdownOptions::default();
        for body in [
            "[a](javascript:alert(1))",
            "[a]( \n JaVaScRiPt:alert(1))",
            "[a](//evil.example/x)",
            "[a](/\\evil.example)",
            "![i](data:image/png;base64,AAAA)",
            "[a][r]\n\n[r]: vbscript:x",
            "[a][r]\n\n[r]:\n  ftp://x",
            "<javascript:alert(1)>",
            "<iframe src=x></iframe>",
            "[a](java&#115;cript:x)",
            "[a](file:///etc/passwd)",
            "[a](https://ok.example/) [b](sms:+46)",
        ] {
            let input = Input {
                body,
                body_line: 1,
                file: Path::new("a.md"),
                dir: "",
                lang: &crate::lang::Lang::of("sv"),
                foreign: &[],
            };
            assert!(may_need_audit(body), "{body:?}");
            assert!(!audit(&input, &options).is_empty(), "{body:?} gives no warning");
        }
        for body in [
            "Text: med kolon.",
            "[a](/sv/om/) [b](../x.png) [c](@/a.md)",
            "[^1]: En fotnot.",
        ] {
            assert!(!may_need_audit(body), "{body:?}");
        }
    }

    struct Links;
    impl LinkResolver for Links {
        fn resolve(&self, path: &str) -> Option<String> {
            let (p, frag) = path.split_once('#').map_or((path, None), |(p, f)| (p, Some(f)));
            (p == "contact.md").then(|| {
                format!(
                    "../kontakt/index.html{}",
                    frag.map(|f| format!("#{f}")).unwrap_or_default()
                )
            })
        }
    }

    /// Every image has a WebP and a JPEG derivative.
    struct Pictures;
    impl LinkResolver for Pictures {
        fn resolve(&self, _: &str) -> Option<String> {
            None
        }
        fn image(&self, dest: &str, _: usize, _: usize) -> Option<ImageInfo> {
            let stem = dest.trim_end_matches(".jpg");
            Some(ImageInfo {
                size: (800, 600),
                responsive: Some(Responsive {
                    src: format!("{stem}.480w.jpg"),
                    srcset: format!("{stem}.480w.jpg 480w, {dest} 800w"),
                    sources: vec![("image/webp", format!("{stem}.480w.webp 480w"))],
                    sizes: "100vw".into(),
                }),
            })
        }
    }

    #[test]
    fn responsive_images_are_pictures_that_survive_the_sanitiser() {
        let lang = &crate::lang::Lang::of("sv");
        let body = "<div>raw</div>\n\n![Ett foto](a.jpg \"Bildtext\")\n\nText ![Två](b.jpg) <script>x</script>\n";
        let input = Input {
            body,
            body_line: 1,
            file: Path::new("content/sv/a.md"),
            dir: "",
            lang,
            foreign: &[],
        };
        let html = render(&input, &MarkdownOptions::default(), &Pictures).html;
        assert!(
            html.contains("<figure>\n<picture><source type=\"image/webp\" srcset=\"a.480w.webp 480w\" sizes=\"100vw\"><img src=\"a.480w.jpg\" srcset=\"a.480w.jpg 480w, a.jpg 800w\" sizes=\"100vw\" alt=\"Ett foto\" width=\"800\" height=\"600\" decoding=\"async\"></picture>\n<figcaption>Bildtext</figcaption>\n</figure>"),
            "{html}"
        );
        assert!(html.contains("<p>Text <picture>"), "{html}");
        assert!(
            html.contains("loading=\"lazy\" decoding=\"async\"></picture>"),
            "{html}"
        );
        assert!(!html.contains("<script>"), "the rest is still sanitised: {html}");
    }

    fn md(body: &str, lang: &str) -> Rendered {
        let lang = &crate::lang::Lang::of(lang);
        let input = Input {
            body,
            body_line: 5,
            file: Path::new("content/sv/a.md"),
            dir: "",
            lang,
            foreign: &[],
        };
        render(&input, &MarkdownOptions::default(), &Links)
    }

    #[test]
    fn heading_ids_are_unique_and_unicode() {
        let r = md("## Åtgärd 31\n\n## Åtgärd 31\n\n### Custom {#own}\n", "sv");
        assert!(r.html.contains("<h2 id=\"åtgärd-31\">Åtgärd 31</h2>"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"åtgärd-31-1\">"), "{}", r.html);
        assert!(r.html.contains("<h3 id=\"own\">Custom</h3>"), "{}", r.html);
        assert_eq!(r.toc.len(), 3);
    }

    /// Regression (found by fuzzing): `## 1-1` after two `## 1` headings got
    /// the id `1-1` twice.
    #[test]
    fn regression_numbered_ids_never_collide_with_natural_ones() {
        let r = md("## 1\n\n## 1\n\n## 1-1\n\n## 1\n", "en");
        let ids: Vec<&str> = r.toc.iter().map(|h| h.id.as_str()).collect();
        let unique: std::collections::HashSet<&&str> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert_eq!(ids[0], "1");
        assert_eq!(ids[1], "1-1");
    }

    #[test]
    fn quotes_follow_the_language() {
        assert!(md("\"Hej\" sa hon.", "sv").html.contains("”Hej”"));
        assert!(md("\"Hello\" and 'hi'", "en").html.contains("“Hello”"));
        assert!(md("\"Привет\"", "ru").html.contains("«Привет»"));
        assert!(md("\"Hallo\"", "de").html.contains("„Hallo“"));
        assert!(md("it's", "de").html.contains("it’s"));
    }

    #[test]
    fn content_links_resolve_and_broken_ones_are_located() {
        let r = md("See [contact](@/contact.md#phone).\n\nAnd [x](@/nope.md).", "sv");
        assert!(r.html.contains("href=\"../kontakt/index.html#phone\""), "{}", r.html);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].line, Some(7));
        assert_eq!(r.problems[0].column, Some(5));
    }

    #[test]
    fn relative_md_links_become_content_paths_from_the_page_folder() {
        let lang = crate::lang::Lang::of("sv");
        let input = Input {
            body: "",
            body_line: 1,
            file: Path::new("content/sv/om/a.md"),
            dir: "om",
            lang: &lang,
            foreign: &[],
        };
        let link = |dest| markdown_link(dest, &input).map(|l| l.map(|l| (l.lang, l.path)));
        assert_eq!(link("../contact.md#tel"), Some(Ok((None, "contact.md#tel".into()))));
        assert_eq!(link("x.md"), Some(Ok((None, "om/x.md".into()))));
        assert_eq!(link("%C3%A5.md"), Some(Ok((None, "om/å.md".into()))));
        assert_eq!(
            link("../../en/about.md"),
            Some(Ok((Some("en".into()), "about.md".into())))
        );
        assert_eq!(link("../../../x.md").map(|r| r.is_err()), Some(true));
        assert_eq!(link("photo.jpg"), None);
        assert_eq!(link("notes.md.txt"), None);
    }

    #[test]
    fn components_work_in_every_html_mode_and_marks_cannot_be_forged() {
        for html in [HtmlMode::Sanitize, HtmlMode::Escape, HtmlMode::Allow] {
            let options = MarkdownOptions {
                html,
                ..MarkdownOptions::default()
            };
            let lang = crate::lang::Lang::of("sv");
            let input = Input {
                body: "\u{E000}0\u{E000}\n\n::: details Fråga\n<b onclick=\"x()\">Svar</b>\n:::\n",
                body_line: 1,
                file: Path::new("a.md"),
                dir: "",
                lang: &lang,
                foreign: &[],
            };
            let r = render(&input, &options, &Links);
            assert!(r.problems.is_empty(), "{:?}", r.problems);
            assert!(
                r.html.contains("<details>\n<summary>Fråga</summary>"),
                "{html:?}: {}",
                r.html
            );
            assert!(!r.html.contains('\u{E000}'), "{}", r.html);
            assert_eq!(r.html.matches("<details>").count(), 1, "{}", r.html);
            assert_eq!(
                r.html.contains("<b onclick"),
                html == HtmlMode::Allow,
                "{html:?}: {}",
                r.html
            );
        }
    }

    #[test]
    fn a_titled_image_alone_in_its_paragraph_is_a_figure() {
        let r = md(
            "![Två personer](a.jpg \"Seminariet i Kyiv\")\n\nText ![inline](b.png \"t\") här.\n\n![x](c.png)\n\n<b>raw</b>\n",
            "sv",
        );
        assert!(
            r.html.contains("<figure>\n<img src=\"a.jpg\" alt=\"Två personer\" decoding=\"async\">\n<figcaption>Seminariet i Kyiv</figcaption>\n</figure>"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("<p><figure>"), "{}", r.html);
        assert!(
            r.html.contains(
                "<p>Text <img src=\"b.png\" alt=\"inline\" title=\"t\" loading=\"lazy\" decoding=\"async\"> här.</p>"
            ),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<p><img src=\"c.png\" alt=\"x\" loading=\"lazy\" decoding=\"async\"></p>"),
            "{}",
            r.html
        );
    }

    /// Autolinked e-mail addresses were published as relative links.
    #[test]
    fn regression_email_autolinks_are_mailto_links() {
        let r = md("Skriv till <info@example.org>.", "sv");
        assert!(
            r.html
                .contains("<a href=\"mailto:info@example.org\">info@example.org</a>"),
            "{}",
            r.html
        );
    }

    #[test]
    fn external_links_get_noopener() {
        assert!(md("[x](https://example.org)", "en").html.contains("rel=\"noopener\""));
        assert!(!md("[x](../a/)", "en").html.contains("noopener"));
    }

    #[test]
    fn scripts_are_removed() {
        let r = md(
            "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x()\">b</b>",
            "en",
        );
        assert!(!r.html.contains("script"), "{}", r.html);
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert!(!r.html.contains("onclick"), "{}", r.html);
    }

    #[test]
    fn table_alignment_survives_sanitising_and_other_styles_do_not() {
        let r = md(
            "| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n<table><tr><td style=\"position:fixed;inset:0\">x</td><th style=\"text-align: center; background:url(https://t.example/p)\">y</th></tr></table>\n",
            "en",
        );
        assert!(r.html.contains("<th style=\"text-align: center\">a</th>"), "{}", r.html);
        assert!(r.html.contains("<td style=\"text-align: right\">2</td>"), "{}", r.html);
        assert!(!r.html.contains("position"), "{}", r.html);
        assert!(!r.html.contains("url("), "{}", r.html);
    }

    #[test]
    fn audit_locates_removed_elements_and_refused_links() {
        let input = Input {
            body: "Text.\n\n<div>\n<iframe src=\"https://evil.example\"></iframe>\n</div>\n\n[x](JaVaScRiPt:alert(1)) <b onclick=\"x()\">b</b>\n",
            body_line: 5,
            file: Path::new("content/sv/a.md"),
            dir: "",
            lang: &crate::lang::Lang::of("en"),
            foreign: &[],
        };
        let w = audit(&input, &MarkdownOptions::default());
        let found: Vec<(usize, &str)> = w.iter().map(|d| (d.line.unwrap(), d.message.as_str())).collect();
        assert_eq!(w.len(), 3, "{found:?}");
        assert!(w.iter().all(|d| !d.is_error() && d.hint.is_some()));
        assert!(
            found
                .iter()
                .any(|(l, m)| *l == 7 && m.starts_with("the sanitiser removed <iframe>") && m.contains("::: video")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(l, m)| *l == 11 && m.contains("`javascript:`")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(l, m)| *l == 11 && m.contains("`onclick` of <b>")),
            "{found:?}"
        );
    }
}
