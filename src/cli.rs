//! Command-line interface: argument parsing (clap) and printing. The only
//! place that writes to the terminal and picks exit codes.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
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
    /// Treat missing UI strings as errors.
    #[arg(long)]
    strict: bool,
    /// The date and time the calendar treats as now (RFC 3339), for reproducible builds.
    #[arg(long, value_parser = parse_now)]
    now: Option<jiff::Timestamp>,
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
        Command::Build(args) => build(args, cli.verbose),
        Command::Serve(args) => serve(args),
        Command::Init { dir } => tolk::init::create(&dir).map(|languages| {
            println!(
                "Created a new site in {} with {} languages. Build it with: tolk build --root {}",
                dir.display(),
                languages,
                dir.display()
            );
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            match error {
                Error::Usage(_) => ExitCode::from(2),
                _ => ExitCode::from(1),
            }
        }
    }
}

fn serve(args: ServeArgs) -> Result<(), Error> {
    let build = tolk::BuildOptions {
        root: args.root,
        drafts: args.drafts,
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

fn print_warnings(warnings: &[Diagnostic]) {
    for w in warnings {
        eprintln!("{w}");
    }
}

fn build(args: BuildArgs, verbose: bool) -> Result<(), Error> {
    let options = tolk::BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        drafts: args.drafts,
        now: args.now,
        strict: args.strict,
    };
    let report = tolk::build(&options)?;
    print_warnings(&report.warnings);
    if verbose {
        eprintln!("{} files written", report.files);
    }
    println!(
        "Built {} pages in {} languages in {:.2} s → {}",
        report.pages,
        report.languages,
        report.duration.as_secs_f64(),
        report.output.display()
    );
    Ok(())
}
