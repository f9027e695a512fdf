//! Text as it is written → text as it is read. The dictionary reads plain dates, 元年, money and
//! the key terms well; what it reads badly is rewritten first:
//!
//! - やさしい日本語's ruby `保険証(ほけんしょう)` → its reading `ほけんしょう`;
//! - times `9:30〜20:00` → `9時30分から20時まで`;
//! - dates written with figures only: `2026/11/30`, `2026-11-30`, `R8.11.30` → `2026年11月30日`,
//!   `令和8年11月30日`; a weekday in brackets after a date, `（月）` → `月曜日`;
//! - telephone numbers `0120-95-0178` → digit by digit, with a pause between the groups;
//! - `¥1,000` → `1,000円`; a range mark between dates → `から`;
//! - marks drawn for the eye (▼ ◆ ● → ✓ …) → nothing.

use crate::sheet::ruby::{self, Segment};

/// The digits read one by one, as in a telephone number (2 and 5 long, as people say them).
const DIGIT_READINGS: [&str; 10] = [
    "ゼロ",
    "イチ",
    "ニー",
    "サン",
    "ヨン",
    "ゴー",
    "ロク",
    "ナナ",
    "ハチ",
    "キュー",
];

/// The text to give the dictionary for `text`.
pub fn for_speech(text: &str) -> String {
    let plain: String = ruby::split(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(text) => text,
            Segment::Ruby { reading, .. } => reading,
        })
        .collect();
    let mut chars: Vec<char> = plain
        .chars()
        .map(fold_width)
        .filter(|c| !is_visual_mark(*c))
        .collect();
    // A long-vowel mark or a dash between figures is a hyphen (0120ー95ー0178).
    for i in 1..chars.len().saturating_sub(1) {
        if matches!(chars[i], 'ー' | '―' | '—')
            && chars[i - 1].is_ascii_digit()
            && chars[i + 1].is_ascii_digit()
        {
            chars[i] = '-';
        }
    }
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        // A pattern of figures starts where a number starts, never inside one (+81-3-…).
        let inside_number = i > 0 && chars[i - 1].is_ascii_digit() && chars[i].is_ascii_digit();
        let found = if inside_number {
            None
        } else {
            telephone(&chars[i..])
                .or_else(|| figure_date(&chars[i..]))
                .or_else(|| era_date(&chars[i..], &chars[..i]))
                .or_else(|| time_range(&chars[i..]))
                .or_else(|| number_range(&chars[i..]))
        };
        if let Some((read, used)) = found
            .or_else(|| weekday(&chars[i..], &out))
            .or_else(|| yen(&chars[i..]))
            .or_else(|| range_mark(&chars[i..], &out))
        {
            out.push_str(&read);
            i += used;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Full-width figures and colons as ASCII, so one set of patterns serves both.
fn fold_width(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '：' => ':',
        '／' => '/',
        '，' => ',',
        '．' => '.',
        'Ｒ' => 'R',
        'Ｈ' => 'H',
        'Ｓ' => 'S',
        '－' | '‐' | '−' | '–' => '-',
        _ => c,
    }
}

fn is_visual_mark(c: char) -> bool {
    matches!(
        c,
        '▼' | '◆'
            | '●'
            | '○'
            | '■'
            | '□'
            | '▶'
            | '►'
            | '→'
            | '←'
            | '⇒'
            | '✓'
            | '✔'
            | '☎'
            | '※'
            | '*'
            | '•'
    ) || ('\u{1F300}'..='\u{1FAFF}').contains(&c)
}

/// A run of ASCII digits at the start: its value as text and its length.
fn digits(chars: &[char], min: usize, max: usize) -> Option<(String, usize)> {
    let run: String = chars.iter().take_while(|c| c.is_ascii_digit()).collect();
    let len = run.chars().count();
    (min..=max).contains(&len).then_some((run, len))
}

/// `0120-95-0178`, `03-1234-5678`: three groups of digits joined by hyphens, not part of a
/// longer number. Each digit is read alone; the groups are parted by a pause.
fn telephone(chars: &[char]) -> Option<(String, usize)> {
    let (first, a) = digits(chars, 2, 5)?;
    if chars.get(a) != Some(&'-') {
        return None;
    }
    let (second, b) = digits(&chars[a + 1..], 1, 4)?;
    if chars.get(a + 1 + b) != Some(&'-') {
        return None;
    }
    let (third, c) = digits(&chars[a + b + 2..], 3, 4)?;
    let used = a + b + c + 2;
    // A fourth group (+81-3-1234-5678) makes it some other number.
    if chars.get(used) == Some(&'-') && chars.get(used + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let groups: Vec<String> = [first, second, third]
        .iter()
        .map(|group| {
            group
                .chars()
                .filter_map(|d| d.to_digit(10))
                .map(|d| DIGIT_READINGS[d as usize])
                .collect()
        })
        .collect();
    Some((groups.join("、"), used))
}

/// `2026/11/30` or `2026-11-30` → `2026年11月30日`.
fn figure_date(chars: &[char]) -> Option<(String, usize)> {
    let (year, a) = digits(chars, 4, 4)?;
    let separator = *chars.get(a)?;
    if separator != '/' && separator != '-' {
        return None;
    }
    let (month, b) = digits(&chars[a + 1..], 1, 2)?;
    if chars.get(a + 1 + b) != Some(&separator) {
        return None;
    }
    let (day, c) = digits(&chars[a + b + 2..], 1, 2)?;
    let (month, day) = (month.parse::<u32>().ok()?, day.parse::<u32>().ok()?);
    ((1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| (format!("{year}年{month}月{day}日"), a + b + c + 2))
}

/// `R8.11.30`, `H31.4.30` → `令和8年11月30日`, `平成31年4月30日` (not inside a word: `AR8.1.1`).
fn era_date(chars: &[char], before: &[char]) -> Option<(String, usize)> {
    let era = match chars.first()? {
        'R' => "令和",
        'H' => "平成",
        'S' => "昭和",
        _ => return None,
    };
    if before.last().is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let (year, a) = digits(&chars[1..], 1, 2)?;
    if chars.get(1 + a) != Some(&'.') {
        return None;
    }
    let (month, b) = digits(&chars[2 + a..], 1, 2)?;
    if chars.get(2 + a + b) != Some(&'.') {
        return None;
    }
    let (day, c) = digits(&chars[3 + a + b..], 1, 2)?;
    let year = year.parse::<u32>().ok()?;
    let year = if year == 1 {
        "元".to_owned()
    } else {
        year.to_string()
    };
    let (month, day) = (month.parse::<u32>().ok()?, day.parse::<u32>().ok()?);
    Some((format!("{era}{year}年{month}月{day}日"), 3 + a + b + c))
}

/// `9:30` → `9時30分` (and `9:00` → `9時`), with its length.
fn clock(chars: &[char]) -> Option<(String, usize)> {
    let (hour, a) = digits(chars, 1, 2)?;
    if chars.get(a) != Some(&':') {
        return None;
    }
    let (minute, b) = digits(&chars[a + 1..], 2, 2)?;
    let (hour, minute) = (hour.parse::<u32>().ok()?, minute.parse::<u32>().ok()?);
    if hour > 24 || minute > 59 {
        return None;
    }
    let read = match minute {
        0 => format!("{hour}時"),
        _ => format!("{hour}時{minute}分"),
    };
    Some((read, a + b + 1))
}

/// How many spaces (ASCII or full-width) start `chars`.
fn spaces(chars: &[char]) -> usize {
    chars.iter().take_while(|c| matches!(c, ' ' | '\u{3000}')).count()
}

/// After `at` spaces, a range mark and spaces: where what follows starts.
fn after_range_mark(chars: &[char], at: usize, hyphen_too: bool) -> Option<usize> {
    let mark = at + spaces(&chars[at..]);
    match chars.get(mark)? {
        '〜' | '~' | '～' => {}
        '-' if hyphen_too => {}
        _ => return None,
    }
    Some(mark + 1 + spaces(&chars[mark + 1..]))
}

/// `9:30〜20:00` (or `9:30 - 20:00`) → `9時30分から20時まで`; a time alone → its reading.
fn time_range(chars: &[char]) -> Option<(String, usize)> {
    let (from, a) = clock(chars)?;
    if let Some(after) = after_range_mark(chars, a, true)
        && let Some((to, b)) = clock(&chars[after..])
    {
        return Some((format!("{from}から{to}まで"), after + b));
    }
    Some((from, a))
}

/// `1～2か月`, `70〜74歳` → `1から2か月`, `70から74歳`.
fn number_range(chars: &[char]) -> Option<(String, usize)> {
    let (from, a) = digits(chars, 1, 9)?;
    let after = after_range_mark(chars, a, false)?;
    let (to, b) = digits(&chars[after..], 1, 9)?;
    Some((format!("{from}から{to}"), after + b))
}

/// `（月）` or `(月)` right after a date → `月曜日`.
fn weekday(chars: &[char], read_so_far: &str) -> Option<(String, usize)> {
    let (open, day, close) = (*chars.first()?, *chars.get(1)?, *chars.get(2)?);
    if !matches!((open, close), ('(' | '（', ')' | '）')) || !"月火水木金土日".contains(day) {
        return None;
    }
    read_so_far
        .trim_end()
        .ends_with('日')
        .then(|| (format!("{day}曜日"), 3))
}

/// `¥1,000` → `1,000円`.
fn yen(chars: &[char]) -> Option<(String, usize)> {
    if !matches!(chars.first()?, '¥' | '￥') {
        return None;
    }
    let amount: String = chars[1..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == ',')
        .collect();
    let len = amount.chars().count();
    (len > 0).then(|| (format!("{amount}円"), len + 1))
}

/// A range mark after a date (`11月30日〜12月1日`) is read `から`.
fn range_mark(chars: &[char], read_so_far: &str) -> Option<(String, usize)> {
    (matches!(chars.first()?, '〜' | '～' | '~') && read_so_far.trim_end().ends_with('日'))
        .then(|| ("から".to_owned(), 1))
}

#[cfg(test)]
mod tests {
    use super::for_speech;

    #[test]
    fn times_become_hours_and_minutes() {
        assert_eq!(for_speech("9:30〜20:00"), "9時30分から20時まで");
        assert_eq!(for_speech("平日 8:45-17:15"), "平日 8時45分から17時15分まで");
        assert_eq!(for_speech("９：００"), "9時");
    }

    #[test]
    fn dates_in_figures_become_words() {
        assert_eq!(for_speech("2030/6/14"), "2030年6月14日");
        assert_eq!(for_speech("期限 2026-11-30"), "期限 2026年11月30日");
        assert_eq!(for_speech("R8.11.30"), "令和8年11月30日");
        assert_eq!(for_speech("R1.5.1"), "令和元年5月1日");
        assert_eq!(for_speech("12月1日（火）まで"), "12月1日火曜日まで");
        assert_eq!(for_speech("11月30日〜12月1日"), "11月30日から12月1日");
    }

    #[test]
    fn telephone_numbers_are_read_digit_by_digit() {
        assert_eq!(
            for_speech("0120-95-0178"),
            "ゼロイチニーゼロ、キューゴー、ゼロイチナナハチ"
        );
        // A date written with hyphens is not a telephone number.
        assert_eq!(for_speech("2026-11-30"), "2026年11月30日");
        assert_eq!(for_speech("0120ー95ー0178"), for_speech("0120-95-0178"));
        // Only where a number starts: an international prefix is left to the dictionary.
        assert_eq!(for_speech("+81-3-1234-5678"), "+81-3-1234-5678");
    }

    #[test]
    fn ranges_and_full_width_forms_are_read() {
        assert_eq!(for_speech("9:30 〜 17:00"), "9時30分から17時まで");
        assert_eq!(for_speech("1～2か月"), "1から2か月");
        assert_eq!(for_speech("70〜74歳"), "70から74歳");
        assert_eq!(for_speech("Ｒ８．１１．３０"), "令和8年11月30日");
        assert_eq!(for_speech("￥１，０００"), "1,000円");
        assert_eq!(for_speech("12026/11/30"), "12026/11/30");
    }

    #[test]
    fn ruby_is_read_by_its_reading_and_marks_are_silent() {
        assert_eq!(for_speech("保険証(ほけんしょう)"), "ほけんしょう");
        assert_eq!(for_speech("▼今日 ◆期限"), "今日 期限");
        assert_eq!(for_speech("¥1,000"), "1,000円");
        // A weekday needs a date before it; （月） alone is left to the dictionary.
        assert_eq!(for_speech("料金（月）"), "料金（月）");
    }
}
