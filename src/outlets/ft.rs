//! FT中文网 (ft.com, ftchinese.com).
//!
//! No date line. The standfirst is `story-lead` (a generic `…lead` class);
//! ad slots embed their settings as JSON in an attribute (`mpuInStory`);
//! editor notes with `责编` credits are generic.
//!
//! Golden cases (`tests/golden/ft/`): `2020-editor-note-with-responsible-editor-email`,
//! `2020-editor-note-with-zebian-email-feedx`, `2020-six-images-pic-divs-translator`,
//! `2020-story-lead-mpu-ad-translator-feedx`.

use super::{Markers, Outlet, Rules, Spec};

pub(super) static SPEC: Spec = Spec {
    outlet: Outlet::Ft,
    name: "ft",
    hosts: &["ft.com", "ftchinese.com"],
    body_marks: &[],
    rules: Rules {
        markers: Markers {
            container_values: &["mpuInStory"],
            ..Markers::NONE
        },
        ..Rules::NONE
    },
};
