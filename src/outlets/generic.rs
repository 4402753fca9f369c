//! The generic default: rules for every host, and all that newsnap applies
//! to hosts it does not know.
//!
//! Markers here name what no single outlet owns: ad-network and WordPress
//! classes (`adsbygoogle`, `jp-relatedposts`, `widget`, AddToAny and
//! Jetpack share blocks), screen-reader text (`visually-hidden`), the
//! full-text service's `获取更多RSS` footer, copyright notices, feed plugins'
//! credits (`Feed enhanced by`), Instagram embeds' fallback text, and the
//! labels of emptied ad slots. An outlet's own markers are applied on top of
//! these, on its pages only.

use super::{Captions, Hooks, Markers, Outlet, Rules, Spec, TimePolicy};
use crate::date::Zone;

pub(crate) static SPEC: Spec = Spec {
    outlet: Outlet::Other(String::new()),
    name: "",
    hosts: &[],
    body_marks: &[],
    rules: Rules {
        zone: Zone::Unknown,
        date_grammar: None,
        time: TimePolicy::BeforeText,
        markers: Markers {
            containers: &[
                "advert",
                "adsbygoogle",
                "jp-relatedposts",
                "related",
                "-ad",
                "widget",
            ],
            share: &["addtoany", "a2a_kit", "sharedaddy"],
            hidden: &["visually-hidden"],
            lines: &[
                "获取更多RSS",
                "版权声明",
                "版權聲明",
                "Feed enhanced by",
                "Better Feed by",
                "在 Instagram 查看這則貼文",
                "在 Instagram 查看这则帖子",
            ],
            labels: &["广告", "廣告", "Advertisement", "(完)", "（完）"],
            ..Markers::NONE
        },
        captions: Captions {
            credit_labels: crate::extract::credits::PHOTO_CREDIT_LABELS,
            ..Captions::NONE
        },
        hooks: Hooks::NONE,
    },
};
