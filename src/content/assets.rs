//! What reaches readers from `content/` besides the pages' own HTML, checked
//! while content is read: files beside the pages that a browser would run
//! (HTML, XML, SVG with scripts) and what the sanitiser removes from the
//! pages' raw HTML.
//!
//! With `markdown.html: sanitize` (the default) or `escape`, authors are
//! not trusted with scripts, so a file beside a page must not bring them
//! either: `.html`, `.xml` and similar files are refused, and an `.svg` is
//! published only when it is a plain drawing (see [`check_svg`]). Trusted
//! files go in `static/`, which is published as it is.

use rayon::prelude::*;

use super::markdown;
use super::{Asset, Content};
use crate::config::{Config, HtmlMode};
use crate::error::Diagnostic;
use crate::fs::relative_to;

/// Extensions of files that browsers open as documents able to run
/// scripts, and that tolk cannot check (lower case).
const ACTIVE: &[&str] = &[
    "html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "xml", "xsl", "xslt", "svgz", "hta",
];

/// Errors for files beside pages that would bring scripts, and warnings
/// for what the sanitiser removes from pages (with `html: allow`, neither).
pub fn audit(config: &Config, content: &Content) -> Vec<Diagnostic> {
    if config.markdown.html == HtmlMode::Allow {
        return Vec::new();
    }
    let mut found: Vec<Diagnostic> = content
        .pages
        .par_iter()
        .flat_map_iter(|page| {
            let input = page.markdown_input();
            markdown::audit(&input, &config.markdown)
        })
        .collect();
    found.extend(
        content
            .assets
            .par_iter()
            .filter_map(|a| check_asset(config, a))
            .collect::<Vec<_>>(),
    );
    found
}

fn check_asset(config: &Config, asset: &Asset) -> Option<Diagnostic> {
    let file = relative_to(&config.root, &asset.source);
    let ext = asset
        .source
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let trusted = "put files you trust in static/ (published as they are), or set `markdown: {html: allow}` in site.yaml if every author is trusted";
    if ACTIVE.contains(&ext.as_str()) {
        return Some(
            Diagnostic::error(
                file,
                format!(
                    "a .{ext} file beside the pages would be published as it is, scripts included (raw HTML in content is sanitised, so such files are refused)"
                ),
            )
            .hint(format!("write the page in Markdown, link to the document on another site, or {trusted}"))
            .kind(crate::error::Kind::Content),
        );
    }
    if ext != "svg" {
        return None;
    }
    let problem = match std::fs::read(&asset.source) {
        Err(e) => Err((None, format!("cannot read this file: {e}"))),
        Ok(bytes) => match String::from_utf8(bytes) {
            Err(_) => Err((
                None,
                "this SVG is not UTF-8 text, so tolk cannot check it for scripts".into(),
            )),
            Ok(text) => check_svg(&text).map_err(|(pos, m)| (Some(pos), m)),
        },
    };
    problem.err().map(|(pos, message)| {
        let d = Diagnostic::error(file, message)
            .hint(format!(
                "an SVG beside the pages may only draw: remove scripts, event handlers (on…), <foreignObject>, animations and links to other sites, convert the image to PNG, or {trusted}"
            ))
            .kind(crate::error::Kind::Content);
        match pos {
            Some((line, column)) => d.at(line, Some(column)),
            None => d,
        }
    })
}

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// SVG elements that only draw (no scripts, no foreign content, no
/// animation, which can rewrite links).
const SVG_ELEMENTS: &[&str] = &[
    "a",
    "circle",
    "clipPath",
    "defs",
    "desc",
    "ellipse",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feImage",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
    "filter",
    "g",
    "image",
    "line",
    "linearGradient",
    "marker",
    "mask",
    "metadata",
    "path",
    "pattern",
    "polygon",
    "polyline",
    "radialGradient",
    "rect",
    "stop",
    "style",
    "svg",
    "switch",
    "symbol",
    "text",
    "textPath",
    "title",
    "tspan",
    "use",
    "view",
];

/// Namespaces of editor metadata that browsers ignore (Inkscape, Adobe, RDF).
const INERT_NS: &[&str] = &[
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://purl.org/dc/elements/1.1/",
    "http://creativecommons.org/ns#",
    "http://web.resource.org/cc/",
    "http://www.w3.org/1999/xlink",
];

/// A problem at (line, column) of the file.
type SvgProblem = ((usize, usize), String);

/// Checks that an SVG file only draws. The file is read as strict XML —
/// anything this reader does not understand exactly is refused, so that it
/// never reads a file differently from a browser: UTF-8 only, no DTD
/// entities or internal subset, no processing instructions but the XML
/// declaration. Elements must be in the SVG namespace and in the list of
/// drawing elements (or in an editor's metadata namespace); no event
/// handlers, no `xml:base`; `href` of `<a>` must pass the URL allowlist,
/// other `href`s must point inside the file (`#id`), to a relative file or
/// to an embedded raster image; every `url(…)` in styles and attributes
/// must be `url(#id)`; style sheets without `@import` or escapes.
///
/// ```
/// use tolk::content::assets::check_svg;
/// assert!(check_svg(r#"<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="url(#g)"/></svg>"#).is_ok());
/// assert!(check_svg(r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#).is_err());
/// assert!(check_svg("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>").unwrap_err().0 == (2, 1));
/// ```
///
/// # Errors
/// Where the first problem is, and what it is.
pub fn check_svg(text: &str) -> Result<(), SvgProblem> {
    SvgReader {
        text,
        pos: 0,
        stack: Vec::new(),
        root_seen: false,
    }
    .run()
}

struct Open {
    name: String,
    is_svg_style: bool,
    namespaces: Vec<(String, String)>,
}

struct SvgReader<'a> {
    text: &'a str,
    pos: usize,
    stack: Vec<Open>,
    root_seen: bool,
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')
}

impl<'a> SvgReader<'a> {
    fn at(&self, pos: usize) -> (usize, usize) {
        let before = &self.text[..pos];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    }

    fn fail<T>(&self, pos: usize, message: impl Into<String>) -> Result<T, SvgProblem> {
        Err((self.at(pos), message.into()))
    }

    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    /// Moves past `end`, returning what came before it.
    fn until(&mut self, end: &str, what: &str) -> Result<(usize, &'a str), SvgProblem> {
        let start = self.pos;
        let text = self.text;
        match text[start..].find(end) {
            Some(i) => {
                self.pos = start + i + end.len();
                Ok((start, &text[start..start + i]))
            }
            None => self.fail(start, format!("this SVG is not well-formed XML: {what} is not closed")),
        }
    }

    fn run(mut self) -> Result<(), SvgProblem> {
        if let Some(c) = self.text.chars().find(|c| c.is_control() && !is_xml_space(*c)) {
            let pos = self.text.find(c).unwrap_or(0);
            return self.fail(
                pos,
                format!("this SVG contains the control character {c:?}, which XML does not allow"),
            );
        }
        if self.text.starts_with('\u{feff}') {
            self.pos = '\u{feff}'.len_utf8();
        }
        let mut first = true;
        while self.pos < self.text.len() {
            let start = self.pos;
            if self.rest().starts_with("<?") {
                self.pos += 2;
                let (_, body) = self.until("?>", "a processing instruction")?;
                let target = body.split(is_xml_space).next().unwrap_or("");
                if target != "xml" || !first {
                    return self.fail(
                        start,
                        format!(
                            "this SVG has the processing instruction <?{target} …?>, which can turn the file into a page with scripts (xml-stylesheet)"
                        ),
                    );
                }
                let lower = body.to_ascii_lowercase();
                if let Some(i) = lower.find("encoding") {
                    let value = lower[i + 8..].trim_start_matches(|c: char| is_xml_space(c) || c == '=');
                    let value = value.trim_start_matches(['"', '\'']);
                    if !(value.starts_with("utf-8") || value.starts_with("utf8")) {
                        return self.fail(
                            start,
                            "this SVG declares an encoding other than UTF-8; a browser could read it differently from tolk",
                        );
                    }
                }
            } else if self.rest().starts_with("<!--") {
                self.pos += 4;
                self.until("-->", "a comment")?;
            } else if self.rest().starts_with("<![CDATA[") {
                self.pos += 9;
                let (at, body) = self.until("]]>", "a CDATA section")?;
                self.text_content(at, body, false)?;
            } else if self.rest().starts_with("<!DOCTYPE") && !self.root_seen {
                self.pos += 9;
                let (_, body) = self.until(">", "the DOCTYPE")?;
                if body.contains('[') {
                    return self.fail(
                        start,
                        "this SVG defines its own entities (a DOCTYPE with [ … ]), which can hide scripts",
                    );
                }
            } else if self.rest().starts_with("<!") {
                return self.fail(start, "this SVG has a declaration (<!…) that tolk does not read");
            } else if self.rest().starts_with("</") {
                self.pos += 2;
                let (_, name) = self.until(">", "an end tag")?;
                let name = name.trim_end_matches(is_xml_space).to_string();
                match self.stack.pop() {
                    Some(open) if open.name == name => {}
                    _ => return self.fail(start, format!("this SVG is not well-formed XML: unexpected </{name}>")),
                }
            } else if self.rest().starts_with('<') {
                self.start_tag()?;
            } else {
                let end = self.rest().find('<').map_or(self.text.len(), |i| self.pos + i);
                let text = self.text;
                self.pos = end;
                self.text_content(start, &text[start..end], true)?;
            }
            first = false;
        }
        if let Some(open) = self.stack.last() {
            return self.fail(
                self.text.len(),
                format!("this SVG is not well-formed XML: <{}> is not closed", open.name),
            );
        }
        if !self.root_seen {
            return self.fail(0, "this file has no <svg> element");
        }
        Ok(())
    }

    /// Text between tags: only spaces outside the root; style sheets checked.
    fn text_content(&self, at: usize, raw: &str, decode: bool) -> Result<(), SvgProblem> {
        if self.stack.is_empty() {
            if raw.chars().all(is_xml_space) {
                return Ok(());
            }
            return self.fail(at, "this SVG has text outside its <svg> element");
        }
        let text = if decode { self.decode(at, raw)? } else { raw.to_string() };
        if self.stack.last().is_some_and(|o| o.is_svg_style) {
            self.check_css(at, &text)?;
        }
        Ok(())
    }

    /// Resolves the five predefined entities and character references;
    /// anything else would need a DTD.
    fn decode(&self, at: usize, raw: &str) -> Result<String, SvgProblem> {
        let mut out = String::with_capacity(raw.len());
        let mut rest = raw;
        while let Some(i) = rest.find('&') {
            out.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let Some(end) = after.find(';') else {
                return self.fail(at, "this SVG is not well-formed XML: `&` without `;`");
            };
            let name = &after[..end];
            let c = match name {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                n if n.starts_with("#x") => u32::from_str_radix(&n[2..], 16).ok().and_then(char::from_u32),
                n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            match c {
                Some(c) if !c.is_control() || is_xml_space(c) => out.push(c),
                _ => {
                    return self.fail(
                        at,
                        format!("this SVG uses the entity `&{name};`, which tolk does not read"),
                    );
                }
            }
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    fn start_tag(&mut self) -> Result<(), SvgProblem> {
        let start = self.pos;
        self.pos += 1;
        let name_len = self
            .rest()
            .find(|c: char| !is_name_char(c))
            .unwrap_or(self.rest().len());
        let name = self.rest()[..name_len].to_string();
        self.pos += name_len;
        if name.is_empty() {
            return self.fail(start, "this SVG is not well-formed XML: `<` without a tag name");
        }
        if self.root_seen && self.stack.is_empty() {
            return self.fail(start, "this SVG has more than one root element");
        }
        let mut attrs: Vec<(usize, String, String)> = Vec::new();
        let closed = loop {
            let skipped = self.rest().len() - self.rest().trim_start_matches(is_xml_space).len();
            self.pos += skipped;
            if self.rest().starts_with("/>") {
                self.pos += 2;
                break true;
            }
            if self.rest().starts_with('>') {
                self.pos += 1;
                break false;
            }
            let at = self.pos;
            if skipped == 0 {
                return self.fail(at, format!("this SVG is not well-formed XML in <{name}>"));
            }
            let len = self.rest().find(|c: char| !is_name_char(c)).unwrap_or(0);
            let attr = self.rest()[..len].to_string();
            self.pos += len;
            let rest = self.rest().trim_start_matches(is_xml_space);
            let Some(rest) = rest.strip_prefix('=') else {
                return self.fail(
                    at,
                    format!("this SVG is not well-formed XML: attribute `{attr}` without a value"),
                );
            };
            let rest = rest.trim_start_matches(is_xml_space);
            let Some(quote) = rest.chars().next().filter(|q| matches!(q, '"' | '\'')) else {
                return self.fail(
                    at,
                    format!("this SVG is not well-formed XML: the value of `{attr}` is not quoted"),
                );
            };
            self.pos = self.text.len() - rest.len() + 1;
            let Some(end) = self.rest().find(quote) else {
                return self.fail(
                    at,
                    format!("this SVG is not well-formed XML: the value of `{attr}` is not closed"),
                );
            };
            let raw = &self.rest()[..end];
            if raw.contains('<') || attr.is_empty() {
                return self.fail(at, format!("this SVG is not well-formed XML in <{name}>"));
            }
            let value = self.decode(at, raw)?;
            self.pos += end + 1;
            attrs.push((at, attr, value));
        };
        let mut namespaces = self.stack.last().map(|o| o.namespaces.clone()).unwrap_or_default();
        for (_, attr, value) in &attrs {
            if attr == "xmlns" {
                namespaces.push((String::new(), value.clone()));
            } else if let Some(prefix) = attr.strip_prefix("xmlns:") {
                namespaces.push((prefix.to_string(), value.clone()));
            }
        }
        let (prefix, local) = name.split_once(':').unwrap_or(("", &name));
        let namespace = namespaces
            .iter()
            .rev()
            .find(|(p, _)| p == prefix)
            .map(|(_, ns)| ns.as_str())
            .unwrap_or("");
        let is_svg = namespace == SVG_NS;
        let is_svg_root = is_svg && local == "svg";
        if !self.root_seen && !is_svg_root {
            return self.fail(
                start,
                format!("the root element is <{name}>, not <svg xmlns=\"{SVG_NS}\">"),
            );
        }
        if is_svg && !SVG_ELEMENTS.contains(&local) {
            return self.fail(
                start,
                format!(
                    "this SVG has <{name}>, which is not a drawing element ({})",
                    why_element(local)
                ),
            );
        }
        if !is_svg && !INERT_NS.contains(&namespace) {
            let ns = if namespace.is_empty() {
                "no namespace".to_string()
            } else {
                format!("the namespace {namespace}")
            };
            return self.fail(
                start,
                format!("this SVG has <{name}> in {ns}, which browsers may run as HTML or MathML"),
            );
        }
        for (at, attr, value) in &attrs {
            self.check_attribute(*at, is_svg.then_some(local), attr, value)?;
        }
        self.root_seen = true;
        if !closed {
            self.stack.push(Open {
                name: name.clone(),
                is_svg_style: is_svg && local == "style",
                namespaces,
            });
        }
        Ok(())
    }

    fn check_attribute(&self, at: usize, svg_element: Option<&str>, attr: &str, value: &str) -> Result<(), SvgProblem> {
        let local = attr.rsplit(':').next().unwrap_or(attr);
        if attr == "xmlns" || attr.starts_with("xmlns:") {
            return Ok(());
        }
        if local.to_ascii_lowercase().starts_with("on") {
            return self.fail(
                at,
                format!("this SVG has the event handler `{attr}`, which runs a script"),
            );
        }
        if attr == "xml:base" {
            return self.fail(at, "this SVG has `xml:base`, which changes where its links lead");
        }
        if local == "href" {
            self.check_href(at, svg_element.unwrap_or(""), attr, value)?;
        }
        self.check_css(at, value)
    }

    fn check_href(&self, at: usize, element: &str, attr: &str, value: &str) -> Result<(), SvgProblem> {
        let trimmed = value.trim_matches(is_xml_space);
        let url = crate::url::check(trimmed);
        if element == "a" {
            return url.map(|_| ()).or_else(|refusal| {
                self.fail(
                    at,
                    format!(
                        "the link `{}` in this SVG {}",
                        crate::url::shown(trimmed),
                        refusal.reason()
                    ),
                )
            });
        }
        let lower = trimmed.to_ascii_lowercase();
        let raster = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"]
            .iter()
            .any(|p| lower.starts_with(p) && lower[p.len()..].starts_with([';', ',']));
        let inside = trimmed.starts_with('#') || url == Ok(crate::url::Reference::Relative);
        if inside || (raster && matches!(element, "image" | "feImage")) {
            Ok(())
        } else {
            self.fail(
                at,
                format!("`{attr}` in this SVG loads `{}`; only #ids, files of this site and embedded PNG, JPEG, GIF or WebP images are allowed", crate::url::shown(trimmed)),
            )
        }
    }

    /// Style sheets and presentation attributes: `url(#id)` only, no
    /// `@import`, no escapes (which could spell `url(` differently).
    fn check_css(&self, at: usize, css: &str) -> Result<(), SvgProblem> {
        let lower = css.to_ascii_lowercase();
        for bad in [
            "@import",
            "\\",
            "expression(",
            "-moz-binding",
            "image-set(",
            "cross-fade(",
            "element(",
            "javascript:",
        ] {
            if lower.contains(bad) {
                return self.fail(at, format!("this SVG's styles use `{bad}`, which tolk does not allow"));
            }
        }
        let mut rest = lower.as_str();
        while let Some(i) = rest.find("url(") {
            rest = &rest[i + 4..];
            let target = rest.trim_start_matches(|c: char| is_xml_space(c) || c == '"' || c == '\'');
            if !target.starts_with('#') {
                let shown: String = target.chars().take_while(|c| *c != ')').take(60).collect();
                return self.fail(
                    at,
                    format!("this SVG loads `url({shown})`; only url(#id) is allowed (other addresses track readers)"),
                );
            }
        }
        Ok(())
    }
}

fn why_element(local: &str) -> &'static str {
    match local {
        "script" | "handler" | "listener" => "a script would run when a reader opens the file",
        "foreignObject" => "it embeds HTML, which can carry scripts",
        "animate" | "animateMotion" | "animateTransform" | "set" | "mpath" | "discard" => {
            "animations can turn links into scripts"
        }
        "iframe" | "video" | "audio" | "canvas" => "it embeds other content",
        _ => "it is not in tolk's list of SVG drawing elements",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = "xmlns=\"http://www.w3.org/2000/svg\"";

    #[test]
    fn plain_drawings_pass() {
        for ok in [
            format!("<svg {NS}/>"),
            format!(
                "\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Inkscape -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg {NS} xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"10\" inkscape:version=\"1.3\"><inkscape:grid/><defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient></defs><style><![CDATA[ .a {{ fill: url(#g) }} ]]></style><use xlink:href=\"#g\"/><image href=\"data:image/png;base64,AAAA\"/><a href=\"https://example.org/\"><text>Ä &amp; &#246; &#xF6;</text></a></svg>\n"
            ),
        ] {
            assert_eq!(check_svg(&ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn active_content_is_refused() {
        for bad in [
            format!("<svg {NS}><script>alert(1)</script></svg>"),
            format!("<svg {NS}><Script/></svg>"),
            "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script/></s:svg>".to_string(),
            format!("<svg {NS} onload=\"alert(1)\"/>"),
            format!("<svg {NS} ONLOAD=\"alert(1)\"/>"),
            format!("<svg {NS}><foreignObject><div/></foreignObject></svg>"),
            format!("<svg {NS}><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>"),
            format!("<svg {NS}><g xmlns=\"http://www.w3.org/1999/xhtml\"><script/></g></svg>"),
            format!("<svg {NS}><a href=\"javascript:alert(1)\"><text>x</text></a></svg>"),
            format!("<svg {NS}><a href=\"&#106;avascript:alert(1)\"><text>x</text></a></svg>"),
            format!(
                "<svg {NS}><a xlink:href=\" JaVaScRiPt:alert(1)\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/></svg>"
            ),
            format!("<svg {NS}><animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>"),
            format!("<svg {NS}><set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>"),
            format!("<svg {NS}><image href=\"https://tracker.example/p.png\"/></svg>"),
            format!("<svg {NS}><image href=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\"/></svg>"),
            format!("<svg {NS}><use href=\"//evil.example/x.svg#a\"/></svg>"),
            format!("<svg {NS}><rect fill=\"url(https://tracker.example/)\"/></svg>"),
            format!("<svg {NS}><style>@import 'https://evil.example/x.css';</style></svg>"),
            format!("<svg {NS}><style>.a {{ background: \\75rl(https://t.example/) }}</style></svg>"),
            format!("<svg {NS} xml:base=\"https://evil.example/\"/>"),
            format!("<?xml-stylesheet href=\"evil.xsl\" type=\"text/xsl\"?><svg {NS}/>"),
            format!("<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?><svg {NS}/>"),
            format!("<!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;\">]><svg {NS}>&x;</svg>"),
            format!("<svg {NS}>&x;</svg>"),
            format!("<svg {NS}><g></svg>"),
            format!("<svg {NS} a=b/>"),
            format!("<svg {NS}/>\u{1b}$B"),
            "<svg><script>alert(1)</script></svg>".to_string(),
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>".to_string(),
            String::new(),
        ] {
            assert!(check_svg(&bad).is_err(), "passed: {bad}");
        }
    }
}
