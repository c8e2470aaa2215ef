//! Components a communicator writes in Markdown without template syntax:
//! a *directive block* that opens with `::: name` and closes with `:::`,
//! each on its own line at the start of the line (like a fenced code block
//! with colons, the syntax of Pandoc, MyST, Docusaurus and VitePress):
//!
//! ```text
//! ::: video https://www.youtube.com/watch?v=aqz-KE-bpKQ title="Our seminar"
//! :::
//!
//! ::: details How do I apply?
//! Write to **info@example.org**.
//! :::
//! ```
//!
//! Owns the list of components with their arguments ([`SPECS`]), parsing
//! and validating a directive line (unknown names and arguments are errors
//! with a did-you-mean), the video address rule (YouTube, Vimeo,
//! PeerTube → a click-to-load embed) and the HTML used when a theme has no
//! `templates/components/<name>.html`. The Markdown renderer finds the
//! blocks ([`markdown`](super::markdown)); rendering the theme's template
//! is the renderer's job.

use std::collections::BTreeMap;

use serde::Serialize;

/// Whether a component takes a Markdown body between its two lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// The body is what the component shows (details, button label).
    Required,
    /// The body is an optional caption.
    Optional,
}

/// What a component accepts.
#[derive(Debug)]
pub struct Spec {
    /// The name written after `:::`.
    pub name: &'static str,
    /// The value written right after the name, and whether it is required.
    pub positional: &'static str,
    /// Named arguments (`key="value"`) and whether each is required.
    pub named: &'static [(&'static str, bool)],
    /// The body.
    pub body: Body,
    /// One line for messages: what it does and an example.
    pub example: &'static str,
}

/// Every component tolk knows. A theme changes their HTML with
/// `templates/components/<name>.html`; callouts (`> [!NOTE]`) use
/// `components/callout.html`.
pub const SPECS: &[Spec] = &[
    Spec {
        name: "video",
        positional: "url",
        named: &[("title", false)],
        body: Body::Optional,
        example: "::: video https://www.youtube.com/watch?v=ID title=\"What the video shows\"",
    },
    Spec {
        name: "details",
        positional: "summary",
        named: &[("open", false)],
        body: Body::Required,
        example: "::: details The question readers click to open",
    },
    Spec {
        name: "button",
        positional: "link",
        named: &[],
        body: Body::Required,
        example: "::: button @/contact.md (the label on the following lines)",
    },
    Spec {
        name: "figure",
        positional: "src",
        named: &[("alt", true), ("credit", false)],
        body: Body::Optional,
        example: "::: figure photo.jpg alt=\"What the photo shows\" credit=\"Photo: Name\"",
    },
];

/// A directive line, parsed but not yet checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// `::: name args`.
    Open {
        /// The name as written.
        name: String,
        /// The text after the name.
        args: String,
    },
    /// `:::`.
    Close,
}

/// A directive line: three or more colons at the very start of the line.
///
/// ```
/// use tolk::content::components::{Line, parse_line};
/// assert_eq!(parse_line(":::"), Some(Line::Close));
/// assert_eq!(parse_line("::: details A question?"), Some(Line::Open { name: "details".into(), args: "A question?".into() }));
/// assert_eq!(parse_line(" ::: details"), None);
/// assert_eq!(parse_line("::x"), None);
/// ```
pub fn parse_line(line: &str) -> Option<Line> {
    let rest = line.strip_prefix(":::")?.trim_start_matches(':');
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(Line::Close);
    }
    let (name, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    Some(Line::Open {
        name: name.to_string(),
        args: args.trim().to_string(),
    })
}

/// A component whose name and arguments passed [`check`].
#[derive(Debug, Clone)]
pub struct Checked {
    /// Its spec.
    pub spec: &'static Spec,
    /// Every argument by name, the positional one under its spec name;
    /// optional ones not written are empty.
    pub args: BTreeMap<&'static str, String>,
}

/// What is wrong with a directive line, with a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

fn problem(message: String, hint: impl Into<String>) -> Problem {
    Problem {
        message,
        hint: hint.into(),
    }
}

/// Checks a directive's name and arguments against [`SPECS`].
///
/// # Errors
/// Unknown component or argument (with the closest name), a missing
/// required argument, an unclosed quote.
///
/// ```
/// use tolk::content::components::check;
/// let c = check("details", "Why? open=true").unwrap();
/// assert_eq!(c.args["summary"], "Why?");
/// assert!(check("vidoe", "x").unwrap_err().hint.contains("`video`"));
/// assert!(check("video", "https://youtu.be/x titel=\"a\"").unwrap_err().hint.contains("`title`"));
/// ```
pub fn check(name: &str, args: &str) -> Result<Checked, Problem> {
    let names = || SPECS.iter().map(|s| s.name);
    let Some(spec) = SPECS.iter().find(|s| s.name == name) else {
        let hint = match crate::error::did_you_mean(name, names()) {
            Some(near) => format!("did you mean `{near}`? The components are: {}", list(names())),
            None => format!("the components are: {}", list(names())),
        };
        return Err(problem(format!("there is no component `{name}`"), hint));
    };
    let mut found = BTreeMap::new();
    let mut positional = Vec::new();
    for token in tokens(args).map_err(|m| problem(m, format!("write it as {}", spec.example)))? {
        match token {
            Token::Named(key, value) => {
                let Some((known, _)) = spec.named.iter().find(|(k, _)| *k == key) else {
                    let keys = spec.named.iter().map(|(k, _)| *k);
                    let hint = match crate::error::did_you_mean(&key, keys.clone()) {
                        Some(near) => format!("did you mean `{near}`?"),
                        None if spec.named.is_empty() => format!(
                            "`{}` takes no named arguments; put `=` inside quotes if it is part of the text",
                            spec.name
                        ),
                        None => format!("`{}` accepts: {}", spec.name, list(keys)),
                    };
                    return Err(problem(
                        format!("the component `{}` has no argument `{key}`", spec.name),
                        hint,
                    ));
                };
                if found.insert(*known, value).is_some() {
                    return Err(problem(
                        format!("the argument `{key}` is given twice"),
                        "keep one of them",
                    ));
                }
            }
            Token::Plain(text) => positional.push(text),
        }
    }
    if positional.is_empty() {
        return Err(problem(
            format!("the component `{}` needs its {}", spec.name, spec.positional),
            format!("write it as {}", spec.example),
        ));
    }
    found.insert(spec.positional, positional.join(" "));
    if let Some((missing, _)) = spec
        .named
        .iter()
        .find(|(k, required)| *required && !found.contains_key(k))
    {
        return Err(problem(
            format!("the component `{}` needs the argument `{missing}`", spec.name),
            format!("write it as {}", spec.example),
        ));
    }
    for (key, _) in spec.named {
        found.entry(key).or_default();
    }
    Ok(Checked { spec, args: found })
}

fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

enum Token {
    Named(String, String),
    Plain(String),
}

/// Words, `"quoted text"`, `key=value` and `key="quoted value"`.
fn tokens(args: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut rest = args.trim_start();
    while !rest.is_empty() {
        let key_len = rest.find('=').filter(|&i| {
            i > 0
                && rest[..i]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c == '-')
        });
        let (key, value_start) = match key_len {
            Some(i) => (Some(&rest[..i]), &rest[i + 1..]),
            None => (None, rest),
        };
        let (value, after) = if let Some(quoted) = value_start.strip_prefix('"') {
            let end = quoted
                .find('"')
                .ok_or_else(|| format!("a quote opened in `{}` is not closed", args.trim()))?;
            (&quoted[..end], &quoted[end + 1..])
        } else {
            let end = value_start.find(char::is_whitespace).unwrap_or(value_start.len());
            (&value_start[..end], &value_start[end..])
        };
        out.push(match key {
            Some(k) => Token::Named(k.to_string(), value.to_string()),
            None => Token::Plain(value.to_string()),
        });
        rest = after.trim_start();
    }
    Ok(out)
}

/// A video tolk knows how to embed without loading it before the reader
/// asks: the address is checked once here and every address in the output
/// is built from the parsed id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Video {
    /// `youtube`, `vimeo` or `peertube`.
    pub provider: &'static str,
    /// The host shown to readers (`YouTube`, `Vimeo`, `tube.example.org`).
    pub host: String,
    /// The address of the player, loaded only after a click.
    pub embed: String,
    /// The video's own page, the text link that always works.
    pub url: String,
}

/// The video at `url`: YouTube (`youtube.com/watch?v=`, `youtu.be/`,
/// `/shorts/`, `/embed/`; embedded from youtube-nocookie.com), Vimeo
/// (`vimeo.com/ID`) or PeerTube (`https://host/w/ID` or
/// `/videos/watch/ID`).
///
/// ```
/// use tolk::content::components::video;
/// let v = video("https://youtu.be/aqz-KE-bpKQ?t=3").unwrap();
/// assert_eq!(v.embed, "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1");
/// assert_eq!(video("https://vimeo.com/76979871").unwrap().embed, "https://player.vimeo.com/video/76979871?autoplay=1");
/// assert_eq!(video("https://tube.example.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d").unwrap().host, "tube.example.org");
/// assert!(video("https://example.org/movie.mp4").is_none());
/// assert!(video("javascript:alert(1)").is_none());
/// ```
pub fn video(url: &str) -> Option<Video> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let path = path.split('#').next().unwrap_or_default();
    let bare = host.strip_prefix("www.").unwrap_or(&host);
    let bare = bare.strip_prefix("m.").unwrap_or(bare);
    let id_ok = |id: &str, extra: &[char]| {
        !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || extra.contains(&c))
    };
    match bare {
        "youtube.com" | "youtu.be" | "youtube-nocookie.com" => {
            let id = if bare == "youtu.be" {
                path.to_string()
            } else if path == "watch" {
                query
                    .split('&')
                    .find_map(|p| p.strip_prefix("v="))
                    .unwrap_or_default()
                    .to_string()
            } else {
                ["shorts/", "embed/", "live/"]
                    .iter()
                    .find_map(|p| path.strip_prefix(p))
                    .unwrap_or_default()
                    .to_string()
            };
            id_ok(&id, &['-', '_']).then(|| Video {
                provider: "youtube",
                host: "YouTube".into(),
                embed: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
                url: format!("https://www.youtube.com/watch?v={id}"),
            })
        }
        "vimeo.com" | "player.vimeo.com" => {
            let id = path.rsplit('/').next().unwrap_or_default();
            (id_ok(id, &[]) && id.chars().all(|c| c.is_ascii_digit())).then(|| Video {
                provider: "vimeo",
                host: "Vimeo".into(),
                embed: format!("https://player.vimeo.com/video/{id}?autoplay=1"),
                url: format!("https://vimeo.com/{id}"),
            })
        }
        _ => {
            let id = ["w/", "videos/watch/", "videos/embed/"]
                .iter()
                .find_map(|p| path.strip_prefix(p))?;
            let host_ok = !host.is_empty()
                && host.len() <= 253
                && host.contains('.')
                && host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':');
            (host_ok && id_ok(id, &['-'])).then(|| Video {
                provider: "peertube",
                host: host.clone(),
                embed: format!("https://{host}/videos/embed/{id}?autoplay=1"),
                url: format!("https://{host}/w/{id}"),
            })
        }
    }
}

/// The HTML of a component when the theme has no template for it (feeds,
/// themes without components): plain, safe markup without scripts.
pub fn fallback_html(c: &Rendered<'_>) -> String {
    use crate::escape::html as h;
    let a = h;
    let arg = |k: &str| c.args.get(k).map_or("", String::as_str);
    match c.name {
        "callout" => format!(
            "<div class=\"callout callout-{}\" role=\"note\">\n{}</div>\n",
            h(c.kind.unwrap_or("note")),
            c.body
        ),
        "video" => {
            let (url, host) = c.video.as_ref().map_or(("", ""), |v| (v.url.as_str(), v.host.as_str()));
            let title = if arg("title").is_empty() { url } else { arg("title") };
            format!(
                "<p><a href=\"{}\">{}</a> ({})</p>\n{}",
                a(url),
                h(title),
                h(host),
                c.body
            )
        }
        "details" => format!(
            "<details{}>\n<summary>{}</summary>\n{}</details>\n",
            if arg("open") == "true" { " open" } else { "" },
            h(arg("summary")),
            c.body
        ),
        "button" => format!(
            "<p><a href=\"{}\">{}</a></p>\n",
            a(c.href.as_deref().unwrap_or("#")),
            h(&c.text)
        ),
        "figure" => {
            let credit = if arg("credit").is_empty() {
                String::new()
            } else {
                format!(" <small>{}</small>", h(arg("credit")))
            };
            format!(
                "<figure>\n<img src=\"{}\" alt=\"{}\">\n<figcaption>{}{credit}</figcaption>\n</figure>\n",
                a(c.src.as_deref().unwrap_or_default()),
                a(arg("alt")),
                c.body.trim()
            )
        }
        _ => c.body.clone(),
    }
}

/// A component ready for its template: the values a
/// `templates/components/<name>.html` receives.
#[derive(Debug, Clone, Serialize)]
pub struct Rendered<'a> {
    /// The component's name (`callout` for `> [!NOTE]`).
    pub name: &'a str,
    /// Arguments by name, as written.
    pub args: &'a BTreeMap<&'static str, String>,
    /// The body as HTML (rendered Markdown, sanitised like the page).
    pub body: String,
    /// The body as plain text (a button's label).
    pub text: String,
    /// Callouts: `note`, `tip`, `important`, `warning` or `caution`.
    pub kind: Option<&'static str>,
    /// Videos: where it is and how to embed it.
    pub video: Option<Video>,
    /// Buttons: the resolved link, relative to the page.
    pub href: Option<String>,
    /// Figures: the resolved image address, relative to the page.
    pub src: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_words_quotes_and_keys() {
        let c = check("figure", "a.jpg alt=\"Two people\" credit=Anna").unwrap();
        assert_eq!(c.args["src"], "a.jpg");
        assert_eq!(c.args["alt"], "Two people");
        assert_eq!(c.args["credit"], "Anna");
        let d = check("details", "\"What is 1=1?\"").unwrap();
        assert_eq!(d.args["summary"], "What is 1=1?");
    }

    #[test]
    fn missing_and_repeated_arguments_are_problems() {
        assert!(check("figure", "a.jpg").unwrap_err().message.contains("`alt`"));
        assert!(check("video", "").unwrap_err().message.contains("url"));
        assert!(
            check("video", "x title=a title=b")
                .unwrap_err()
                .message
                .contains("twice")
        );
        assert!(check("details", "a \"b").unwrap_err().message.contains("quote"));
    }

    #[test]
    fn only_known_video_hosts_with_clean_ids_are_embedded() {
        assert_eq!(
            video("https://www.youtube.com/watch?v=abc_-1&t=2").unwrap().url,
            "https://www.youtube.com/watch?v=abc_-1"
        );
        assert!(video("https://www.youtube.com/watch?v=a\"b").is_none());
        assert!(video("https://vimeo.com/abc").is_none());
        assert!(video("https://evil\"host/w/abc").is_none());
        assert_eq!(
            video("https://tube.example.org/videos/watch/abc-1").unwrap().provider,
            "peertube"
        );
    }
}
