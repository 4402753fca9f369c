//! JSON both ways: what newsnap writes, it reads back as the same values.

mod common;

use newsnap::{Article, Outlet, Platform, TimestampFallback, Warning};

/// Every corpus article, through JSON and back, is the same `Article`; and
/// so is a `snapshot2json` line, whose extra `path` is ignored.
#[test]
fn every_corpus_article_reads_back_from_its_json() {
    let Some(files) = common::corpus_files() else {
        return;
    };
    let mut checked = 0;
    for (name, input) in &files {
        let article = newsnap::parse(input).unwrap_or_else(|e| panic!("{name}: {e}"));
        let json = serde_json::to_string(&article).expect("serialises");
        let back: Article = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, article, "{name}");
        let line = format!("{{\"path\":{:?},{}", name, &json[1..]);
        let back: Article = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back, article, "{name}");
        checked += 1;
    }
    assert_eq!(checked, files.len());
    println!("json: {checked} articles read back");
}

/// JSON written before `Article::language` existed reads back, the
/// field `None` and every other field as it was.
#[test]
fn json_without_language_reads_back() {
    let article = newsnap::parse(newsnap::SEED).expect("the seed parses");
    let mut json = serde_json::to_value(&article).expect("serialises");
    let old = json.as_object_mut().expect("object");
    assert!(old.remove("language").is_some(), "the field is written");
    let back: Article = serde_json::from_value(json).expect("reads back");
    let mut expected = article;
    expected.language = None;
    assert_eq!(back, expected);
}

#[test]
fn every_warning_reads_back() {
    let warnings = [
        Warning::LegacyDateLine,
        Warning::DepthLimited(3),
        Warning::TooManyElements(70_000),
        Warning::UnreadableDateLine("昨天".into()),
        Warning::UnreadableTimestamp {
            raw: "NaN".into(),
            fallback: Some(TimestampFallback::FrontMatter),
        },
        Warning::UnreadableTimestamp {
            raw: String::new(),
            fallback: None,
        },
        Warning::TimestampInSeconds(1_599_564_195),
    ];
    let mut codes = Vec::new();
    for w in warnings {
        let json = serde_json::to_value(&w).expect("serialises");
        assert_eq!(json["code"], w.code(), "{json}");
        assert_eq!(json["message"], w.to_string(), "{json}");
        let back: Warning = serde_json::from_value(json.clone()).expect("reads back");
        assert_eq!(back, w, "{json}");
        codes.push(w.code());
    }
    codes.dedup();
    assert_eq!(codes, Warning::CODES, "every code is listed, in order");
    let unknown = serde_json::from_str::<Warning>(r#"{"code":"new_kind","message":"m"}"#);
    assert!(unknown.is_err());
}

#[test]
fn names_read_back() {
    for outlet in Outlet::known() {
        let json = serde_json::to_string(outlet).unwrap();
        assert_eq!(&serde_json::from_str::<Outlet>(&json).unwrap(), outlet);
    }
    let other: Outlet = serde_json::from_str(r#""blog.example""#).unwrap();
    assert_eq!(other, Outlet::Other("blog.example".into()));
    for platform in [Platform::X, Platform::Other("mastodon".into())] {
        let json = serde_json::to_string(&platform).unwrap();
        assert_eq!(serde_json::from_str::<Platform>(&json).unwrap(), platform);
    }
}

/// Long-tail snapshots too, those with `<!--NaN-->` timestamps included.
#[test]
fn long_tail_articles_read_back_from_their_json() {
    let dir = common::longtail_dir();
    let Some(files) = common::markdown_files(&dir) else {
        println!("skipped: ../shared/corpus-longtail not found");
        return;
    };
    let mut nan = 0;
    for path in &files {
        let input = std::fs::read_to_string(path).expect("readable");
        let article = newsnap::parse(&input).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        nan += usize::from(article.timestamp_raw.is_some());
        let json = serde_json::to_string(&article).expect("serialises");
        let back: Article = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, article, "{}", path.display());
    }
    assert!(nan >= 10, "{nan} NaN timestamps");
    println!(
        "json: {} long-tail articles read back, {nan} with NaN timestamps",
        files.len()
    );
}

/// JSON written before media had positions and before `audio` existed
/// still reads: every position is 0. An article without sounds writes no
/// `audio` key.
#[test]
fn json_without_positions_or_audio_reads_back() {
    let snapshot = "<!--0-->\n[T](https://www.voachinese.com/a/1.html)\n------\n\n\
                    <p>一</p><img src=\"/a.jpg\"><p>二</p><video src=\"/v.mp4\"></video>";
    let article = newsnap::parse(snapshot).expect("parses");
    assert_eq!(
        (article.images[0].position, article.videos[0].position),
        (1, 2)
    );
    let mut json = serde_json::to_value(&article).expect("serialises");
    assert!(json.get("audio").is_none(), "{json}");
    for media in ["images", "videos"] {
        for m in json[media].as_array_mut().expect("a list") {
            assert!(m
                .as_object_mut()
                .expect("an object")
                .remove("position")
                .is_some());
        }
    }
    let old: Article = serde_json::from_value(json).expect("reads old JSON");
    assert_eq!((old.images[0].position, old.videos[0].position), (0, 0));
    assert!(old.audio.is_empty());
    let mut expected = article.clone();
    expected.images[0].position = 0;
    expected.videos[0].position = 0;
    assert_eq!(old, expected);

    let with_audio = newsnap::parse(&format!("{snapshot}<audio src=\"/a.mp3\"></audio>")).unwrap();
    let json = serde_json::to_value(&with_audio).expect("serialises");
    assert_eq!(json["audio"][0]["url"], "https://www.voachinese.com/a.mp3");
    assert_eq!(json["audio"][0]["position"], 2);
}
