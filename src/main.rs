//! The `tolk` command: parses arguments and hands them to the library.

use std::process::ExitCode;

mod cli;

fn main() -> ExitCode {
    cli::run(cli::parse())
}
