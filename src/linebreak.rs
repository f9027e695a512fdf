//! Where a line may break, for the window and the sheet alike (both wrap with cosmic-text,
//! which follows Unicode line breaking, UAX #14). Left alone it breaks Thai, Khmer, Burmese and
//! Lao nowhere or anywhere (they write no spaces), and Japanese between any two characters
//! (「使えませ／ん」). [`prepare`] marks the text before shaping:
//!
//! - Thai, Lao, Khmer and Burmese: a zero-width space (U+200B) at each word boundary ICU's
//!   dictionary segmenter finds, so lines break between words only;
//! - Japanese: breaks only between phrases — after 、。」） and the like, before 「（, and where
//!   hiragana (a particle or an ending) is followed by kanji, katakana, a letter or a digit;
//!   everywhere else a word joiner (U+2060). So no line starts with 。、」）ー or small kana
//!   (禁則) and no word of kana is cut;
//! - やさしい日本語: words are spaced already, so lines break at the spaces (and after 、。) only;
//! - a Japanese term inside another language (「certificado (資格確認書)」) is never broken;
//! - Chinese breaks between any two characters (UAX #14 keeps ，。 from starting a line);
//! - Korean words and hyphenated names (「J-LIS」) stay whole.
//!
//! Both marks are invisible and take no room; a shaper that sees them breaks where allowed.

use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

/// Forbids a break between its neighbours.
pub const WORD_JOINER: char = '\u{2060}';
/// Allows a break between its neighbours.
pub const BREAK: char = '\u{200B}';

/// The text with its break marks for `lang` (a locale code).
pub fn prepare(text: &str, lang: &str) -> String {
    let text = break_southeast_asian_words(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(2).map(|j| chars[j]);
        if i > 0 && joins(before, chars[i - 1], c, lang) {
            out.push(WORD_JOINER);
        }
        out.push(c);
    }
    out
}

/// The text without the marks [`prepare`] adds (for the text a reader copies or a test reads).
pub fn strip(text: &str) -> String {
    text.chars().filter(|&c| !is_mark(c)).collect()
}

/// Whether `c` is one of the marks [`prepare`] adds.
pub fn is_mark(c: char) -> bool {
    c == WORD_JOINER || c == BREAK
}

/// Whether a break between `a` and `b` (after `before`) must be forbidden, where UAX #14 alone
/// would allow one: [`prepare`] puts a [`WORD_JOINER`] there.
pub fn joins(before: Option<char>, a: char, b: char, lang: &str) -> bool {
    if a.is_whitespace() || b.is_whitespace() || a == BREAK || b == BREAK {
        return false;
    }
    // Korean words are set apart by spaces: a word stays whole (CSS `word-break: keep-all`),
    // never 「한국|어」.
    if is_hangul(a) && is_hangul(b) {
        return true;
    }
    // A hyphenated name stays whole: 「J-LIS」 never ends a line at 「J-」.
    if a == '-' && before.is_some_and(|c| c.is_ascii_alphanumeric()) && b.is_ascii_alphanumeric() {
        return true;
    }
    if !(is_cjk(a) || is_cjk(b)) {
        return false;
    }
    match lang {
        "ja" => !phrase_boundary(before, a, b),
        // やさしい日本語 breaks at its spaces (and after 、。).
        "ja-yasashii" => !("、。！？".contains(a) && !is_closing(b) && !is_inner_mark(b) && !is_small(b)),
        // Chinese breaks between any two characters; UAX #14 keeps ，。） from starting a line.
        _ if lang.starts_with("zh") => false,
        // Elsewhere a Japanese term stays whole; a list of names breaks after its 「・」.
        _ => {
            let term = |c: char| is_cjk(c) || "()".contains(c);
            a != '・' && ((is_cjk(a) && term(b)) || (term(a) && is_cjk(b)))
        }
    }
}

/// Where a Japanese line may break: between phrases, never before closing marks or small kana.
fn phrase_boundary(before: Option<char>, a: char, b: char) -> bool {
    if is_closing(b) || is_inner_mark(b) || is_small(b) || is_opening(a) {
        return false;
    }
    if is_closing(a) || is_opening(b) {
        return true;
    }
    // お・ご in front of a word are part of it (お住まい, ご家族), not the end of a phrase.
    let prefix = "おご".contains(a) && !before.is_some_and(is_hiragana);
    if is_hiragana(a) && is_hiragana(b) {
        // A particle ends a phrase before more kana: を always, は and が right after a word of
        // kanji or katakana (カードは|なくした). Not the others: they begin compounds (として,
        // では, です, について), and not inside a kana word (ので, ください).
        let after_word = before.is_some_and(|p| is_kanji(p) || is_katakana(p));
        return a == 'を' || ("はが".contains(a) && after_word);
    }
    is_hiragana(a) && !prefix && (is_kanji(b) || is_katakana(b) || b.is_ascii_alphanumeric())
}

fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

fn is_katakana(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c) || ('\u{31F0}'..='\u{31FF}').contains(&c)
}

fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c) || c == '々'
}

/// Characters that UAX #14 lets a line break around like ideographs (kana, kanji, CJK and
/// full-width punctuation and forms).
fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{1100}'..='\u{11FF}').contains(&c)
}

fn is_cjk(c: char) -> bool {
    is_hiragana(c)
        || is_katakana(c)
        || is_kanji(c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// Marks that end a phrase and must not begin a line (閉じ括弧, 句読点, and the like).
fn is_closing(c: char) -> bool {
    "、。，．？！）」』】〉》〕］｝)]}…‥".contains(c)
}

/// Marks inside a word that must not begin a line either (長音, 中点, 波ダッシュ).
fn is_inner_mark(c: char) -> bool {
    "ー〜～・：；".contains(c)
}

/// Marks that must not end a line.
fn is_opening(c: char) -> bool {
    "（「『【〈《〔［｛([{".contains(c)
}

/// Small kana, which never begin a line.
fn is_small(c: char) -> bool {
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ".contains(c)
}

/// Thai, Lao, Myanmar and Khmer: the scripts written without spaces between words.
fn is_southeast_asian(c: char) -> bool {
    ('\u{0E00}'..='\u{0EFF}').contains(&c)
        || ('\u{1000}'..='\u{109F}').contains(&c)
        || ('\u{1780}'..='\u{17FF}').contains(&c)
        || ('\u{AA60}'..='\u{AA7F}').contains(&c)
}

/// Puts a [`BREAK`] at each word boundary inside runs of Thai, Lao, Khmer and Burmese.
fn break_southeast_asian_words(text: &str) -> String {
    if !text.chars().any(is_southeast_asian) {
        return text.to_owned();
    }
    let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
    let boundaries: Vec<usize> = segmenter.segment_str(text).collect();
    let mut out = String::with_capacity(text.len() + boundaries.len() * 3);
    let mut last = 0;
    for &at in &boundaries {
        if at == 0 || at >= text.len() {
            continue;
        }
        out.push_str(&text[last..at]);
        let before = text[..at].chars().next_back();
        let after = text[at..].chars().next();
        // Never before a full stop or comma of these scripts (។ ៕ ။ ၊ ฯ ๆ): it would begin a line.
        let stop = after.is_some_and(|c| "។៕៖ៗ៘៙៚။၊ฯๆ๚๛".contains(c));
        if before.is_some_and(is_southeast_asian) && after.is_some_and(is_southeast_asian) && !stop {
            out.push(BREAK);
        }
        last = at;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests;
