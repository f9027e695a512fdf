//! Nothing can render as tofu: every character of every locale's messages is covered by a face
//! of that locale's font chain (read from the fonts' cmaps).

use std::collections::BTreeSet;

use mynaho_guide::assets::Translations;
use mynaho_guide::fonts;
use mynaho_guide::i18n;

fn locale_characters(lang: &str) -> BTreeSet<char> {
    let mut chars = BTreeSet::new();
    for path in Translations::iter().filter(|p| p.starts_with(&format!("{lang}/")) && p.ends_with(".ftl")) {
        let file = Translations::get(&path).expect("listed file");
        let text = String::from_utf8(file.data.into_owned()).expect("UTF-8");
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // The value part of `id = value` and continuation lines.
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            chars.extend(value.chars().filter(|c| !c.is_whitespace() && !c.is_control()));
        }
    }
    chars
}

#[test]
fn every_character_of_every_locale_has_a_glyph() {
    let font_data: Vec<(fonts::Face, Vec<u8>)> = fonts::ALL
        .iter()
        .map(|face| {
            (
                *face,
                fonts::bytes(face.file).expect("embedded font").into_owned(),
            )
        })
        .collect();
    for lang in i18n::available() {
        let chain = fonts::chain(&lang);
        let faces: Vec<ttf_parser::Face<'_>> = chain
            .iter()
            .map(|face| {
                let data = &font_data.iter().find(|(f, _)| f == face).expect("face in ALL").1;
                ttf_parser::Face::parse(data, face.index).expect("font parses")
            })
            .collect();
        let missing: Vec<char> = locale_characters(&lang)
            .into_iter()
            .filter(|c| !faces.iter().any(|face| face.glyph_index(*c).is_some()))
            .collect();
        assert!(missing.is_empty(), "{lang}: no glyph for {missing:?}");
    }
}

#[test]
fn each_language_is_drawn_first_by_its_own_face() {
    let face_of = |lang: &str| fonts::chain(lang)[0].family;
    assert_eq!(face_of("ja"), "Noto Sans CJK JP");
    assert_eq!(face_of("ja-yasashii"), "Noto Sans CJK JP");
    assert_eq!(face_of("zh-CN"), "Noto Sans CJK SC");
    assert_eq!(face_of("zh-TW"), "Noto Sans CJK TC");
    assert_eq!(face_of("ko"), "Noto Sans CJK KR");
    assert_eq!(face_of("th"), "Noto Sans Thai");
    assert_eq!(face_of("my"), "Noto Sans Myanmar");
    assert_eq!(face_of("km"), "Noto Sans Khmer");
    assert_eq!(face_of("ne"), "Noto Sans Devanagari");
    assert_eq!(face_of("mn"), "Noto Sans");
}
