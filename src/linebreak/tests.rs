use super::*;

/// The places a line may break in a prepared text: after a space or a [`BREAK`], or between
/// two characters neither of which is a [`WORD_JOINER`] — given as the text before each.
fn pieces(prepared: &str) -> Vec<String> {
    // Between two CJK characters UAX #14 allows a break; a joiner forbids it. Elsewhere we
    // only look at the marks we add and at spaces.
    let mut out = vec![String::new()];
    let chars: Vec<char> = prepared.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == BREAK {
            out.push(String::new());
            continue;
        }
        if c == WORD_JOINER {
            continue;
        }
        let last = out.last_mut().expect("one piece at least");
        last.push(c);
        let next = chars.get(i + 1).copied();
        // No break before a space (UAX #14 LB7); after it, always.
        let cjk_pair = !c.is_whitespace()
            && next.is_some_and(|n| {
                n != WORD_JOINER && n != BREAK && !n.is_whitespace() && (is_cjk(c) || is_cjk(n))
            });
        if c == ' ' || cjk_pair {
            out.push(String::new());
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

#[test]
fn japanese_breaks_between_phrases_only() {
    let got = pieces(&prepare("マイナ保険証として使えません。", "ja"));
    assert_eq!(got, ["マイナ保険証として", "使えません。"]);
    let got = pieces(&prepare("お住まいの市区町村の窓口で更新してください。", "ja"));
    assert_eq!(got, ["お住まいの", "市区町村の", "窓口で", "更新してください。"]);
    let got = pieces(&prepare("マイナンバーカードをなくしたとき", "ja"));
    assert_eq!(got, ["マイナンバーカードを", "なくしたとき"]);
    let got = pieces(&prepare(
        "カードはなくしたので、受付でそのことを伝えてください。",
        "ja",
    ));
    assert_eq!(
        got,
        [
            "カードは",
            "なくしたので、",
            "受付でそのことを",
            "伝えてください。"
        ]
    );
}

#[test]
fn no_japanese_line_starts_with_a_closing_mark_or_small_kana() {
    let text = "「資格確認書」が届かないときは、受付で「被保険者資格申立書」を書いてください。ショッピング";
    for piece in pieces(&prepare(text, "ja")) {
        let first = piece.chars().next().expect("a piece has a first character");
        assert!(
            !"、。」）ーっゃゅょッャュョァ".contains(first),
            "a line would start with {first}: {piece}"
        );
    }
    // An opening bracket stays with what follows.
    for piece in pieces(&prepare(text, "ja")) {
        assert!(!piece.ends_with('「'), "{piece}");
    }
}

#[test]
fn easy_japanese_breaks_at_its_spaces() {
    let got = pieces(&prepare(
        "市役所(しやくしょ)の 窓口(まどぐち)へ 行(い)って ください。",
        "ja-yasashii",
    ));
    assert_eq!(
        got,
        [
            "市役所(しやくしょ)の ",
            "窓口(まどぐち)へ ",
            "行(い)って ",
            "ください。"
        ]
    );
}

#[test]
fn a_japanese_term_inside_another_language_stays_whole() {
    let got = pieces(&prepare("certificado de elegibilidad (資格確認書)", "es"));
    assert_eq!(got.last().map(String::as_str), Some("(資格確認書)"));
    assert!(got.iter().all(|p| !p.contains("資格") || p.contains("確認書")));
}

#[test]
fn thai_khmer_and_burmese_break_between_words_not_inside_them() {
    // Words from the dictionaries: each must come out whole.
    for (lang, text, words) in [
        ("th", "ใบรับรองอิเล็กทรอนิกส์", &["อิเล็กทรอนิกส์"][..]),
        ("km", "វិញ្ញាបនបត្រអេឡិចត្រូនិក", &["អេឡិចត្រូនិក"][..]),
        ("my", "ကျန်းမာရေးအာမခံကတ်", &["ကျန်းမာရေး"][..]),
    ] {
        let prepared = prepare(text, lang);
        assert!(
            prepared.contains(BREAK),
            "{lang}: no word boundary found in {text}"
        );
        assert_eq!(strip(&prepared), text, "{lang}: only marks were added");
        let got = pieces(&prepared);
        for word in words {
            assert!(
                got.iter().any(|p| p.contains(word)),
                "{lang}: {word} was cut: {got:?}"
            );
        }
    }
}

#[test]
fn no_line_begins_with_a_khmer_burmese_or_thai_stop() {
    for (lang, text) in [
        ("km", "សូមសួរសមាគមធានារ៉ាប់រងសុខភាពជាតិ ដែលអ្នកជាសមាជិក។ លិខិតបញ្ជាក់"),
        ("my", "ကျန်းမာရေးအာမခံကတ်ကို ပြပါ။ ပြီးပါပြီ၊"),
        ("th", "ต่ออายุที่เคาน์เตอร์ฯ ก่อนถึงวันนั้น"),
    ] {
        for piece in pieces(&prepare(text, lang)) {
            let first = piece.chars().next().expect("a piece has a first character");
            assert!(
                !"។៕။၊ฯๆ".contains(first),
                "{lang}: a line would begin with {first}"
            );
        }
    }
}

#[test]
fn latin_text_is_left_alone() {
    let text = "Renew your electronic certificate by 28 December 2026.";
    assert_eq!(prepare(text, "en"), text);
}

#[test]
fn a_hyphenated_name_stays_whole() {
    // UAX #14 allows 「J-|LIS」; the sheet printed 「J-」 at a line's end.
    for lang in ["ja", "ja-yasashii", "en"] {
        let prepared = prepare("J-LIS（地方公共団体情報システム機構）から届く", lang);
        assert!(
            prepared.contains(&format!("J-{WORD_JOINER}LIS")),
            "{lang}: {prepared:?}"
        );
    }
    // A hyphen between words of a sentence is left alone.
    assert!(!prepare("well - known", "en").contains(WORD_JOINER));
}

#[test]
fn a_korean_word_stays_whole() {
    // UAX #14 allows a break between any two Hangul syllables; the sheet printed 「한국|어」.
    for lang in ["ko", "th", "ja"] {
        let prepared = prepare("English・한국어・Español", lang);
        assert!(
            prepared.contains(&format!("한{WORD_JOINER}국{WORD_JOINER}어")),
            "{lang}: {prepared:?}"
        );
    }
    // Between words, at the space, it still breaks.
    assert!(prepare("건강보험 자격확인서", "ko").contains(' '));
    assert!(!prepare("건강보험 자격확인서", "ko").contains(&format!(" {WORD_JOINER}")));
}

#[test]
fn chinese_breaks_between_characters_and_lists_after_their_dots() {
    // Chinese sets no spaces: joining its characters left whole sentences unbreakable.
    assert!(!prepare("请到市区町村的窗口办理。", "zh-CN").contains(WORD_JOINER));
    // A list of language names in a Thai sentence may break after 「・」, not inside a name.
    let prepared = prepare("ภาษา: English・简体中文・Español・Português", "th");
    assert!(!prepared.contains(&format!("・{WORD_JOINER}")), "{prepared:?}");
    assert!(prepared.contains(&format!("简{WORD_JOINER}体")), "{prepared:?}");
}
