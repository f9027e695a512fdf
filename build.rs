//! Generates the `msg!` macro from the Japanese reference messages: `msg!("gui-dates-title")`
//! compiles only if `i18n/ja/mynaho_guide.ftl` has that message, so a mistyped id is a build
//! error instead of a raw id shown to a person.

use std::fmt::Write as _;

fn main() {
    let source = "i18n/ja/mynaho_guide.ftl";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(source).unwrap_or_default();
    let mut ids: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        if starts_message {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim().to_owned();
                ids.push(id.clone());
                current = Some(id);
            }
        } else if let Some(id) = &current {
            // An attribute line: `    .label = …` gives `id.label`.
            let trimmed = line.trim_start();
            if let Some(rest) = trimmed.strip_prefix('.')
                && let Some((attribute, _)) = rest.split_once('=')
                && line.starts_with(' ')
            {
                ids.push(format!("{id}.{}", attribute.trim()));
            }
        }
    }
    let mut out = String::from(
        "/// A message id checked at compile time against the Japanese reference messages.\n\
         #[macro_export]\nmacro_rules! msg {\n",
    );
    for id in &ids {
        let _ = writeln!(
            out,
            "    (\"{id}\") => {{ $crate::i18n::MessageId::checked(\"{id}\") }};"
        );
    }
    out.push_str("}\n");
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let path = std::path::Path::new(&dir).join("msg_macro.rs");
    if let Err(error) = std::fs::write(&path, out) {
        println!("cargo:warning=cannot write {}: {error}", path.display());
    }
}
