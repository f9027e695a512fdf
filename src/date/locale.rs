//! Dates in each language's own convention: order, month names and digits.

use chrono::{Datelike, NaiveDate};

use super::format::{format_seireki, format_wareki};

const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const PT: [&str; 12] = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];
const ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const TL: [&str; 12] = [
    "Enero",
    "Pebrero",
    "Marso",
    "Abril",
    "Mayo",
    "Hunyo",
    "Hulyo",
    "Agosto",
    "Setyembre",
    "Oktubre",
    "Nobyembre",
    "Disyembre",
];
const TH: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];
const NE: [&str; 12] = [
    "जनवरी",
    "फेब्रुअरी",
    "मार्च",
    "अप्रिल",
    "मे",
    "जुन",
    "जुलाई",
    "अगस्ट",
    "सेप्टेम्बर",
    "अक्टोबर",
    "नोभेम्बर",
    "डिसेम्बर",
];
const MY: [&str; 12] = [
    "ဇန်နဝါရီ",
    "ဖေဖော်ဝါရီ",
    "မတ်",
    "ဧပြီ",
    "မေ",
    "ဇွန်",
    "ဇူလိုင်",
    "ဩဂုတ်",
    "စက်တင်ဘာ",
    "အောက်တိုဘာ",
    "နိုဝင်ဘာ",
    "ဒီဇင်ဘာ",
];
const KM: [&str; 12] = [
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
];

fn month(names: &[&'static str; 12], date: NaiveDate) -> &'static str {
    names.get(date.month0() as usize).copied().unwrap_or_default()
}

/// A date the way a reader of `lang` expects it. Japanese shows 和暦 and 西暦 together
/// (`令和8年3月15日（2026年3月15日）`); other languages use their own order and month names
/// (the Gregorian year throughout: the letters a person receives use it too).
pub fn format_for_lang(date: NaiveDate, lang: &str) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match lang {
        "ja-yasashii" => format!("{}（{}）", format_seireki(date), format_wareki(date)),
        l if l.starts_with("ja") => format!("{}（{}）", format_wareki(date), format_seireki(date)),
        "zh-CN" | "zh-TW" | "zh" => format!("{y}年{m}月{d}日"),
        "ko" => format!("{y}년 {m}월 {d}일"),
        "en" => format!("{d} {} {y}", month(&EN, date)),
        "es" => format!("{d} de {} de {y}", month(&ES, date)),
        "pt-BR" => format!("{d} de {} de {y}", month(&PT, date)),
        "id" => format!("{d} {} {y}", month(&ID, date)),
        "tl" => format!("{} {d}, {y}", month(&TL, date)),
        "vi" => format!("{d} tháng {m} năm {y}"),
        "th" => format!("{d} {} {y}", month(&TH, date)),
        "ne" => format!("{y} {} {d}", month(&NE, date)),
        "my" => format!("{y} ခုနှစ် {} လ {d} ရက်", month(&MY, date)),
        "km" => format!("ថ្ងៃទី {d} ខែ{} ឆ្នាំ {y}", month(&KM, date)),
        "mn" => format!("{y} оны {m} сарын {d}"),
        _ => super::format_iso(date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_form() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 15).expect("valid");
        let cases = [
            ("ja", "令和8年3月15日（2026年3月15日）"),
            ("ja-yasashii", "2026年3月15日（令和8年3月15日）"),
            ("en", "15 March 2026"),
            ("es", "15 de marzo de 2026"),
            ("pt-BR", "15 de março de 2026"),
            ("tl", "Marso 15, 2026"),
            ("vi", "15 tháng 3 năm 2026"),
            ("ko", "2026년 3월 15일"),
            ("zh-TW", "2026年3月15日"),
            ("mn", "2026 оны 3 сарын 15"),
            ("th", "15 มีนาคม 2026"),
        ];
        for (lang, expected) in cases {
            assert_eq!(format_for_lang(date, lang), expected, "{lang}");
        }
    }
}
