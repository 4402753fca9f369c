//! 端传媒 Initium Media (theinitium.com).
//!
//! The body is a `<section><article>` with the text, figures and, for
//! members' articles, the paywall note where the free part ends; a
//! `<footer>` with the article's link closes it (a generic rule). No date
//! line and no byline in the body.
//!
//! ```html
//! <section><article><p>…</p>
//! <figure><img src="https://d32kak7w9u5ewj.cloudfront.net/media/image/2020/07/….jpg?imageView2/1/w/1080/h/720/format/jpg">
//! <figcaption itemprop="caption">2020年6月9日，山西省太原市…<span class="credit">攝：VCG/VCG via Getty Images</span></figcaption></figure>
//! <br><br>-----------<br><br><p>閱讀餘下全文，需要您的小額支持，讓優質內容可以自食其力。</p>
//! <p>暢讀全站所有好內容？每月只需一餐飯的錢，好新聞，並不貴。</p>
//! <p>支持我們，請成為付費會員。馬上<a href="https://theinitium.com/subscription/offers/"> 點擊 </a>，與端傳媒站得更近。</p></article>
//! <footer><p><span>原文鏈接：</span><a …>…</a></p><p><span>端傳媒：</span><a …>…</a></p></footer></section>
//! ```
//!
//! The credit span is a generic rule; its labels `攝：` and `圖：` are
//! Initium's, and not part of the credit. The paywall note is boilerplate,
//! with the dashes that open it (which, in the corpus, only ever open it).
//! The note opening republished Wall Street Journal pieces (`本文原刊於《華爾街日報》…`)
//! is feed furniture, a generic rule.
//!
//! Golden cases (`tests/golden/initium/`): `2020-link-only-project-page`, `2020-paywall-book-card`,
//! `2020-paywall-note-dashes`, `2020-photo-essay-captions-credits`,
//! `2020-wsj-republication-note-credit`.

use super::{Captions, Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Initium,
    name: "initium",
    hosts: &["theinitium.com"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            lines: &["閱讀餘下全文", "暢讀全站所有好內容", "請成為付費會員"],
            labels: &["-----------"],
            ..Markers::NONE
        },
        captions: Captions {
            credit_labels: &["攝：", "圖："],
            ..Captions::NONE
        },
        ..Rules::NONE
    },
};
