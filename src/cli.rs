//! Command-line interface: argument parsing (clap) and printing. The only
//! place that writes to the terminal and picks exit codes.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Prints a line to stdout, ignoring a closed pipe (`tolk status | head`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
use tolk::error::{Diagnostic, Error};

/// tolk: build translated static websites from Markdown.
#[derive(Debug, Parser)]
#[command(name = "tolk", version, about, long_about = None)]
pub struct Cli {
    /// Print more detail (warnings are always printed).
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Preview the site: build it in memory, serve it, rebuild and reload the browser on every save.
    Serve(ServeArgs),
    /// Build in memory and check links, anchors, images and UI strings.
    Check(CheckArgs),
    /// Show which translations are up to date, stale, untracked or missing.
    Status(StatusArgs),
    /// Record that a translation is up to date with its original (writes `translated_from`).
    Translated {
        /// The translation, e.g. content/en/about.md.
        #[arg(required_unless_present = "marked", conflicts_with = "marked")]
        file: Option<PathBuf>,
        /// Record every translation marked `translated: true` (the CMS's
        /// "up to date" box) instead of one FILE.
        #[arg(long)]
        marked: bool,
        /// The site's folder (where site.yaml is); by default the first
        /// folder above FILE that has one.
        #[arg(long)]
        root: Option<PathBuf>,
    },
    /// Create a page as a draft (from archetypes/<section>.md if there is one); never overwrites.
    New {
        /// The page: `news/meeting.md` (in the source language or --lang) or `content/<lang>/news/meeting.md`.
        path: PathBuf,
        /// The page's language (default: the source language).
        #[arg(long)]
        lang: Option<String>,
        /// The site's folder (where site.yaml is).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Start the translation of a page into a language: its front matter and text to translate; never overwrites.
    Translate {
        /// The original: `about.md` or `content/<source language>/about.md`.
        path: PathBuf,
        /// The language to translate into.
        #[arg(long)]
        to: String,
        /// The site's folder (where site.yaml is).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Write po/messages.pot and update po/<lang>.po (gettext catalogues, one message per block) from the source pages.
    Po {
        /// Only this language's catalogue (default: every language but the source language).
        #[arg(long)]
        lang: Option<String>,
        /// The site's folder (where site.yaml is).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a new site in DIR, with the default theme and one page per language.
    Init {
        /// Folder to create (must not exist or be empty).
        dir: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// The site's folder (where site.yaml is).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output folder (default: output.dir from site.yaml, usually public/).
    #[arg(long)]
    output: Option<PathBuf>,
    /// Replace base_url, e.g. for a preview address.
    #[arg(long)]
    base_url: Option<String>,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Include pages whose `publish_date` is still to come (a preview of an embargoed page).
    #[arg(long)]
    future: bool,
    /// Include pages whose `expiry_date` has passed.
    #[arg(long)]
    expired: bool,
    /// Treat missing UI strings as errors.
    #[arg(long)]
    strict: bool,
    /// The date and time the calendar treats as now (RFC 3339), for reproducible builds.
    #[arg(long, value_parser = parse_now)]
    now: Option<jiff::Timestamp>,
    /// Replace the output folder even if it holds files tolk did not write
    /// (never the site's own sources).
    #[arg(long)]
    force: bool,
    /// Build no search index, whatever site.yaml says (quicker builds).
    #[arg(long)]
    no_search: bool,
}

/// Output format of `check` and `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For scripts and CI (stable, documented in the README).
    Json,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// The site's folder (where site.yaml is).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Fail (exit 1) on warnings too: `--deny warnings`.
    #[arg(long, value_parser = ["warnings"])]
    deny: Option<String>,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Include pages whose `publish_date` is still to come (a preview of an embargoed page).
    #[arg(long)]
    future: bool,
    /// Include pages whose `expiry_date` has passed.
    #[arg(long)]
    expired: bool,
    /// Also request every external link (needs the network; off by default).
    #[arg(long)]
    external: bool,
    /// The date and time the calendar and the publishing schedule treat as now (RFC 3339).
    #[arg(long, value_parser = parse_now)]
    now: Option<jiff::Timestamp>,
}

/// What `status --fail-on` fails on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOn {
    /// A translation is missing.
    Missing,
    /// A translation is stale (its original changed since).
    Stale,
}

#[derive(Debug, clap::Args)]
struct StatusArgs {
    /// The site's folder (where site.yaml is).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit 1 when a translation is missing or stale (can be given twice).
    #[arg(long, value_enum)]
    fail_on: Vec<FailOn>,
    /// Show how the original of the translation PATH changed since the
    /// version it was translated from (found in git by `translated_from`).
    #[arg(long, value_name = "PATH", conflicts_with = "html")]
    diff: Option<PathBuf>,
    /// Write the translation dashboard (static HTML) into DIR.
    #[arg(long, value_name = "DIR")]
    html: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// The site's folder (where site.yaml is).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Address to listen on (only this computer by default).
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Port to listen on; the next free one is used if it is taken (0: any free port).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// Open the preview in the default browser.
    #[arg(long)]
    open: bool,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Include pages whose `publish_date` is still to come (a preview of an embargoed page).
    #[arg(long)]
    future: bool,
    /// Include pages whose `expiry_date` has passed.
    #[arg(long)]
    expired: bool,
    /// The date and time the calendar treats as now (RFC 3339).
    #[arg(long, value_parser = parse_now)]
    now: Option<jiff::Timestamp>,
}

fn parse_now(text: &str) -> Result<jiff::Timestamp, String> {
    text.parse::<jiff::Timestamp>()
        .or_else(|_| {
            text.parse::<jiff::civil::Date>().map_err(|_| ()).and_then(|d| {
                d.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .map(|z| z.timestamp())
                    .map_err(|_| ())
            })
        })
        .map_err(|()| format!("`{text}` is not a date and time; write e.g. 2026-11-29T12:00:00Z or 2026-11-29"))
}

/// Parses the process arguments (exits with code 2 on bad usage).
pub fn parse() -> Cli {
    Cli::parse()
}

/// Runs a command and returns the process exit code: 0 success, 1 problems
/// in the site, 2 wrong usage.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Build(args) => {
            let root = args.root.clone();
            return match build(args, cli.verbose) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e, Some(&root), Ending::Build),
            };
        }
        Command::Serve(args) => serve(args),
        Command::Check(args) => return check(args),
        Command::Status(args) => return status(args),
        Command::Translated { file: None, root, .. } => {
            let root = root.unwrap_or_else(|| PathBuf::from("."));
            return match tolk::status::record_marked(&root) {
                Ok(done) => {
                    for (file, hash) in &done {
                        say!("{}: translated_from: {hash}", file.display());
                    }
                    if done.is_empty() {
                        say!("No translation is marked `translated: true`; nothing to record.");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e, Some(&root), Ending::NothingWritten),
            };
        }
        Command::Translated {
            file: Some(file), root, ..
        } => {
            return match tolk::status::mark_translated(root.as_deref(), &file) {
                Ok(hash) => {
                    say!("{}: translated_from: {hash}", file.display());
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e, root.as_deref(), Ending::NothingWritten),
            };
        }
        Command::New { path, lang, root } => {
            let done = tolk::config::Config::load(&root)
                .and_then(|config| {
                    let target = tolk::translate::target(&config, &path, lang.as_deref())?;
                    tolk::translate::new_page(&config, &target)
                })
                .map(|file| {
                    say!(
                        "Created {} (a draft: remove `draft: true` to publish it)",
                        file.display()
                    )
                });
            return match done {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e, Some(&root), Ending::NothingWritten),
            };
        }
        Command::Translate { path, to, root } => {
            let done = tolk::config::Config::load(&root)
                .and_then(|config| {
                    let source = tolk::translate::target(&config, &path, None)?;
                    tolk::translate::start_translation(&config, &source, &to)
                })
                .map(|file| {
                    say!(
                        "Created {}; translate it, then run: tolk translated {}",
                        file.display(),
                        file.display()
                    )
                });
            return match done {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(e, Some(&root), Ending::NothingWritten),
            };
        }
        Command::Po { lang, root } => {
            let done = tolk::config::Config::load(&root).and_then(|config| tolk::po::update(&config, lang.as_deref()));
            return match done {
                Ok(report) => {
                    say!("po/messages.pot: {} messages", report.messages);
                    for (l, t, f, u, o) in report.catalogues {
                        say!("po/{l}.po: {t} translated, {f} fuzzy, {u} untranslated, {o} obsolete");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e, Some(&root), Ending::NothingWritten),
            };
        }
        Command::Init { dir } => tolk::init::create(&dir).map(|languages| {
            say!(
                "Created a new site in {} with {} languages. Build it with: tolk build --root {}",
                dir.display(),
                languages,
                dir.display()
            );
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(error, None, Ending::NothingWritten),
    }
}

/// What a failed command says after its problems.
#[derive(Clone, Copy)]
enum Ending {
    /// `build`: nothing was published.
    Build,
    /// `check`, `status`: the site could not be read.
    NotRead,
    /// `translated`, `init`: no file was changed.
    NothingWritten,
}

fn serve(args: ServeArgs) -> Result<(), Error> {
    let build = tolk::BuildOptions {
        root: args.root,
        drafts: args.drafts,
        future: args.future,
        expired: args.expired,
        now: args.now,
        ..Default::default()
    };
    let options = tolk::serve::ServeOptions {
        build,
        bind: args.bind,
        port: args.port,
        open: args.open,
    };
    tolk::serve::serve(options)
}

/// Prints every problem (with its source line when the site's files can be
/// read) and a closing line in the command's own terms; returns the exit
/// code: 2 for wrong usage, 1 otherwise.
fn fail(error: Error, root: Option<&std::path::Path>, ending: Ending) -> ExitCode {
    let Error::Build(mut diagnostics) = error else {
        eprintln!("{error}");
        return match error {
            Error::Usage(_) => ExitCode::from(2),
            _ => ExitCode::from(1),
        };
    };
    if let Some(root) = root.and_then(|r| tolk::fs::SiteRoot::new(r).ok()) {
        tolk::error::attach_sources(&mut diagnostics, &root);
    }
    for d in &diagnostics {
        eprintln!("{d}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let plural = if errors == 1 { "" } else { "s" };
    match ending {
        Ending::Build => eprintln!("build failed with {errors} error{plural}; the previous output was left untouched"),
        Ending::NotRead => {
            eprintln!("{errors} error{plural} stop tolk from reading the site; fix them and run the command again")
        }
        Ending::NothingWritten => eprintln!("{errors} error{plural}; no file was changed"),
    }
    ExitCode::from(1)
}

fn check(args: CheckArgs) -> ExitCode {
    let options = tolk::BuildOptions {
        root: args.root,
        drafts: args.drafts,
        future: args.future,
        expired: args.expired,
        now: args.now,
        ..Default::default()
    };
    let report = match tolk::check::check(
        &options,
        tolk::check::CheckOptions {
            external: args.external,
        },
    ) {
        Ok(r) => r,
        Err(e) => return fail(e, Some(&options.root), Ending::NotRead),
    };
    match args.format {
        Format::Json => say!("{}", serde_json::to_string_pretty(&report).unwrap_or_default()),
        Format::Text => {
            let mut diagnostics: Vec<Diagnostic> = report.problems.iter().map(|p| p.diagnostic.clone()).collect();
            if let Ok(root) = tolk::fs::SiteRoot::new(&options.root) {
                tolk::error::attach_sources(&mut diagnostics, &root);
            }
            for d in &diagnostics {
                say!("{d}");
            }
            let counts = format!(
                "{} error{}, {} warning{}",
                report.errors,
                if report.errors == 1 { "" } else { "s" },
                report.warnings,
                if report.warnings == 1 { "" } else { "s" }
            );
            if report.built {
                say!(
                    "Checked {} pages ({} HTML files with the language chooser, 404 page and redirects) and {} links: {counts}",
                    report.pages,
                    report.html_files,
                    report.links
                );
            } else {
                say!("The site could not be built, so its pages and links were not checked: {counts}");
            }
        }
    }
    let failed = report.errors > 0 || (args.deny.is_some() && report.warnings > 0);
    if failed { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

fn status_diff(args: &StatusArgs, file: &std::path::Path) -> ExitCode {
    let found = tolk::config::Config::load(&args.root).and_then(|config| {
        let (translation, original) = tolk::history::pages(&config, file)?;
        tolk::history::change(&config, &translation, &original)
    });
    let change = match found {
        Ok(c) => c,
        Err(e) => return fail(e, Some(&args.root), Ending::NotRead),
    };
    match args.format {
        Format::Json => say!("{}", serde_json::to_string_pretty(&change).unwrap_or_default()),
        Format::Text => match &change.described {
            None => say!(
                "{} is current: {} has not changed since it was translated.",
                change.translation.display(),
                change.original.display()
            ),
            Some(described) => {
                say!(
                    "{} was translated from {} as of {described}; since then it changed:",
                    change.translation.display(),
                    change.original.display()
                );
                say!("{}", change.diff.trim_end());
            }
        },
    }
    ExitCode::SUCCESS
}

fn status(args: StatusArgs) -> ExitCode {
    if let Some(file) = &args.diff {
        return status_diff(&args, file);
    }
    let languages = match tolk::status::status(&args.root) {
        Ok(l) => l,
        Err(e) => return fail(e, Some(&args.root), Ending::NotRead),
    };
    if let Some(dir) = &args.html {
        let written =
            tolk::config::Config::load(&args.root).and_then(|config| tolk::dashboard::write(&config, &languages, dir));
        return match written {
            Ok(dir) => {
                say!("Wrote the translation dashboard: {}", dir.join("index.html").display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(e, Some(&args.root), Ending::NotRead),
        };
    }
    match args.format {
        Format::Json => say!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "version": 1, "languages": languages }))
                .unwrap_or_default()
        ),
        Format::Text => {
            for l in &languages {
                let partial = if l.partial > 0 {
                    format!(", {} partly translated", l.partial)
                } else {
                    String::new()
                };
                say!(
                    "{}: {}% up to date ({} of {}): {} current{partial}, {} stale, {} untracked, {} missing{}{}",
                    l.lang,
                    l.percent,
                    l.current,
                    l.total,
                    l.current - l.marked,
                    l.stale,
                    l.untracked,
                    l.missing,
                    if l.marked > 0 {
                        format!(
                            ", {} marked up to date but not recorded (run: tolk translated --marked)",
                            l.marked
                        )
                    } else {
                        String::new()
                    },
                    if l.orphaned > 0 {
                        format!(", {} orphaned", l.orphaned)
                    } else {
                        String::new()
                    }
                );
                if let (Some(file), Some(m)) = (&l.catalogue, l.messages) {
                    say!(
                        "  catalogue {}: {} messages translated, {} fuzzy, {} untranslated",
                        file.display(),
                        m.translated,
                        m.fuzzy,
                        m.untranslated
                    );
                }
                for e in l.pages.iter().filter(|e| e.state != tolk::status::State::Current) {
                    let what = match e.state {
                        tolk::status::State::Stale => "stale    ",
                        tolk::status::State::Untracked => "untracked",
                        tolk::status::State::Marked => "marked   ",
                        tolk::status::State::Missing => "missing  ",
                        tolk::status::State::Current => "current  ",
                        tolk::status::State::Orphaned => "orphaned ",
                        tolk::status::State::Partial => "partial  ",
                    };
                    let file = match (&e.file, e.state) {
                        (None, _) => format!("(no translation of {})", e.original.display()),
                        (Some(f), tolk::status::State::Orphaned) => {
                            format!("{} (no original: {} does not exist)", f.display(), e.original.display())
                        }
                        (Some(f), _) => f.display().to_string(),
                    };
                    let messages = e.messages.map_or(String::new(), |m| {
                        format!(
                            " ({} %: {} of {} messages translated, {} fuzzy)",
                            e.percent,
                            m.translated,
                            m.translated + m.fuzzy + m.untranslated,
                            m.fuzzy
                        )
                    });
                    say!("  {what} {file}{messages}");
                }
            }
        }
    }
    let fails = |f: FailOn, pick: fn(&tolk::status::LanguageStatus) -> usize| {
        args.fail_on.contains(&f) && languages.iter().any(|l| pick(l) > 0)
    };
    if fails(FailOn::Missing, |l| l.missing) || fails(FailOn::Stale, |l| l.stale) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_warnings(root: &std::path::Path, warnings: &[Diagnostic]) {
    let mut warnings = warnings.to_vec();
    if let Ok(root) = tolk::fs::SiteRoot::new(root) {
        tolk::error::attach_sources(&mut warnings, &root);
    }
    for w in &warnings {
        eprintln!("{w}");
    }
}

fn build(args: BuildArgs, verbose: bool) -> Result<(), Error> {
    let options = tolk::BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        drafts: args.drafts,
        future: args.future,
        expired: args.expired,
        now: args.now,
        strict: args.strict,
        force: args.force,
        no_search: args.no_search,
    };
    let report = tolk::build(&options)?;
    print_warnings(&options.root, &report.warnings);
    if verbose {
        for (stage, took) in &report.timings {
            eprintln!("{stage:>20}: {:7.1} ms", took.as_secs_f64() * 1000.0);
        }
        eprintln!("{} files written", report.files);
    }
    let images = match report.images {
        c if c.published == 0 => String::new(),
        c => format!(
            " with {} resized image{} ({})",
            c.published,
            if c.published == 1 { "" } else { "s" },
            match (c.encoded, c.published - c.encoded) {
                (_, 0) => "all encoded".to_string(),
                (0, _) => "all from .tolk-cache".to_string(),
                (n, cached) => format!("{n} encoded, {cached} from .tolk-cache"),
            }
        ),
    };
    say!(
        "Built {} pages in {} languages{images} in {:.2} s → {}",
        report.pages,
        report.languages,
        report.duration.as_secs_f64(),
        report.output.strip_prefix(".").unwrap_or(&report.output).display()
    );
    if !report.held_back.is_empty() {
        say!(
            "Held back: {} (--future, --expired and --drafts include them)",
            report.held_back
        );
    }
    Ok(())
}
