//! The `mynaho-guide` binary: the window, or a command (see `mynaho_guide::cli`).

fn main() -> std::process::ExitCode {
    mynaho_guide::cli::main()
}
