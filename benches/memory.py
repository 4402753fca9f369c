#!/usr/bin/env python3
"""Peak memory of the `parse` example on inputs at the size limit.

    cargo build --release --example parse
    python3 benches/memory.py [--size BYTES] [--bin target/release/examples/parse]

Writes each input to a temporary directory, runs the example on it under
`/usr/bin/time -f %M` (peak RSS) and prints one Markdown table row per input:
its name, size, peak RSS, RSS over input size, and seconds. The inputs:

- `real_<outlet>`: the largest snapshot of each outlet in `../shared/corpus`
  (and the seed, `real_seed`), its header kept and its body repeated to the
  size; skipped when the corpus is absent;
- the hostile families of `benches/parse.rs` (a valid header, then one unit
  repeated to the size), plus `links6` (links with six attributes), `b_soup`
  (`<b>x</b>`) and `img` (`<img src>`).

The default size is 31 MiB, under the default 32 MiB input limit.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

HEADER = "<!--1699308901000-->\n[t](https://www.rfi.fr/cn/x)\n------\n\n"
FAMILIES = {
    "div_deep": ("", "<div>"),
    "span_deep": ("", "<span>"),
    "table_deep": ("", "<table><tr><td>"),
    "template_deep": ("", "<template>"),
    "svg_deep": ("<svg>", "<svg><g>"),
    "svg_script": ("<svg>", "<script>x"),
    "math_deep": ("", "<math><mrow>"),
    "p_soup": ("", "<p>x"),
    "p_closed": ("", "<p>x</p>"),
    "li_soup": ("", "<li>x"),
    "ul_li": ("", "<ul><li>x"),
    "dl": ("", "<dt>x<dd>y"),
    "option": ("", "<option>x"),
    "b_open_p": ("", "<b><p>x"),
    "misnested": ("", "<i><b>x</i></b>"),
    "font_open": ("", "<font>x"),
    "a_open": ("", '<a href="/a">x'),
    "b_closed": ("", "<b>x</b><p>y</p>"),
    "b_soup": ("", "<b>x</b>"),
    "table_rows": ("<table>", "<tr><td>x</td></tr>"),
    "foster": ("<table>", "<div>x"),
    "entities": ("", "&amp;&lt;&#x4e2d;&nbsp;"),
    "links": ("", '<a href="/a?b=%E4%B8%AD">x</a>'),
    "links6": ("", '<a href="/a" class="c" id="i" title="t" rel="r" target="_blank">x</a>'),
    "img": ("", '<img src="/a.jpg">'),
    "br": ("", "x<br>"),
}


def repeated(size, head, unit):
    n = len(head.encode())
    return head + unit * ((size - n) // len(unit.encode()))


def inputs(size, root):
    corpus = os.path.join(root, "..", "shared", "corpus")
    seed = os.path.join(root, "..", "shared", "seed.md")
    reals = [("seed", seed)] if os.path.exists(seed) else []
    for outlet in sorted(os.listdir(corpus)) if os.path.isdir(corpus) else []:
        files = glob.glob(os.path.join(corpus, outlet, "*.md"))
        if files:
            reals.append((outlet, max(files, key=os.path.getsize)))
    if not reals:
        print("skipping the real bodies: ../shared/corpus not found", file=sys.stderr)
    for name, path in reals:
        text = open(path, encoding="utf-8").read()
        dashes = text.find("\n---")
        if dashes < 0:
            continue
        end = text.index("\n", dashes + 1) + 1
        head, body = text[:end], text[end:]
        if not body.strip():
            continue
        count = (size - len(head.encode())) // len(body.encode())
        yield "real_" + name, head + body * count
    for name, (prefix, unit) in FAMILIES.items():
        yield name, repeated(size, HEADER + prefix, unit)
    room = size - 200
    title = "新闻标题 title "
    yield "title_huge", (
        "<!--1699308901000-->\n[" + title * (room // len(title.encode()))
        + "](https://www.rfi.fr/cn/x)\n------\n\n<p>x</p>\n"
    )
    yield "url_huge", (
        "<!--1699308901000-->\n[t](https://www.rfi.fr/cn/" + "%E4%B8%AD" * (room // 9)
        + ")\n------\n\n<p>x</p>\n"
    )
    yield "attrs_huge", HEADER + '<p a="' + "v" * (size - len(HEADER) - 20) + '">x</p>'


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=31 << 20)
    ap.add_argument("--only", help="a substring of the names of the inputs to run")
    ap.add_argument("--bin", default=os.path.join(root, "target/release/examples/parse"))
    args = ap.parse_args()
    print("| input | bytes | peak RSS | × input | seconds |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in inputs(args.size, root):
            if args.only and args.only not in name:
                continue
            path = os.path.join(tmp, name + ".md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            size = os.path.getsize(path)
            stats = os.path.join(tmp, "time")
            run = subprocess.run(
                ["/usr/bin/time", "-o", stats, "-f", "%M %e", args.bin, path],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )
            kb, secs = open(stats).read().split()[-2:]
            rss = int(kb) * 1024
            status = "" if run.returncode == 0 else " (failed)"
            print(f"| {name}{status} | {size:,} | {rss / 2**20:,.0f} MiB | {rss / size:.2f}× | {secs} |")
            os.remove(path)


if __name__ == "__main__":
    main()
