//! The embedded Noto fonts (SIL OFL 1.1, `assets/fonts/OFL.txt`): which file holds which face,
//! and which faces a language prefers, shared by the window and the PDF.

use std::borrow::Cow;

use crate::assets;

/// One embedded font face: a file and, for collections (.ttc), the face index inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Face {
    /// Path under `assets/`.
    pub file: &'static str,
    /// Face index inside a collection; 0 for plain .ttf files.
    pub index: u32,
    /// The family name stored in the font (what iced's `Font::with_name` must match).
    pub family: &'static str,
    /// Whether this is the bold face of its family.
    pub bold: bool,
}

const CJK: &str = "fonts/NotoSansCJK-Regular.ttc";

/// Noto Sans CJK JP (index 0 of the collection).
pub const CJK_JP: Face = Face {
    file: CJK,
    index: 0,
    family: "Noto Sans CJK JP",
    bold: false,
};
/// Noto Sans CJK KR (index 1).
pub const CJK_KR: Face = Face {
    file: CJK,
    index: 1,
    family: "Noto Sans CJK KR",
    bold: false,
};
/// Noto Sans CJK SC (index 2).
pub const CJK_SC: Face = Face {
    file: CJK,
    index: 2,
    family: "Noto Sans CJK SC",
    bold: false,
};
/// Noto Sans CJK TC (index 3).
pub const CJK_TC: Face = Face {
    file: CJK,
    index: 3,
    family: "Noto Sans CJK TC",
    bold: false,
};
/// Noto Sans: Latin, Vietnamese, Cyrillic (Mongolian).
pub const SANS: Face = Face {
    file: "fonts/NotoSans-Regular.ttf",
    index: 0,
    family: "Noto Sans",
    bold: false,
};
/// Noto Sans Bold, for Latin headings.
pub const SANS_BOLD: Face = Face {
    file: "fonts/NotoSans-Bold.ttf",
    index: 0,
    family: "Noto Sans",
    bold: true,
};
/// Noto Sans Devanagari (Nepali).
pub const DEVANAGARI: Face = Face {
    file: "fonts/NotoSansDevanagari-Regular.ttf",
    index: 0,
    family: "Noto Sans Devanagari",
    bold: false,
};
/// Noto Sans Thai.
pub const THAI: Face = Face {
    file: "fonts/NotoSansThai-Regular.ttf",
    index: 0,
    family: "Noto Sans Thai",
    bold: false,
};
/// Noto Sans Myanmar (Burmese).
pub const MYANMAR: Face = Face {
    file: "fonts/NotoSansMyanmar-Regular.ttf",
    index: 0,
    family: "Noto Sans Myanmar",
    bold: false,
};
/// Noto Sans Khmer.
pub const KHMER: Face = Face {
    file: "fonts/NotoSansKhmer-Regular.ttf",
    index: 0,
    family: "Noto Sans Khmer",
    bold: false,
};

/// Every embedded face.
pub const ALL: [Face; 10] = [
    CJK_JP, CJK_KR, CJK_SC, CJK_TC, SANS, SANS_BOLD, DEVANAGARI, THAI, MYANMAR, KHMER,
];

/// The distinct font files, each once (iced registers files, not faces).
pub fn files() -> Vec<&'static str> {
    let mut files: Vec<&'static str> = ALL.iter().map(|face| face.file).collect();
    files.dedup();
    files
}

/// The bytes of an embedded font file.
///
/// The font files are part of the build: a missing one is a packaging bug, reported as `None`.
pub fn bytes(file: &str) -> Option<Cow<'static, [u8]>> {
    assets::asset(file)
}

/// The faces to try, in order, for text in `lang` (a locale code such as `ja`, `zh-TW`, `ne`).
///
/// The first face gives the locale its own forms (Chinese text in SC/TC, Korean in KR, Japanese
/// in JP); the rest are the fallback for mixed text such as a Japanese term in a Nepali sentence.
pub fn chain(lang: &str) -> Vec<Face> {
    let primary: &[Face] = match lang {
        l if l.starts_with("ja") => &[CJK_JP],
        "zh-CN" | "zh" => &[CJK_SC],
        "zh-TW" => &[CJK_TC],
        "ko" => &[CJK_KR],
        "ne" => &[DEVANAGARI, SANS],
        "th" => &[THAI, SANS],
        "my" => &[MYANMAR, SANS],
        "km" => &[KHMER, SANS],
        _ => &[SANS],
    };
    let mut chain: Vec<Face> = primary.to_vec();
    for face in [SANS, CJK_JP, DEVANAGARI, THAI, MYANMAR, KHMER] {
        if !chain.contains(&face) {
            chain.push(face);
        }
    }
    chain
}

/// The family iced should use as the default for `lang`.
pub fn primary_family(lang: &str) -> &'static str {
    chain(lang).first().map_or(SANS.family, |face| face.family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_font_file_is_embedded() {
        for file in files() {
            assert!(bytes(file).is_some_and(|b| b.len() > 10_000), "{file} missing");
        }
        assert!(assets::asset("fonts/OFL.txt").is_some());
    }

    #[test]
    fn each_locale_starts_with_its_own_face() {
        assert_eq!(chain("ja")[0], CJK_JP);
        assert_eq!(chain("zh-TW")[0], CJK_TC);
        assert_eq!(chain("zh-CN")[0], CJK_SC);
        assert_eq!(chain("ko")[0], CJK_KR);
        assert_eq!(chain("ne")[0], DEVANAGARI);
        assert!(
            chain("vi").contains(&CJK_JP),
            "Japanese terms in brackets need a CJK fallback"
        );
    }
}
