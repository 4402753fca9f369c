//! Bylines: names from the date line, byline elements, author lines and
//! opening name lists.

use html5ever::Attribute;

use super::nodes;
use crate::html::{self, Data, NodeRef};

/// A byline from its lines: without the placeholder `null` and without
/// repeated names (`KAI SCHULTZ,KAI SCHULTZ`).
pub(crate) fn clean(lines: &[String]) -> Option<String> {
    let mut names: Vec<&str> = Vec::new();
    for name in lines
        .iter()
        .flat_map(|l| l.split([',', '，', '、']))
        .map(|n| {
            let n = n.trim();
            n.strip_prefix("null ").unwrap_or(n).trim()
        })
    {
        if !name.is_empty() && !name.eq_ignore_ascii_case("null") && !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// A line naming the author, on every host: a label and a separator
/// (`作者：周保松`, `文：陳韻聿`, `作者 | 张依依`, `作者丨王旭`, `文／…`,
/// `撰稿丨…；翻译丨…`, whose first name is taken), `By Jane Doe`, or a
/// reporter's credit (`本报记者 张三 北京报道`).
pub(crate) fn of_line(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > 60 {
        return None;
    }
    labelled(line)
        .or_else(|| by_line(line))
        .or_else(|| reported_by(line))
}

/// `作者：…` and the like; the name ends at the next role (`；翻译丨…`).
fn labelled(line: &str) -> Option<String> {
    const LABELS: &[&str] = &["作者", "撰文", "撰稿", "文字", "文"];
    const SEPARATORS: &[char] = &['：', ':', '|', '｜', '丨', '／', '/'];
    let rest = LABELS.iter().find_map(|label| line.strip_prefix(label))?;
    let rest = rest.trim_start().strip_prefix(SEPARATORS)?;
    let name = rest.split(['；', ';', '，', ',']).next()?.trim();
    (!name.is_empty() && name.chars().count() <= 30).then(|| name.to_owned())
}

/// `By Jane Doe`, `by Ping`, `By Jane Doe and John Roe`: names that start
/// with a capital (or are Chinese), no digits, at most six words.
fn by_line(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
        .or_else(|| line.strip_prefix("BY "))?
        .trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let is_name = |w: &&str| {
        matches!(*w, "and" | "&")
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_ascii())
    };
    let fits = !words.is_empty()
        && words.len() <= 6
        && words.iter().all(is_name)
        && !rest
            .chars()
            .any(|c| c.is_ascii_digit() || ".!?。".contains(c));
    fits.then(|| rest.trim_end_matches([',', '，']).to_owned())
}

/// `记者 张三 北京报道`, `本台記者李四報導`: the reporter's name, when it
/// stands apart (a space after it) or alone.
fn reported_by(line: &str) -> Option<String> {
    let rest = ["本报", "本台", "本网", "本報", "本網", ""]
        .iter()
        .find_map(|p| {
            line.strip_prefix(p)?
                .strip_prefix("记者")
                .or_else(|| line.strip_prefix(p)?.strip_prefix("記者"))
        })?;
    let middle = ["报道", "報導", "报导", "報道"]
        .iter()
        .find_map(|s| rest.strip_suffix(s))?
        .trim();
    let name = match middle.split_once(char::is_whitespace) {
        Some((name, _place)) => name,
        None if middle.chars().count() <= 4 => middle,
        None => return None,
    };
    let name = name.trim();
    (!name.is_empty() && name.chars().count() <= 12 && !name.contains(['：', ':']))
        .then(|| name.to_owned())
}

/// The byline an element holds (`<address>`, `itemprop="byline"`), its
/// lines without a leading `by `.
pub(crate) fn of_element(node: NodeRef<'_>) -> Option<String> {
    let lines: Vec<String> = nodes::short_text_lines(node, 256)
        .into_iter()
        .map(
            |l| match l.strip_prefix("by ").or_else(|| l.strip_prefix("By ")) {
                Some(name) => name.to_owned(),
                None => l,
            },
        )
        .collect();
    clean(&lines)
}

/// Elements that hold the byline by markup.
pub(crate) fn is_byline(attrs: &[Attribute]) -> bool {
    html::attr(attrs, "itemprop").is_some_and(|v| v.eq_ignore_ascii_case("byline"))
}

/// The items of a list, when every item is one short line of text without
/// links (a list of names, which an outlet's
/// [`byline_list`](crate::outlets::Hooks::byline_list) hook reads).
pub(crate) fn list_lines(node: NodeRef<'_>) -> Option<Vec<String>> {
    let mut items = Vec::new();
    for li in node.children() {
        match li.data() {
            Data::Element(e) if &*e.local == "li" => {
                let lines = nodes::short_text_lines(li, 120);
                let [line] = lines.as_slice() else {
                    return None;
                };
                if li.has_descendant("a") {
                    return None;
                }
                items.push(line.clone());
            }
            Data::Text(t) if t.trim().is_empty() => {}
            _ => return None,
        }
    }
    Some(items)
}

#[cfg(test)]
mod tests {
    use super::of_line;

    #[test]
    fn byline_lines() {
        for (line, name) in [
            ("作者：周保松", "周保松"),
            ("作者丨王小明", "王小明"),
            ("文｜陈一", "陈一"),
            ("文 | 刘二", "刘二"),
            ("文／張三", "張三"),
            ("撰稿丨某甲；翻译丨某乙", "某甲"),
            ("By Jane Doe", "Jane Doe"),
            ("by Ping", "Ping"),
            ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
            ("本报记者 张三 北京报道", "张三"),
            ("記者李四報導", "李四"),
        ] {
            assert_eq!(of_line(line).as_deref(), Some(name), "{line}");
        }
        for line in [
            "By 2030, the city will have grown.",
            "by the river we sat down",
            "文化部今天宣布",
            "作者说，在这之前，就已经接到了他们的电话，要求删除文章：",
            "记者：我们也注意到，众议院中国工作小组中只有共和党成员。",
            "记者今天在现场看到的情况报道",
            "作者",
        ] {
            assert_eq!(of_line(line), None, "{line}");
        }
    }
}
