//! The seed snapshot (`examples/data/seed.md`, RFI, 6 November 2023): every
//! field of its Article, as read from the source by hand.

use newsnap::{BlockKind, LocalTime, Outlet, Platform};

#[test]
fn seed_header_fields() {
    let a = newsnap::parse(newsnap::SEED).unwrap();
    // <!--1699308901000-->
    assert_eq!(a.timestamp.unwrap().timestamp_millis(), 1_699_308_901_000);
    assert_eq!(
        a.timestamp.unwrap().to_rfc3339(),
        "2023-11-06T22:15:01+00:00"
    );
    assert_eq!(a.title, "白宫：拜登与内塔尼亚胡讨论战术性停火可能性");
    assert_eq!(
        a.url.as_str(),
        "https://www.rfi.fr/cn/%E4%B8%AD%E5%9B%BD/20231106-%E7%99%BD%E5%AE%AB-%E6%8B%9C%E7%99%BB%E4%B8%8E%E5%86%85%E5%A1%94%E5%B0%BC%E4%BA%9A%E8%83%A1%E8%AE%A8%E8%AE%BA%E6%88%98%E6%9C%AF%E6%80%A7%E5%81%9C%E7%81%AB%E5%8F%AF%E8%83%BD%E6%80%A7"
    );
    assert_eq!(
        a.url_decoded,
        "https://www.rfi.fr/cn/中国/20231106-白宫-拜登与内塔尼亚胡讨论战术性停火可能性"
    );
    assert_eq!(a.outlet, Outlet::Rfi);
    assert_eq!(a.front_matter, None);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert!(a
        .body_html
        .starts_with("<div>06/11/2023 - 22:40</div><img src="));
    assert!(a.body_html.ends_with("https://feedx.best</a><br></div>\n"));
}

#[test]
fn seed_published_is_paris_winter_time() {
    let a = newsnap::parse(newsnap::SEED).unwrap();
    let p = a.published.unwrap();
    assert_eq!(p.raw, "06/11/2023 - 22:40");
    let local = chrono::NaiveDate::from_ymd_opt(2023, 11, 6)
        .unwrap()
        .and_hms_opt(22, 40, 0)
        .unwrap();
    assert_eq!(p.local, LocalTime::DateTime(local));
    assert_eq!(p.utc_offset.unwrap().local_minus_utc(), 3600);
    assert_eq!(p.instant.unwrap().to_rfc3339(), "2023-11-06T21:40:00+00:00");
    assert!(p.instant.unwrap() <= a.timestamp.unwrap());
    assert_eq!(a.byline, None);
}

#[test]
fn seed_text() {
    let a = newsnap::parse(newsnap::SEED).unwrap();
    assert_eq!(
        a.lead.as_deref(),
        Some("法新社消息，美国总统拜登周一(11月6日）与以色列总理内塔尼亚胡举行电话会谈，据白宫发出的声明称，拜登向内塔尼亚胡提出以色列军队在加沙地带“战术性暂停”军事行动，以允许巴勒斯坦平民撤离。布林肯访问土耳其称，积极提供加沙援助。")
    );
    let expected = [
        "白宫的声明称，在拜登与内塔尼亚胡的电话会谈中，两位领导人“讨论了战术暂停的可能性，以为平民提供安全离开战区的机会，确保援助物资运送到有需求的平民手中，并使人质获得释放”。",
        "白宫表示，拜登重申坚定支持以色列和保护以色列公民免受哈马斯及其他威胁的伤害，他也同时强调，必须保护巴勒斯坦平民并减少军事行动过程中对平民伤害。",
        "另据报道，刚刚结束土耳其访问的美国国务卿布林肯周一表示，美国正积极致力于大幅增加运抵加沙受困平民的援助，土耳其外交部长菲丹则要求布林肯支持以色列与哈马斯战争\"立即停火\"。",
        "法新社报导，布林肯在安卡拉与土耳其外长菲丹举行2个半小时的会谈，双方讨论重点是如何减少以色列与哈马斯战争造成的人道主义伤亡。",
        "布林肯在登上前往日本的飞机前告诉媒体记者：\"正如我先前所说，我们正非常积极致力让更多人道主义援助进入加沙地带，我们有非常具体的方法可以做到这一点。\"",
        "布林肯说，\"我认为我们将在未来几天看到援助规模大幅扩大\"，但他没有说明细节。",
        "土耳其外交消息人士则透露，菲丹敦促布林肯支持以色列与哈马斯战争\"立即\"停火。",
        "消息人士表示，菲丹\"要求加沙立即停火\"，并称双方同意\"需要避免加沙平民受到伤害\"。",
    ];
    let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(texts, expected);
    assert!(a
        .blocks
        .iter()
        .all(|b| b.kind == BlockKind::Paragraph && b.links.is_empty()));
    assert!(a.boilerplate.is_empty());
}

#[test]
fn seed_media() {
    let a = newsnap::parse(newsnap::SEED).unwrap();
    assert_eq!(a.images.len(), 1);
    let image = &a.images[0];
    assert_eq!(
        image.url.as_str(),
        "https://s.rfi.fr/media/display/058b2eb4-7ced-11ee-ab8e-005056bf30b7/w:1280/p:16x9/AP23078785231394-1-1.jpg"
    );
    assert_eq!(
        (
            &image.original_url,
            &image.alt,
            &image.caption,
            &image.credit
        ),
        (&None, &None, &None, &None)
    );
    // The header image comes before the bold lead: position 0, as one
    // after the lead would have.
    assert_eq!(image.position, 0);
    assert!(a.videos.is_empty() && a.audio.is_empty());
}

#[test]
fn seed_share_block_and_footer() {
    let a = newsnap::parse(newsnap::SEED).unwrap();
    let shares: Vec<(Platform, &str, &str)> = a
        .share_links
        .iter()
        .map(|s| {
            (
                s.platform.clone(),
                s.url.scheme(),
                s.target.as_ref().map_or("", |t| t.as_str()),
            )
        })
        .collect();
    assert_eq!(
        shares,
        [
            (Platform::Facebook, "https", "https://rfi.my/A54v.F"),
            (Platform::Whatsapp, "whatsapp", "https://rfi.my/A54v.W"),
            (Platform::Whatsapp, "https", "https://rfi.my/A54v.W"),
            (Platform::X, "https", "https://rfi.my/A54v.X"),
        ]
    );
    assert!(a.share_links[0]
        .url
        .as_str()
        .starts_with("https://www.facebook.com/dialog/share?app_id=113191652055439&href="));
    let footer = a.feed_footer.unwrap();
    assert_eq!(footer.service, "feedx");
    let links: Vec<&str> = footer.links.iter().map(|l| l.as_str()).collect();
    assert_eq!(links, ["https://feedx.net/", "https://feedx.best/"]);
}

#[cfg(feature = "serde")]
#[test]
fn seed_json_names_are_the_contract() {
    let a = newsnap::parse(newsnap::SEED).unwrap();
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(v["timestamp"], "2023-11-06T22:15:01Z");
    assert_eq!(v["outlet"], "rfi");
    assert_eq!(v["published"]["local"], "2023-11-06T22:40:00");
    assert_eq!(v["published"]["utc_offset"], "+01:00");
    assert_eq!(v["published"]["instant"], "2023-11-06T21:40:00Z");
    assert_eq!(v["blocks"][0]["kind"], "paragraph");
    assert_eq!(v["share_links"][3]["platform"], "x");
    assert_eq!(v["share_links"][0]["target"], "https://rfi.my/A54v.F");
    assert_eq!(v["feed_footer"]["service"], "feedx");
    assert_eq!(v["byline"], serde_json::Value::Null);
    assert_eq!(v["warnings"], serde_json::json!([]));
}
