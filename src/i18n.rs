//! Locales and messages: the Fluent files under `i18n/<lang>/` (embedded), one `Localizer` per
//! language with `ja` as the fallback, the list of languages with their own names, and the
//! choice of language from `--lang` or the system locale.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::assets::Translations;

/// The reference locale and fallback.
pub const FALLBACK: &str = "ja";

/// The order languages are offered in (those with a folder under `i18n/`).
const ORDER: [&str; 16] = [
    "ja",
    "ja-yasashii",
    "en",
    "zh-CN",
    "zh-TW",
    "ko",
    "es",
    "pt-BR",
    "tl",
    "vi",
    "id",
    "ne",
    "th",
    "my",
    "km",
    "mn",
];

/// A language the program speaks.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Language {
    /// Locale code (folder name under `i18n/`).
    pub code: String,
    /// The language's name in its own script.
    pub name: String,
}

/// The locale codes with a folder under `i18n/`, in the order they are offered.
pub fn available() -> Vec<String> {
    let mut codes: Vec<String> = Translations::iter()
        .filter_map(|path| path.split('/').next().map(str::to_string))
        .filter(|code| code.parse::<LanguageIdentifier>().is_ok())
        .collect();
    codes.sort_by_key(|code| {
        (
            ORDER.iter().position(|o| o == code).unwrap_or(ORDER.len()),
            code.clone(),
        )
    });
    codes.dedup();
    codes
}

/// Every language, with its own name (message `language-name` of that locale).
///
/// Built once: the window lists the languages on every frame of Home and Settings, and each
/// name needs that locale's files parsed.
pub fn languages() -> Vec<Language> {
    static LANGUAGES: std::sync::OnceLock<Vec<Language>> = std::sync::OnceLock::new();
    LANGUAGES
        .get_or_init(|| {
            available()
                .into_iter()
                .map(|code| {
                    let name = Localizer::new(&code).text(msg!("language-name"));
                    Language { code, name }
                })
                .collect()
        })
        .clone()
}

/// The available locale a requested code means (`ja_JP.UTF-8` → `ja`, `pt` → `pt-BR`,
/// `zh-Hant` → `zh-TW`, `ja-easy` → `ja-yasashii`), or `None`.
pub fn match_language(requested: &str) -> Option<String> {
    let cleaned = requested
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let available = available();
    if let Some(code) = available.iter().find(|code| code.eq_ignore_ascii_case(&cleaned)) {
        return Some(code.clone());
    }
    let lower = cleaned.to_ascii_lowercase();
    let alias = match lower.as_str() {
        "ja-easy" | "ja-plain" | "easy-japanese" => Some("ja-yasashii"),
        "zh-hant" | "zh-hk" | "zh-mo" | "zh-hant-tw" => Some("zh-TW"),
        "zh" | "zh-hans" | "zh-sg" | "zh-hans-cn" => Some("zh-CN"),
        "fil" | "fil-ph" => Some("tl"),
        _ => None,
    };
    if let Some(code) = alias.filter(|code| available.iter().any(|a| a == code)) {
        return Some(code.to_string());
    }
    let id: LanguageIdentifier = cleaned.parse().ok()?;
    let language = id.language.as_str();
    available
        .into_iter()
        .find(|code| code.split('-').next() == Some(language) && !code.contains("yasashii"))
}

/// The language of the system locale, falling back to `ja`.
pub fn system_language() -> String {
    let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty());
    from_env
        .or_else(sys_locale::get_locale)
        .and_then(|locale| match_language(&locale))
        .unwrap_or_else(|| FALLBACK.to_string())
}

/// `--lang` when given and known, else the system language.
pub fn resolve(requested: Option<&str>) -> String {
    requested.and_then(match_language).unwrap_or_else(system_language)
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(code: &str) -> Option<Bundle> {
    let id: LanguageIdentifier = code.parse().ok()?;
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/9) break exact-text selectors and leak into the PDF text layer.
    bundle.set_use_isolating(false);
    let prefix = format!("{code}/");
    let mut files: Vec<String> = Translations::iter()
        .filter(|p| p.starts_with(&prefix) && p.ends_with(".ftl"))
        .map(Into::into)
        .collect();
    files.sort();
    for file in files {
        let text = Translations::get(&file).and_then(|f| String::from_utf8(f.data.into_owned()).ok())?;
        // A broken file is caught by the completeness tests; at run time keep what parsed.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    Some(bundle)
}

/// Formats messages in one language, falling back to Japanese for anything missing.
/// A message id known at compile time to exist in Japanese: made only by `msg!("id")`.
///
/// ```
/// let id = mynaho_guide::msg!("app-title");
/// assert_eq!(mynaho_guide::i18n::Localizer::new("ja").text(id), "マイナ保険証ガイド");
/// ```
///
/// A mistyped id does not compile:
///
/// ```compile_fail
/// let id = mynaho_guide::msg!("app-titel");
/// ```
///
/// Nor does a bare string literal passed as a message:
///
/// ```compile_fail
/// let text = mynaho_guide::i18n::Localizer::new("ja").text("app-title");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(&'static str);

impl std::fmt::Display for MessageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl AsRef<str> for MessageId {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl MessageId {
    /// Used by the `msg!` macro after it checked the id; not for other code.
    #[doc(hidden)]
    pub const fn checked(id: &'static str) -> Self {
        MessageId(id)
    }

    /// The id.
    pub const fn as_str(&self) -> &'static str {
        self.0
    }
}

/// A message id as the localizer takes it: checked at compile time ([`MessageId`]), or a
/// `String` built at run time or read from validated data (the guide, the rules), which the
/// tests check against the messages. A bare string literal is neither: it must go through
/// `msg!`, so a typo cannot reach a person.
#[derive(Debug, Clone, Copy)]
pub struct Id<'a>(&'a str);

impl From<MessageId> for Id<'_> {
    fn from(id: MessageId) -> Self {
        Id(id.0)
    }
}

impl From<&MessageId> for Id<'_> {
    fn from(id: &MessageId) -> Self {
        Id(id.0)
    }
}

impl<'a> From<&'a String> for Id<'a> {
    fn from(id: &'a String) -> Self {
        Id(id)
    }
}

impl<'a> Id<'a> {
    /// The id.
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

#[derive(Clone)]
pub struct Localizer {
    lang: String,
    bundles: Arc<Vec<Bundle>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish()
    }
}

impl Localizer {
    /// A localizer for `lang` (an available code; anything else gives Japanese).
    pub fn new(lang: &str) -> Localizer {
        let lang = match_language(lang).unwrap_or_else(|| FALLBACK.to_string());
        let mut chain = vec![lang.clone()];
        if let Some((base, _)) = lang.split_once('-').filter(|(base, _)| *base == FALLBACK) {
            chain.push(base.to_string());
        }
        if !chain.iter().any(|c| c == FALLBACK) {
            chain.push(FALLBACK.to_string());
        }
        let bundles = chain.iter().filter_map(|code| bundle(code)).collect();
        Localizer {
            lang,
            bundles: Arc::new(bundles),
        }
    }

    /// The locale code this localizer speaks.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the message exists in this language itself (not through the fallback).
    pub fn has_own(&self, id: impl AsRef<str>) -> bool {
        self.bundles
            .first()
            .is_some_and(|bundle| bundle.has_message(id.as_ref()))
    }

    /// Joins items of a list the way the language writes lists (「、」 in Japanese and Chinese).
    pub fn join(&self, items: &[String]) -> String {
        let separator = if self.lang().starts_with("ja") || self.lang().starts_with("zh") {
            "、"
        } else {
            ", "
        };
        items.join(separator)
    }

    /// The message `id` without arguments.
    pub fn text<'a>(&self, id: impl Into<Id<'a>>) -> String {
        self.text_with(id, &[])
    }

    /// The message `id` with arguments; the id itself when no locale has it (only a run-time id
    /// can be missing, and the tests check those).
    pub fn text_with<'a>(&self, id: impl Into<Id<'a>>, args: &[(&str, FluentValue<'_>)]) -> String {
        let id = id.into().as_str();
        let (id, attribute) = match id.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (id, None),
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in self.bundles.iter() {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let args = if args.is_empty() { None } else { Some(&fluent_args) };
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        match attribute {
            Some(attribute) => format!("{id}.{attribute}"),
            None => id.to_string(),
        }
    }

    /// The message with string arguments (a convenience for the common case).
    pub fn text_str<'a>(&self, id: impl Into<Id<'a>>, args: &[(&str, &str)]) -> String {
        let values: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(*value)))
            .collect();
        self.text_with(id, &values)
    }
}
