//! The README's JSON of the seed is what the crate produces (less
//! `body_html`, which the README shortens).

#[test]
fn readme_json_matches_the_seed() {
    let readme = include_str!("../README.md");
    let start = readme.find("```json\n").expect("a JSON block") + "```json\n".len();
    let end = start + readme[start..].find("```").expect("closed");
    let mut shown: serde_json::Value =
        serde_json::from_str(&readme[start..end]).expect("valid JSON");
    let article = newsnap::parse(newsnap::SEED).expect("the seed parses");
    let mut actual = serde_json::to_value(&article).expect("serialisable");
    shown.as_object_mut().expect("object").remove("body_html");
    actual.as_object_mut().expect("object").remove("body_html");
    assert_eq!(shown, actual);
}
