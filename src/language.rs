//! The language of an article's text, as a BCP 47 tag: what
//! [`Article::language`](crate::Article::language) holds.
//!
//! One pass over a bounded sample of the text counts characters by script.
//! Han, kana and Hangul decide Chinese, Japanese and Korean outright, since
//! their scripts tell, and whatlang's trigram models, built for alphabetic
//! text, would only say "Mandarin" for all of Chinese. Its models decide the
//! languages of alphabetic scripts (`en`, `fr`, `ru`…).
//!
//! Simplified and Traditional Chinese share most of their characters; what
//! tells them apart is a table of frequent pairs ([`PAIRS`]) of a character
//! that only Traditional text writes and its counterpart that only
//! Simplified text writes (國/国, 說/说, 這/这…). Two bitmaps over the CJK
//! Unified Ideographs block, built from it at compile time, make the count
//! one lookup a character.
//!
//! The whole module is the `language` feature's; without it
//! `Article::language` is always `None`.

use crate::article::Block;

/// Bytes of text read at most: the title, then the lead and the blocks
/// in order, up to this much. 4 KiB holds some 1,300 Han characters or 600
/// English words, plenty for any of the rules below, and keeps the cost
/// flat however long the article.
const SAMPLE_BYTES: usize = 4096;

/// Script markers (characters of [`PAIRS`]) after which a Chinese text is
/// settled, when they are all of one script: the reading stops at the end
/// of that title or block. Chinese text has a marker every four or five
/// characters, so most articles are settled by their title and first
/// paragraph (some 600 bytes on the corpus); a quote in the other script
/// further down does not change the tag, and mixed texts are read to
/// [`SAMPLE_BYTES`].
const SETTLED: u32 = 32;

/// Bytes of an alphabetic text that whatlang reads: some 60 English
/// words, on which its trigram models are as sure as on more (the corpus's
/// English pages read the same on 384 bytes as on 1 KiB). A call costs
/// about half a million instructions for comparing the text with its 37
/// Latin-script profiles, and some 200 more a byte.
const ALPHABETIC_BYTES: usize = 384;

/// How much one Han, kana or Hangul character counts against a letter of
/// an alphabetic script. A Han character is a syllable and mostly a word,
/// about as much text as four letters; and the Latin letters of Chinese text
/// are names, brands and links, so a near tie goes to the CJK script.
const CJK_WEIGHT: u32 = 4;

/// Below this much text (letters, CJK characters at [`CJK_WEIGHT`]) there
/// is too little to tell: five Han characters, or twenty letters.
const MIN_TEXT: u32 = 20;

/// Frequent characters written only in Traditional Chinese, each followed
/// by its counterpart written only in Simplified Chinese, one pair a word.
/// All are in the CJK Unified Ideographs block (checked at compile time).
const PAIRS: &str = "
國国 說说 這这 們们 會会 來来 時时 為为 與与 對对 個个 後后
發发 經经 於于 學学 臺台 灣湾 門门 問问 間间 開开 關关 長长
東东 車车 馬马 見见 現现 電电 話话 語语 讀读 請请 認认 識识
議议 論论 記记 讓让 設设 誰谁 調调 變变 實实 寫写 區区 醫医
歲岁 當当 從从 進进 過过 還还 邊边 運运 達达 選选 遠远 連连
業业 務务 動动 勞劳 員员 買买 賣卖 貨货 費费 質质 資资 產产
飛飞 頭头 題题 顯显 項项 預预 領领 類类 點点 無无 熱热 傳传
價价 親亲 條条 萬万 氣气 處处 應应 將将 專专 華华 團团 圖图
園园 圓圆 報报 場场 壓压 壞坏 聲声 夠够 歡欢 歷历 殺杀 機机
權权 樣样 極极 構构 標标 檢检 歐欧 決决 沒没 滿满 漢汉 濟济
爭争 狀状 獨独 獲获 環环 畫画 療疗 盡尽 監监 確确 禮礼 種种
稱称 穩稳 競竞 筆笔 節节 簡简 級级 紅红 約约 紀纪 紙纸 線线
組组 細细 終终 結结 給给 統统 絕绝 維维 網网 緊紧 總总 續续
織织 職职 聯联 聽听 腦脑 臨临 舉举 舊旧 藝艺 蘭兰 號号 衛卫
裝装 規规 視视 覺觉 觀观 計计 訊讯 訪访 評评 試试 詳详 誤误
課课 談谈 護护 讚赞 負负 財财 責责 貴贵 貿贸 賽赛 購购 趙赵
軍军 輕轻 輪轮 輸输 轉转 辦办 農农 遺遗 鄉乡 釋释 鐵铁 銀银
錢钱 錄录 鎮镇 陽阳 陳陈 陸陆 隊队 隨随 險险 雖虽 雙双 雜杂
離离 難难 須须 順顺 風风 飯饭 館馆 驗验 億亿 優优 兒儿 兩两
則则 剛刚 創创 協协 單单 參参 嗎吗 圍围 夢梦 婦妇 孫孙 寧宁
導导 層层 屬属 島岛 幣币 幫帮 廣广 廠厂 張张 強强 彈弹 態态
戰战 擁拥 據据 擊击 擔担 擴扩 敗败 數数 斷断 書书 榮荣 歸归
殘残 況况 滅灭 災灾 爾尔 獎奖 眾众 碼码 禍祸 稅税 窮穷 糧粮
編编 練练 縣县 罰罚 義义 習习 聖圣 聞闻 興兴 艦舰 蘇苏 術术
補补 襲袭 覽览 觸触 訂订 討讨 許许 證证 譯译 賓宾 賞赏 趕赶
輛辆 辭辞 適适 鄭郑 錯错 鐘钟 閉闭 閱阅 隱隐 靜静 響响 頂顶
頻频 顧顾 飲饮 養养 驚惊 鮮鲜 麗丽 黃黄 齡龄 鳥鸟 魚鱼 龍龙
黨党 齊齐 頁页
";

/// Simplified counterparts in [`PAIRS`] that Traditional text writes too:
/// 台 (台灣, 台北), 后 (皇后), 于 (a surname), and forms in common use as
/// variants in Taiwan and Hong Kong (万, 两, 没, 决, 够, 号, 强, 据, 况, 税,
/// 粮, 触, 静, 黄). They count for neither script; their Traditional
/// partners still count.
const SHARED: &str = "后于台万没决够号强据况税粮触静黄两";

/// The CJK Unified Ideographs block, where [`PAIRS`] lives.
const HAN_FIRST: u32 = 0x4E00;
/// The last character of the block.
const HAN_LAST: u32 = 0x9FFF;
/// Words of a bitmap over the block.
const WORDS: usize = ((HAN_LAST - HAN_FIRST + 1) as usize).div_ceil(64);

/// Bitmaps of the Traditional-only and of the Simplified-only characters.
static TABLES: [[u64; WORDS]; 2] = tables(PAIRS, SHARED);

/// The BCP 47 tag of the language of `texts` (the title, the lead, the
/// blocks), read up to [`SAMPLE_BYTES`], or until a Chinese text is
/// [settled](SETTLED); `None` when there is too little text to tell, or
/// whatlang cannot tell reliably.
///
/// The rules, in order:
/// - too little text (under [`MIN_TEXT`]): `None`;
/// - alphabetic letters outweigh the CJK characters ([`CJK_WEIGHT`]):
///   whatlang's language, when it is reliable;
/// - kana make a tenth or more of the Han and kana: `ja`, however many
///   kanji there are (Chinese quoting a Japanese title has a few kana, Japanese
///   text a third or more);
/// - Hangul makes most of the CJK characters: `ko`;
/// - else Chinese: `zh-Hant` when the Traditional-only characters are
///   more than twice the Simplified-only ones (Simplified text quotes
///   Traditional names and titles), `zh-Hans` when there are Simplified-only
///   ones, and `zh` when there is neither.
pub(crate) fn detect<'a, I>(texts: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
    I::IntoIter: Clone,
{
    let texts = texts.into_iter();
    let mut counts = Counts::default();
    for text in sample(texts.clone(), SAMPLE_BYTES) {
        counts.add(text);
        if counts.settled() {
            break;
        }
    }
    match counts.verdict() {
        Verdict::TooLittle => None,
        Verdict::Tag(tag) => Some(tag.to_owned()),
        Verdict::Alphabetic => alphabetic(sample(texts, ALPHABETIC_BYTES)),
    }
}

/// [`detect`] for an article's parts.
pub(crate) fn of_article(title: &str, lead: Option<&str>, blocks: &[Block]) -> Option<String> {
    detect(
        std::iter::once(title)
            .chain(lead)
            .chain(blocks.iter().map(|b| b.text.as_str())),
    )
}

/// The first `limit` bytes of `texts`, cut at a character boundary.
fn sample<'a>(texts: impl Iterator<Item = &'a str>, limit: usize) -> impl Iterator<Item = &'a str> {
    let mut left = limit;
    texts.map_while(move |text| {
        if left == 0 {
            return None;
        }
        let mut end = text.len().min(left);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // A text cut short ends the sample, even one byte short of a character.
        left = if end < text.len() { 0 } else { left - end };
        Some(&text[..end])
    })
}

/// Letters of the sample, by script.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    /// Letters of alphabetic scripts (Latin, Cyrillic, Greek, Arabic…).
    letters: u32,
    /// Han characters, kanji and hanja included.
    han: u32,
    /// Hiragana and katakana, without the middle dot and the long-vowel
    /// mark, which Chinese text uses as punctuation.
    kana: u32,
    /// Hangul syllables and jamo.
    hangul: u32,
    /// Han characters only Traditional text writes.
    traditional: u32,
    /// Han characters only Simplified text writes.
    simplified: u32,
}

/// What the counts say.
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// Too little text to tell.
    TooLittle,
    /// An alphabetic script: whatlang decides.
    Alphabetic,
    /// A CJK language, decided by script.
    Tag(&'static str),
}

impl Counts {
    /// Counts the letters of `text`.
    fn add(&mut self, text: &str) {
        let [traditional, simplified] = &TABLES;
        for c in text.chars() {
            let u = u32::from(c);
            if u < 0x80 {
                self.letters += u32::from(c.is_ascii_alphabetic());
                continue;
            }
            match u {
                HAN_FIRST..=HAN_LAST => {
                    self.han += 1;
                    let i = (u - HAN_FIRST) as usize;
                    let bit = 1 << (i % 64);
                    if traditional[i / 64] & bit != 0 {
                        self.traditional += 1;
                    } else if simplified[i / 64] & bit != 0 {
                        self.simplified += 1;
                    }
                }
                // Hiragana, katakana (not ・ U+30FB nor ー U+30FC), half-width katakana.
                0x3041..=0x3096 | 0x30A1..=0x30FA | 0xFF66..=0xFF9D => self.kana += 1,
                // Syllables, jamo, compatibility jamo.
                0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3131..=0x318E => self.hangul += 1,
                // Extension A, compatibility ideographs, the supplementary planes.
                0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x2_0000..=0x3_FFFF => self.han += 1,
                // Punctuation, symbols and emoji, the bulk of what is left of
                // CJK text: ruled out before the costlier Unicode lookup.
                0x2000..=0x2BFF
                | 0x3000..=0x303F
                | 0xFE00..=0xFE4F
                | 0xFF00..=0xFF20
                | 0xFF3B..=0xFF40
                | 0xFF5B..=0xFF65
                | 0x1_F000..=0x1_FAFF => {}
                _ => self.letters += u32::from(c.is_alphabetic()),
            }
        }
    }

    /// Whether the text read so far is Chinese of one script beyond doubt:
    /// [`SETTLED`] markers of that script, none of the other, no kana or
    /// Hangul, Han ahead of letters.
    fn settled(&self) -> bool {
        self.kana == 0
            && self.hangul == 0
            && self.letters <= CJK_WEIGHT * self.han
            && self.traditional.min(self.simplified) == 0
            && self.traditional.max(self.simplified) >= SETTLED
    }

    /// The rules of [`detect`], on the counts.
    fn verdict(&self) -> Verdict {
        let cjk = self.han + self.kana + self.hangul;
        if CJK_WEIGHT * cjk + self.letters < MIN_TEXT {
            Verdict::TooLittle
        } else if CJK_WEIGHT * cjk < self.letters {
            Verdict::Alphabetic
        } else if self.kana > 0 && self.kana * 10 >= self.han + self.kana {
            Verdict::Tag("ja")
        } else if self.hangul * 2 > cjk {
            Verdict::Tag("ko")
        } else if self.traditional > 2 * self.simplified {
            Verdict::Tag("zh-Hant")
        } else if self.simplified > 0 {
            Verdict::Tag("zh-Hans")
        } else {
            Verdict::Tag("zh")
        }
    }
}

/// whatlang's language of an alphabetic text, when it is reliable.
fn alphabetic<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut text = String::with_capacity(ALPHABETIC_BYTES + 64);
    for t in texts {
        text.push_str(t);
        text.push('\n');
    }
    if is_english(&text) {
        return Some("en".to_owned());
    }
    let info = whatlang::detect(&text).filter(whatlang::Info::is_reliable)?;
    Some(bcp47(info.lang()).to_owned())
}

/// English words that other languages written in Latin letters seldom
/// write: articles, pronouns, prepositions and auxiliaries.
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "of", "that", "with", "was", "for", "this", "were", "have", "from", "which",
    "are", "its", "it", "is", "to", "they", "their", "would", "said", "not", "but", "you", "his",
    "her", "we", "been", "will", "be",
];

/// Function words of the languages in Latin letters that write some of
/// [`ENGLISH_WORDS`] too (`is`, `was`, `we`, `to`, `for`) or read like
/// English to a word count without their diacritics: Dutch, Afrikaans,
/// Frisian, Danish, Norwegian, Swedish, German, Tagalog, Indonesian and
/// Malay, Vietnamese, Latin, and the Romance languages. In lower case,
/// matched whatever their case.
const LOOKALIKE_WORDS: &[&str] = &[
    "het", "een", "niet", "ook", "zijn", "maar", "naar", "wij", "deze", "hebben", "wordt", "dit",
    "nie", "ons", "hulle", "baie", "myn", "wy", "mar", "foar", "nei", "hjoed", "ikke", "jeg",
    "meg", "deg", "och", "inte", "jag", "und", "nicht", "ist", "ich", "wir", "ang", "ng", "mga",
    "ito", "hindi", "ako", "siya", "kasi", "yang", "ini", "itu", "dengan", "untuk", "adalah",
    "dari", "tidak", "aku", "juga", "tapi", "cua", "nhung", "duoc", "nguoi", "khong", "cac", "mot",
    "voi", "toi", "gioi", "quae", "qui", "sunt", "que", "los", "las", "del", "una", "une", "della",
];

/// More of them that English writes as names or in loans (`Dan`, `Van
/// Gogh`, `Der Spiegel`, `en route`, `et al.`, `Co.`): they count only in
/// lower case, and only when not English.
const LOOKALIKE_LOWER: &[&str] = &[
    "dan", "van", "der", "das", "det", "dat", "og", "til", "sa", "en", "et", "va", "co", "da",
    "tai", "cao", "les", "des", "che",
];

/// Whether a sample is plainly English: of its thirty or more words, all
/// in ASCII letters, a fifth or more are [`ENGLISH_WORDS`] (English prose
/// has a fifth to a third; French or Spanish a few in a hundred, from
/// names and quotes), and at most one is a [`LOOKALIKE_WORDS`] word (Dutch,
/// Danish or Tagalog, which count high, write several). Told this way,
/// English needs no comparison with whatlang's 37 profiles (some half a
/// million instructions); any other sample goes to whatlang.
fn is_english(text: &str) -> bool {
    let (mut words, mut english, mut lookalike) = (0_u32, 0_u32, 0_u32);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        if !word.is_ascii() {
            // Letters outside ASCII: another language, or names in it.
            return false;
        }
        words += 1;
        if word.len() > 6 {
            continue;
        }
        english += u32::from(ENGLISH_WORDS.iter().any(|e| word.eq_ignore_ascii_case(e)));
        lookalike += u32::from(
            LOOKALIKE_WORDS.iter().any(|l| word.eq_ignore_ascii_case(l))
                || LOOKALIKE_LOWER.contains(&word),
        );
        if lookalike > 1 {
            return false;
        }
    }
    words >= 30 && 5 * english >= words
}

/// The BCP 47 primary language subtag of a whatlang language: its ISO
/// 639-1 code (every language whatlang knows has one), where whatlang gives
/// ISO 639-3.
fn bcp47(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang;
    match lang {
        Lang::Afr => "af",
        Lang::Aka => "ak",
        Lang::Amh => "am",
        Lang::Ara => "ar",
        Lang::Aze => "az",
        Lang::Bel => "be",
        Lang::Ben => "bn",
        Lang::Bul => "bg",
        Lang::Cat => "ca",
        Lang::Ces => "cs",
        Lang::Cmn => "zh",
        Lang::Cym => "cy",
        Lang::Dan => "da",
        Lang::Deu => "de",
        Lang::Ell => "el",
        Lang::Eng => "en",
        Lang::Epo => "eo",
        Lang::Est => "et",
        Lang::Fin => "fi",
        Lang::Fra => "fr",
        Lang::Guj => "gu",
        Lang::Heb => "he",
        Lang::Hin => "hi",
        Lang::Hrv => "hr",
        Lang::Hun => "hu",
        Lang::Hye => "hy",
        Lang::Ind => "id",
        Lang::Ita => "it",
        Lang::Jav => "jv",
        Lang::Jpn => "ja",
        Lang::Kan => "kn",
        Lang::Kat => "ka",
        Lang::Khm => "km",
        Lang::Kor => "ko",
        Lang::Lat => "la",
        Lang::Lav => "lv",
        Lang::Lit => "lt",
        Lang::Mal => "ml",
        Lang::Mar => "mr",
        Lang::Mkd => "mk",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Nld => "nl",
        Lang::Nob => "nb",
        Lang::Ori => "or",
        Lang::Pan => "pa",
        Lang::Pes => "fa",
        Lang::Pol => "pl",
        Lang::Por => "pt",
        Lang::Ron => "ro",
        Lang::Rus => "ru",
        Lang::Sin => "si",
        Lang::Slk => "sk",
        Lang::Slv => "sl",
        Lang::Sna => "sn",
        Lang::Spa => "es",
        Lang::Srp => "sr",
        Lang::Swe => "sv",
        Lang::Tam => "ta",
        Lang::Tel => "te",
        Lang::Tgl => "tl",
        Lang::Tha => "th",
        Lang::Tuk => "tk",
        Lang::Tur => "tr",
        Lang::Ukr => "uk",
        Lang::Urd => "ur",
        Lang::Uzb => "uz",
        Lang::Vie => "vi",
        Lang::Yid => "yi",
        Lang::Zul => "zu",
    }
}

/// The code point of the three-byte UTF-8 character at `bytes[i]`, which
/// must be in the CJK Unified Ideographs block.
const fn han_at(bytes: &[u8], i: usize) -> u32 {
    assert!(
        i + 2 < bytes.len() && bytes[i] & 0xF0 == 0xE0,
        "a three-byte character"
    );
    let c = ((bytes[i] as u32 & 0x0F) << 12)
        | ((bytes[i + 1] as u32 & 0x3F) << 6)
        | (bytes[i + 2] as u32 & 0x3F);
    assert!(c >= HAN_FIRST && c <= HAN_LAST, "a CJK Unified Ideograph");
    c
}

/// Sets the bit of `c` in `map`.
const fn set(map: &mut [u64; WORDS], c: u32) {
    let i = (c - HAN_FIRST) as usize;
    map[i / 64] |= 1 << (i % 64);
}

/// The bitmaps of [`TABLES`]: the first character of each pair of `pairs`,
/// and the second unless it is in `shared`.
const fn tables(pairs: &str, shared: &str) -> [[u64; WORDS]; 2] {
    let (pairs, shared) = (pairs.as_bytes(), shared.as_bytes());
    let mut traditional = [0; WORDS];
    let mut simplified = [0; WORDS];
    let mut i = 0;
    while i < pairs.len() {
        if pairs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        set(&mut traditional, han_at(pairs, i));
        let s = han_at(pairs, i + 3);
        let mut j = 0;
        let mut is_shared = false;
        while j < shared.len() {
            is_shared |= han_at(shared, j) == s;
            j += 3;
        }
        if !is_shared {
            set(&mut simplified, s);
        }
        i += 6;
        assert!(
            i == pairs.len() || pairs[i].is_ascii_whitespace(),
            "pairs of two"
        );
    }
    [traditional, simplified]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tag of one text.
    fn tag(text: &str) -> Option<String> {
        detect([text])
    }

    fn counts(text: &str) -> Counts {
        let mut counts = Counts::default();
        counts.add(text);
        counts
    }

    fn is_set(map: &[u64; WORDS], c: char) -> bool {
        let i = (u32::from(c) - HAN_FIRST) as usize;
        map[i / 64] & (1 << (i % 64)) != 0
    }

    #[test]
    fn the_table_is_pairs_of_distinct_characters_each_in_one_script() {
        let pairs: Vec<Vec<char>> = PAIRS
            .split_whitespace()
            .map(|p| p.chars().collect())
            .collect();
        assert!(pairs.len() >= 300, "{}", pairs.len());
        let mut all: Vec<char> = pairs.iter().flatten().copied().collect();
        assert!(pairs.iter().all(|p| p.len() == 2 && p[0] != p[1]));
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "no character twice");
        let [traditional, simplified] = &TABLES;
        for p in &pairs {
            assert!(
                is_set(traditional, p[0]) && !is_set(simplified, p[0]),
                "{}",
                p[0]
            );
            let shared = SHARED.contains(p[1]);
            assert_eq!(is_set(simplified, p[1]), !shared, "{}", p[1]);
            assert!(!is_set(traditional, p[1]), "{}", p[1]);
        }
        let ones: u32 = traditional
            .iter()
            .chain(simplified)
            .map(|w| w.count_ones())
            .sum();
        assert_eq!(ones as usize, 2 * pairs.len() - SHARED.chars().count());
        // Every shared character is a Simplified counterpart of the table.
        for c in SHARED.chars() {
            assert!(pairs.iter().any(|p| p[1] == c), "{c}");
        }
    }

    #[test]
    fn simplified_and_traditional_chinese() {
        // Not corpus text: written for this test, the same sentence in both scripts.
        let hans = "我们这个学期的课程很多，老师说下个星期还会有考试，大家都觉得时间不够。";
        let hant = "我們這個學期的課程很多，老師說下個星期還會有考試，大家都覺得時間不夠。";
        assert_eq!(tag(hans).as_deref(), Some("zh-Hans"));
        assert_eq!(tag(hant).as_deref(), Some("zh-Hant"));
        let c = counts(hant);
        assert!(c.traditional >= 8 && c.simplified == 0, "{c:?}");
        // Taiwan's 台 is no sign of Simplified text.
        assert_eq!(
            tag("台北市政府今天宣布，台灣各地的公車將會調整票價。").as_deref(),
            Some("zh-Hant")
        );
    }

    #[test]
    fn traditional_must_clearly_outnumber_simplified() {
        // A Simplified text quoting a Traditional title stays Simplified.
        let text = "这篇报道引用了台湾媒体的标题《總統府發表聲明》，并说明了事件经过。";
        let c = counts(text);
        assert!(
            c.traditional > 0 && c.traditional <= 2 * c.simplified,
            "{c:?}"
        );
        assert_eq!(tag(text).as_deref(), Some("zh-Hans"));
        // And the other way round.
        let text = "這篇報導引用了大陆媒体的标题，並說明了事件經過與當時的處理。";
        let c = counts(text);
        assert!(
            c.simplified > 0 && c.traditional > 2 * c.simplified,
            "{c:?}"
        );
        assert_eq!(tag(text).as_deref(), Some("zh-Hant"));
    }

    #[test]
    fn chinese_without_any_marker_is_zh() {
        // Characters both scripts write alike.
        assert_eq!(tag("中文是一种语言").as_deref(), Some("zh-Hans"));
        assert_eq!(tag("山上有花，水中有魚").as_deref(), Some("zh-Hant"));
        assert_eq!(tag("上山下海，天地人和").as_deref(), Some("zh"));
    }

    #[test]
    fn japanese_by_its_kana_even_with_many_kanji() {
        let ja = "東京都議会議員選挙の投開票日、各党党首は最終日の街頭演説で支持を訴えた。";
        let c = counts(ja);
        assert!(c.han > 2 * c.kana, "mostly kanji: {c:?}");
        assert_eq!(tag(ja).as_deref(), Some("ja"));
        assert_eq!(
            tag("ひらがなとカタカナだけのぶんしょうです").as_deref(),
            Some("ja")
        );
        // A Chinese text with a Japanese title in it is still Chinese.
        let zh = "这位导演的新片《すずめの戸締まり》在中国上映以后，票房远远超过了同期的其他电影。\
                  影评人说，这部电影讲的是灾难之后的生活，很多观众看完以后都觉得很感动。";
        assert!(counts(zh).kana > 0);
        assert_eq!(tag(zh).as_deref(), Some("zh-Hans"));
        // The middle dot and the long-vowel mark are punctuation in Chinese.
        assert_eq!(counts("約翰・史密斯ー").kana, 0);
    }

    #[test]
    fn korean_by_its_hangul() {
        assert_eq!(
            tag("서울시는 오늘 새로운 교통 정책을 발표했다").as_deref(),
            Some("ko")
        );
        // Hanja in Korean text.
        assert_eq!(
            tag("大韓民國 헌법 제1조는 대한민국은 민주공화국이라고 한다").as_deref(),
            Some("ko")
        );
    }

    #[test]
    fn latin_letters_in_chinese_text_do_not_make_it_english() {
        let text = "前 Paypal 傳奇實習生 Paul Martin 的小故事 Continue reading on Medium »";
        let c = counts(text);
        assert!(c.letters > 3 * c.han, "{c:?}");
        assert_eq!(tag(text).as_deref(), Some("zh-Hant"));
    }

    #[test]
    fn too_little_text() {
        assert_eq!(tag(""), None);
        assert_eq!(tag("2024-01-01 12:00 — 123 · 456"), None);
        assert_eq!(tag("新闻"), None);
        assert_eq!(tag("Hi there"), None);
        assert_eq!(counts("Ab 中 ち 한 é").letters, 3);
    }

    /// English by its function words, without whatlang; other languages
    /// in Latin letters, even with English names and words in them, are
    /// left to whatlang.
    #[test]
    fn english_by_its_function_words() {
        let en = "The city council voted on Tuesday to expand the bus network, after \
                  months of complaints from residents who said that they were waiting \
                  too long, and the mayor said it was the first of several changes to \
                  the way the service is run.";
        assert!(is_english(en));
        for other in [
            // Dutch, German, Spanish, Indonesian, Tagalog: some words
            // English writes too (`is`, `was`, `he`, `to`), too few.
            "De gemeenteraad heeft dinsdag gestemd over de uitbreiding van het busnet, \
             na maanden van klachten van bewoners over lange wachttijden, en de burgemeester \
             zei dat het de eerste van een reeks wijzigingen is in de manier waarop de dienst \
             wordt gerund.",
            "Der Stadtrat hat am Dienstag die Erweiterung des Busnetzes beschlossen, nach \
             Monaten voller Beschwerden der Anwohner, was die langen Wartezeiten angeht, und \
             der Bürgermeister sagte, es sei die erste von mehreren Änderungen.",
            "El concejo municipal votó el martes la ampliación de la red de autobuses, tras \
             meses de quejas de los vecinos por las largas esperas, y el alcalde dijo que es \
             el primero de varios cambios en la forma en que se gestiona el servicio.",
            "Dewan kota memberikan suara pada hari Selasa untuk memperluas jaringan bus, \
             setelah berbulan bulan keluhan dari warga tentang waktu tunggu yang lama, dan \
             wali kota mengatakan itu adalah yang pertama dari beberapa perubahan.",
            "Bumoto ang konseho ng lungsod noong Martes upang palawakin ang network ng bus, \
             matapos ang ilang buwan ng mga reklamo mula sa mga residente tungkol sa \
             mahabang paghihintay, at sinabi ng alkalde na ito ang una sa ilang pagbabago.",
        ] {
            assert!(!is_english(other), "{other}");
        }
        // Too few words to tell.
        assert!(!is_english("The city council voted on Tuesday."));
        // Dutch that counts as English (`is`, `was`, `we`) writes `het`,
        // `een`, `niet`: it goes to whatlang. So do Frisian, Tagalog and
        // Vietnamese without diacritics.
        let nl = "Het is wat het is. We weten het niet, en het was ook nooit de bedoeling \
                  dat we het zouden weten. Is het erg? Het is niet erg. Het was een mooie \
                  tijd en we hebben het goed gehad. Nu is het voorbij, en we gaan verder \
                  met wat er is.";
        assert!(!is_english(nl));
        assert_eq!(tag(nl).as_deref(), Some("nl"));
        for other in [
            "It is in moaie dei en it waar is goed. It hus fan myn heit is grut en it is ticht \
             by it doarp. Wy gean nei it strand en it is dar drok. It wie juster kald mar hjoed \
             is it waarm.",
            "Sinabi ng Pangulo na ang bagong batas ay para sa lahat. The law is for the people, \
             and we will make sure that it is followed, aniya sa isang talumpati.",
            "Doi tuyen the thao Viet Nam co the gianh chien thang tai the van hoi. Cac van dong \
             vien da the hien tinh than the thao cao. To chuc the thao the gioi danh gia cao.",
        ] {
            assert!(!is_english(other), "{other}");
        }
        assert_eq!(tag(en).as_deref(), Some("en"));
    }

    #[test]
    fn alphabetic_languages_by_whatlang() {
        let en = "The city council voted on Tuesday to expand the bus network, \
                  after months of complaints from residents about long waits.";
        assert_eq!(tag(en).as_deref(), Some("en"));
        let fr = "Le conseil municipal a voté mardi l'extension du réseau de bus, \
                  après des mois de plaintes des habitants sur les longues attentes.";
        assert_eq!(tag(fr).as_deref(), Some("fr"));
        let ru = "Городской совет во вторник проголосовал за расширение автобусной сети \
                  после многомесячных жалоб жителей на долгое ожидание.";
        assert_eq!(tag(ru).as_deref(), Some("ru"));
    }

    #[test]
    fn only_the_first_kilobytes_are_read() {
        let hans = "我们这个学期的课程很多，老师说下个星期还会有考试。".repeat(100);
        let hant = "我們這個學期的課程很多，老師說下個星期還會有考試。".repeat(400);
        assert!(hans.len() > SAMPLE_BYTES);
        assert_eq!(
            detect([hans.as_str(), hant.as_str()]).as_deref(),
            Some("zh-Hans")
        );
        assert_eq!(
            detect(["标题", hant.as_str(), hans.as_str()]).as_deref(),
            Some("zh-Hant")
        );
        let read: usize = sample([hans.as_str(), hant.as_str()].into_iter(), SAMPLE_BYTES)
            .map(str::len)
            .sum();
        assert!(read <= SAMPLE_BYTES && read > SAMPLE_BYTES - 4, "{read}");
        // Cut at a character boundary, and nothing is read past the cut.
        let pieces: Vec<&str> = sample(["a", &hans, "b"].into_iter(), SAMPLE_BYTES).collect();
        assert_eq!(pieces.len(), 2);
        assert!(pieces[1].chars().count() > 1000);
    }

    #[test]
    fn a_settled_text_is_not_read_further() {
        // The first paragraph holds 32 Simplified markers and no other: the
        // Traditional quote after it is not read, though it is longer.
        let hans = "我们这个学期的课程很多，老师说下个星期还会有考试。".repeat(4);
        let hant = "我們這個學期的課程很多，老師說下個星期還會有考試。".repeat(10);
        let c = counts(&hans);
        assert!(
            c.simplified >= SETTLED && c.traditional == 0 && c.settled(),
            "{c:?}"
        );
        assert_eq!(
            detect([hans.as_str(), hant.as_str()]).as_deref(),
            Some("zh-Hans")
        );
        // Unsettled (one Traditional marker in the title), both are read.
        assert_eq!(
            detect(["這", hans.as_str(), hant.as_str()]).as_deref(),
            Some("zh-Hant")
        );
        // Kana keep a text unsettled, so that Japanese is read on.
        let mut c = counts(&hans);
        c.kana = 1;
        assert!(!c.settled());
    }

    #[test]
    fn from_title_lead_and_blocks() {
        let blocks = [Block {
            kind: crate::BlockKind::Paragraph,
            text: "他說這個問題已經解決了，請大家放心，學校會繼續關注。".into(),
            links: Vec::new(),
        }];
        assert_eq!(
            of_article("標題", None, &blocks).as_deref(),
            Some("zh-Hant")
        );
        assert_eq!(of_article("標題", None, &[]), None);
    }
}
