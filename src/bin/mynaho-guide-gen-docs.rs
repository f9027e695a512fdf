//! Writes what the package installs beside the program, generated from the command-line
//! definitions so they never drift: the man page `mynaho-guide.1` (clap_mangen) and the shell
//! completions for bash, zsh and fish (clap_complete). Used by `scripts/package.sh`.
//!
//! Usage: `mynaho-guide-gen-docs DIR`

use std::path::PathBuf;
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;
use mynaho_guide::cli::Cli;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: mynaho-guide-gen-docs DIR");
        return ExitCode::from(2);
    };
    match generate(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("mynaho-guide-gen-docs: {}: {error}", dir.display());
            ExitCode::FAILURE
        }
    }
}

fn generate(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let command = Cli::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone())
        .date("2026-12-01")
        .render(&mut page)?;
    std::fs::write(dir.join("mynaho-guide.1"), page)?;
    for (shell, file) in [
        (Shell::Bash, "mynaho-guide"),
        (Shell::Zsh, "_mynaho-guide"),
        (Shell::Fish, "mynaho-guide.fish"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut command.clone(), "mynaho-guide", &mut out);
        std::fs::write(dir.join(file), out)?;
    }
    Ok(())
}
