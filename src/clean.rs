//! Text a person typed or pasted, made safe to shape and print: control characters (C0, C1)
//! removed, tabs and every line or paragraph separator (LF, CR, U+001C–U+001E, U+0085, U+2028,
//! U+2029) turned into a space, explicit bidi controls and other invisible format marks removed.
//! The shaper splits text into paragraphs at those separators and asserted on some mixes with
//! right-to-left text; a name is one line. No GUI.

/// Whether `c` ends a line or paragraph (Unicode bidi class B, plus the line separator).
fn separator(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether `c` is dropped: other controls, bidi embeddings and isolates, the BOM,
/// noncharacters.
fn dropped(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        || matches!(c, '\u{FDD0}'..='\u{FDEF}')
        || (c as u32 & 0xFFFE) == 0xFFFE
}

/// The text as one clean line: separators become single spaces, dropped characters go, the
/// ends are trimmed.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if separator(c) || c == ' ' {
            space = true;
        } else if !dropped(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Cleans text typed into a field as it is typed: like [`one_line`] but a trailing space stays
/// (the person is still typing the next word).
pub fn as_typed(text: &str) -> String {
    let cleaned = one_line(text);
    let trailing = text
        .chars()
        .last()
        .is_some_and(|c| c == ' ' || c == '\u{3000}' || separator(c));
    if trailing && !cleaned.is_empty() {
        format!("{cleaned} ")
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_controls_do_not_survive() {
        assert_eq!(one_line("abc \u{5d0}\u{2029}\u{5d1} x"), "abc \u{5d0} \u{5d1} x");
        assert_eq!(one_line("\u{5d0}\u{85}\u{5d1}"), "\u{5d0} \u{5d1}");
        assert_eq!(one_line("a\u{1c}\u{627}b"), "a \u{627}b");
        assert_eq!(one_line("  山田\t花子\r\n"), "山田 花子");
        assert_eq!(one_line("\u{202E}abc\u{202C}\u{0}"), "abc");
        // Full-width spaces, combining marks and scripts are kept.
        assert_eq!(one_line("山田\u{3000}花子"), "山田\u{3000}花子");
        assert_eq!(one_line("e\u{301} ก\u{e34}"), "e\u{301} ก\u{e34}");
        assert_eq!(as_typed("山田 "), "山田 ");
        assert_eq!(as_typed("\u{2029}"), "");
    }
}
