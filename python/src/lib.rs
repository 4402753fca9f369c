//! Python bindings of `newsnap`: the native module `newsnap._newsnap`, which
//! the Python package `newsnap` (pysrc/newsnap/) re-exports.
//!
//! An [`Article`] holds the Rust `newsnap::Article` and converts a field to
//! Python objects when it is read, so `parse_many` hands articles over at
//! the cost of a move. Parsing runs with the GIL released.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex, TryLockError};

use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyIterator, PyString, PyTuple};

create_exception!(
    newsnap,
    ParseError,
    PyValueError,
    "A snapshot whose envelope (timestamp comment, title link, dashes line) is \
     malformed.\n\nAttributes: kind (a stable snake_case name such as \
     'missing_dashes'), offset (byte offset into the input), line and column \
     (1-based, the column in characters), path (the file, or None)."
);

/// `newsnap.ParseError` for `e`, its attributes set.
fn parse_error(py: Python<'_>, e: &newsnap::Error, path: Option<&Path>) -> PyErr {
    let err = ParseError::new_err(e.to_string());
    let value = err.value(py);
    let set = || -> PyResult<()> {
        value.setattr(intern!(py, "kind"), e.kind().as_str())?;
        value.setattr(intern!(py, "offset"), e.offset())?;
        value.setattr(intern!(py, "line"), e.line())?;
        value.setattr(intern!(py, "column"), e.column())?;
        value.setattr(intern!(py, "path"), path.map(Path::as_os_str))?;
        Ok(())
    };
    match set() {
        Ok(()) => err,
        Err(e) => e,
    }
}

/// An `OSError` as Python's own `open()` raises it: `OSError(errno,
/// strerror, filename)`, which Python turns into `FileNotFoundError`,
/// `PermissionError`… by its errno.
fn os_error(py: Python<'_>, e: &std::io::Error, path: &Path) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyOSError::new_err(e.to_string());
    };
    let strerror = py
        .import(intern!(py, "os"))
        .and_then(|os| os.call_method1(intern!(py, "strerror"), (errno,)))
        .and_then(|s| s.extract::<String>())
        .unwrap_or_else(|_| e.to_string());
    let made = py
        .get_type::<PyOSError>()
        .call1((errno, strerror, path.as_os_str()));
    match made {
        Ok(value) => PyErr::from_value(value),
        Err(err) => err,
    }
}

fn read_error(py: Python<'_>, e: &newsnap::ReadError, path: &Path) -> PyErr {
    match e {
        newsnap::ReadError::Io(io) => os_error(py, io, path),
        newsnap::ReadError::Parse(p) => parse_error(py, p, Some(path)),
        other => PyRuntimeError::new_err(other.to_string()),
    }
}

/// `ClassName(field=repr, …)` from the object's own attributes.
fn repr_of(obj: &Bound<'_, PyAny>, name: &str, fields: &[&str]) -> PyResult<String> {
    let mut out = format!("{name}(");
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(field);
        out.push('=');
        out.push_str(&obj.getattr(*field)?.repr()?.to_cow()?);
    }
    out.push(')');
    Ok(out)
}

/// `json.loads`, looked up once.
fn json_loads(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    LOADS.import(py, "json", "loads")
}

/// One parsed snapshot. Every field of the Rust `newsnap::Article` is an
/// attribute of the same name; `to_dict()` is the JSON object that
/// `snapshot2json` writes (without its `path`).
#[pyclass(module = "newsnap", frozen, eq)]
#[derive(PartialEq)]
struct Article {
    inner: newsnap::Article,
}

#[pymethods]
impl Article {
    /// The feed item's timestamp (line 1), a UTC datetime, or None.
    #[getter]
    fn timestamp(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.inner.timestamp
    }

    /// Line 1's comment text when it holds no number of milliseconds ('NaN'), else None.
    #[getter]
    fn timestamp_raw(&self) -> Option<&str> {
        self.inner.timestamp_raw.as_deref()
    }

    /// The title (line 2's link text), on one line.
    #[getter]
    fn title(&self) -> &str {
        &self.inner.title
    }

    /// The article URL as parsed (percent-encoded).
    #[getter]
    fn url(&self) -> &str {
        self.inner.url.as_str()
    }

    /// The URL percent-decoded where that yields UTF-8, for reading.
    #[getter]
    fn url_decoded(&self) -> &str {
        &self.inner.url_decoded
    }

    /// The outlet's name ('rfi', 'bbc', 'dw'…), or the URL's host for an unknown one.
    #[getter]
    fn outlet(&self) -> &str {
        self.inner.outlet.as_str()
    }

    /// The BCP 47 tag of the text's language ('zh-Hans', 'zh-Hant', 'en',
    /// 'ja'…), or None when there is too little text to tell.
    #[getter]
    fn language(&self) -> Option<&str> {
        self.inner.language.as_deref()
    }

    /// The body's date line, or None.
    #[getter]
    fn published(&self) -> Option<Published> {
        self.inner.published.as_ref().map(Published::from)
    }

    /// The author(s), or None.
    #[getter]
    fn byline(&self) -> Option<&str> {
        self.inner.byline.as_deref()
    }

    /// The standfirst opening the body, or None (not repeated in blocks).
    #[getter]
    fn lead(&self) -> Option<&str> {
        self.inner.lead.as_deref()
    }

    /// The article text in reading order.
    #[getter]
    fn blocks(&self) -> Vec<Block> {
        self.inner.blocks.iter().map(Block::from).collect()
    }

    /// Content images in reading order.
    #[getter]
    fn images(&self) -> Vec<Image> {
        self.inner.images.iter().map(Image::from).collect()
    }

    /// Images that are not content (tracking pixels, avatars, icons, QR
    /// codes), each with its kind.
    #[getter]
    fn other_images(&self) -> Vec<OtherImage> {
        self.inner
            .other_images
            .iter()
            .map(OtherImage::from)
            .collect()
    }

    /// Videos and embedded players.
    #[getter]
    fn videos(&self) -> Vec<Video> {
        self.inner.videos.iter().map(Video::from).collect()
    }

    /// Sounds: `<audio>` elements and podcast players.
    #[getter]
    fn audio(&self) -> Vec<Audio> {
        self.inner.audio.iter().map(Audio::from).collect()
    }

    /// The links of the body's share block.
    #[getter]
    fn share_links(&self) -> Vec<ShareLink> {
        self.inner.share_links.iter().map(ShareLink::from).collect()
    }

    /// The full-text feed service's promo footer, or None.
    #[getter]
    fn feed_footer(&self) -> Option<FeedFooter> {
        self.inner.feed_footer.as_ref().map(FeedFooter::from)
    }

    /// Text of the blocks dropped as boilerplate, in order.
    #[getter]
    fn boilerplate(&self) -> Vec<&str> {
        self.inner.boilerplate.iter().map(String::as_str).collect()
    }

    /// The Jekyll front matter in front of the snapshot, or None.
    #[getter]
    fn front_matter(&self) -> Option<&str> {
        self.inner.front_matter.as_deref()
    }

    /// The body exactly as found after the header.
    #[getter]
    fn body_html(&self) -> &str {
        &self.inner.body_html
    }

    /// Oddities met on the way that did not stop the parse.
    #[getter]
    fn warnings(&self) -> Vec<Warning> {
        self.inner.warnings.iter().map(Warning::from).collect()
    }

    /// The article as the JSON object `snapshot2json` writes, less `path`:
    /// dicts, lists, str, int and None.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = self.to_json(py)?;
        json_loads(py)?.call1((json,))
    }

    /// The article as one line of JSON (what `to_dict()` is read from).
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let inner = &self.inner;
        py.detach(|| serde_json::to_string(inner))
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }

    /// The article rendered as Markdown for reading.
    fn to_markdown(&self) -> String {
        self.inner.to_markdown()
    }

    /// The article rendered as plain text for reading (title, date line, link, text, images).
    fn to_text(&self) -> String {
        self.inner.to_text()
    }

    /// The article written back as a snapshot; `parse(a.to_snapshot()) == a`.
    fn to_snapshot(&self) -> String {
        self.inner.to_snapshot()
    }

    /// The article's best date: the published instant, else the date line's
    /// date, else the timestamp; None when it has none of them.
    fn date(&self) -> Option<ArticleDate> {
        self.inner.date().map(|d| ArticleDate {
            date: d.date,
            instant: d.instant,
            source: match d.source {
                newsnap::DateSource::PublishedInstant => "published_instant",
                newsnap::DateSource::PublishedLocal => "published_local",
                _ => "timestamp",
            },
        })
    }

    /// The lead and the blocks' texts, one paragraph each, separated by a
    /// blank line; captions only with `captions=True`.
    #[pyo3(signature = (captions = false))]
    fn plain_text(&self, captions: bool) -> String {
        if captions {
            self.inner.plain_text_with_captions()
        } else {
            self.inner.plain_text()
        }
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(
            slf.as_any(),
            "Article",
            &["outlet", "title", "url", "timestamp"],
        )
    }

    /// Pickles as its JSON, which reads back to an equal article.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let from_json = slf.get_type().getattr(intern!(py, "from_json"))?;
        (from_json, (slf.get().to_json(py)?,)).into_pyobject(py)
    }

    /// The article of a JSON object as `to_json()` or `snapshot2json`
    /// writes it (other keys, such as `path`, are ignored).
    #[staticmethod]
    fn from_json(py: Python<'_>, json: &str) -> PyResult<Article> {
        py.detach(|| serde_json::from_str(json))
            .map(|inner| Article { inner })
            .map_err(|e| PyValueError::new_err(format!("not an article's JSON: {e}")))
    }
}

/// The body's date line.
#[pyclass(module = "newsnap", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Published {
    /// The date text as found.
    #[pyo3(get)]
    raw: String,
    /// The offset from UTC of the wall-clock time (a timedelta), or None
    /// when the outlet's zone is unknown.
    #[pyo3(get)]
    utc_offset: Option<chrono::TimeDelta>,
    /// The instant, a UTC datetime, only when the zone is known.
    #[pyo3(get)]
    instant: Option<chrono::DateTime<chrono::Utc>>,
    local: Local,
}

/// `newsnap::LocalTime`, hashable.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Local {
    Date(chrono::NaiveDate),
    DateTime(chrono::NaiveDateTime),
}

impl From<&newsnap::Published> for Published {
    fn from(p: &newsnap::Published) -> Self {
        Published {
            raw: p.raw.clone(),
            utc_offset: p
                .utc_offset
                .map(|o| chrono::TimeDelta::seconds(o.local_minus_utc().into())),
            instant: p.instant,
            local: match p.local {
                newsnap::LocalTime::Date(d) => Local::Date(d),
                newsnap::LocalTime::DateTime(t) => Local::DateTime(t),
            },
        }
    }
}

#[pymethods]
impl Published {
    /// The wall-clock time the line states: a naive `datetime`, or a `date`
    /// when the line gives no time.
    #[getter]
    fn local<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self.local {
            Local::Date(d) => Ok(d.into_pyobject(py)?.into_any()),
            Local::DateTime(t) => Ok(t.into_pyobject(py)?.into_any()),
        }
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(
            slf.as_any(),
            "Published",
            &["raw", "local", "utc_offset", "instant"],
        )
    }
}

/// A block of article text.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Block {
    /// 'paragraph', 'heading', 'quote', 'list_item', 'caption', 'separator' or
    /// 'preformatted'.
    kind: &'static str,
    /// 1 to 6 for a heading, else None.
    level: Option<u8>,
    /// A list item's number in an ordered list, else None.
    ordinal: Option<u32>,
    /// A list item's depth (1 for a top-level list), else None.
    depth: Option<u8>,
    /// The text: entities decoded, white space collapsed, `<br>` as a line break.
    text: String,
    /// Links inside the block, in order.
    links: Vec<Link>,
}

impl From<&newsnap::Block> for Block {
    fn from(b: &newsnap::Block) -> Self {
        let (kind, level) = match b.kind {
            newsnap::BlockKind::Paragraph => ("paragraph", None),
            newsnap::BlockKind::Heading { level } => ("heading", Some(level)),
            newsnap::BlockKind::Quote => ("quote", None),
            newsnap::BlockKind::ListItem { .. } => ("list_item", None),
            newsnap::BlockKind::Caption => ("caption", None),
            newsnap::BlockKind::Separator => ("separator", None),
            newsnap::BlockKind::Preformatted => ("preformatted", None),
            _ => ("other", None),
        };
        let (ordinal, depth) = match b.kind {
            newsnap::BlockKind::ListItem { ordinal, depth } => (ordinal, Some(depth)),
            _ => (None, None),
        };
        Block {
            kind,
            level,
            ordinal,
            depth,
            text: b.text.clone(),
            links: b
                .links
                .iter()
                .map(|l| Link {
                    text: l.text.clone(),
                    url: l.url.to_string(),
                })
                .collect(),
        }
    }
}

#[pymethods]
impl Block {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "Block", &["kind", "level", "text", "links"])
    }
}

/// A link inside a block.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Link {
    /// The link text.
    text: String,
    /// The href, resolved against the article URL.
    url: String,
}

#[pymethods]
impl Link {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "Link", &["text", "url"])
    }
}

/// A content image.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Image {
    /// The image as the body references it, absolute.
    url: String,
    /// The image behind a proxy such as images.weserv.nl, or None.
    original_url: Option<String>,
    /// The alt text, or None.
    alt: Option<String>,
    /// The caption, or None.
    caption: Option<String>,
    /// The photo credit, or None.
    credit: Option<String>,
    /// Where it stood: the index in `blocks` of the first block after it.
    position: usize,
}

impl From<&newsnap::Image> for Image {
    fn from(i: &newsnap::Image) -> Self {
        Image {
            url: i.url.to_string(),
            original_url: i.original_url.as_ref().map(ToString::to_string),
            alt: i.alt.clone(),
            caption: i.caption.clone(),
            credit: i.credit.clone(),
            position: i.position,
        }
    }
}

#[pymethods]
impl Image {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(
            slf.as_any(),
            "Image",
            &[
                "url",
                "original_url",
                "alt",
                "caption",
                "credit",
                "position",
            ],
        )
    }
}

/// An image that is not content, and what it is.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct OtherImage {
    /// The image as the body references it, absolute.
    url: String,
    /// The alt text, or None.
    alt: Option<String>,
    /// "tracking_pixel", "avatar", "icon", "qr_code" or "promo", as in JSON.
    kind: &'static str,
}

impl From<&newsnap::OtherImage> for OtherImage {
    fn from(i: &newsnap::OtherImage) -> Self {
        OtherImage {
            url: i.url.to_string(),
            alt: i.alt.clone(),
            kind: i.kind.as_str(),
        }
    }
}

#[pymethods]
impl OtherImage {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "OtherImage", &["url", "alt", "kind"])
    }
}

/// A video or embedded player.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Video {
    /// The video or player URL.
    url: String,
    /// The poster image, or None.
    poster: Option<String>,
    /// The caption, or None.
    caption: Option<String>,
    /// Where it stood: the index in `blocks` of the first block after it.
    position: usize,
}

impl From<&newsnap::Video> for Video {
    fn from(v: &newsnap::Video) -> Self {
        Video {
            url: v.url.to_string(),
            poster: v.poster.as_ref().map(ToString::to_string),
            caption: v.caption.clone(),
            position: v.position,
        }
    }
}

#[pymethods]
impl Video {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(
            slf.as_any(),
            "Video",
            &["url", "poster", "caption", "position"],
        )
    }
}

/// A sound: an `<audio>` element or an embedded podcast player.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Audio {
    /// The sound file or player URL.
    url: String,
    /// The caption, or None.
    caption: Option<String>,
    /// Where it stood: the index in `blocks` of the first block after it.
    position: usize,
}

impl From<&newsnap::Audio> for Audio {
    fn from(a: &newsnap::Audio) -> Self {
        Audio {
            url: a.url.to_string(),
            caption: a.caption.clone(),
            position: a.position,
        }
    }
}

#[pymethods]
impl Audio {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "Audio", &["url", "caption", "position"])
    }
}

/// A link of the share block.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct ShareLink {
    /// 'facebook', 'x', 'whatsapp', 'line', 'telegram', 'weibo', 'linkedin',
    /// 'email', 'reddit', 'pinterest', or the name the share service gives.
    platform: String,
    /// The share link itself.
    url: String,
    /// The shared article URL, or None.
    target: Option<String>,
}

impl From<&newsnap::ShareLink> for ShareLink {
    fn from(s: &newsnap::ShareLink) -> Self {
        ShareLink {
            platform: s.platform.as_str().to_owned(),
            url: s.url.to_string(),
            target: s.target.as_ref().map(ToString::to_string),
        }
    }
}

#[pymethods]
impl ShareLink {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "ShareLink", &["platform", "url", "target"])
    }
}

/// The promo footer a full-text feed service appends.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct FeedFooter {
    /// The service ('feedx').
    service: String,
    /// The footer's links, in order.
    links: Vec<String>,
}

impl From<&newsnap::FeedFooter> for FeedFooter {
    fn from(f: &newsnap::FeedFooter) -> Self {
        FeedFooter {
            service: f.service.clone(),
            links: f.links.iter().map(ToString::to_string).collect(),
        }
    }
}

#[pymethods]
impl FeedFooter {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "FeedFooter", &["service", "links"])
    }
}

/// Something odd met while parsing that did not stop the parse; the same
/// fields as its JSON (`code`, `message`, and `count`, `text`, `fallback` or
/// `value` when the warning has one, else None).
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct Warning {
    /// A stable snake_case name: 'legacy_date_line', 'depth_limited',
    /// 'too_many_elements', 'unreadable_date_line', 'unreadable_timestamp',
    /// 'timestamp_in_seconds'.
    code: &'static str,
    /// For people; may change.
    message: String,
    /// Start tags dropped ('depth_limited', 'too_many_elements').
    count: Option<usize>,
    /// The text that could not be read ('unreadable_date_line', 'unreadable_timestamp').
    text: Option<String>,
    /// Where the timestamp came from instead ('unreadable_timestamp'):
    /// 'front_matter', 'published', 'url' or None.
    fallback: Option<&'static str>,
    /// The number on line 1 ('timestamp_in_seconds').
    value: Option<i64>,
}

impl From<&newsnap::Warning> for Warning {
    fn from(w: &newsnap::Warning) -> Self {
        let mut out = Warning {
            code: w.code(),
            message: w.to_string(),
            count: None,
            text: None,
            fallback: None,
            value: None,
        };
        match w {
            newsnap::Warning::DepthLimited(n) | newsnap::Warning::TooManyElements(n) => {
                out.count = Some(*n);
            }
            newsnap::Warning::UnreadableDateLine(text) => out.text = Some(text.clone()),
            newsnap::Warning::UnreadableTimestamp { raw, fallback } => {
                out.text = Some(raw.clone());
                out.fallback = fallback.map(newsnap::TimestampFallback::as_str);
            }
            newsnap::Warning::TimestampInSeconds(n) => out.value = Some(*n),
            _ => {}
        }
        out
    }
}

#[pymethods]
impl Warning {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "Warning", &["code", "message"])
    }
}

/// The article's best date, as `Article.date()` picks it.
#[pyclass(module = "newsnap", frozen, eq, hash, get_all)]
#[derive(Clone, PartialEq, Eq, Hash)]
struct ArticleDate {
    /// The calendar date (the outlet's own, or the timestamp's UTC date).
    date: chrono::NaiveDate,
    /// The instant, a UTC datetime, when known.
    instant: Option<chrono::DateTime<chrono::Utc>>,
    /// 'published_instant', 'published_local' or 'timestamp'.
    source: &'static str,
}

#[pymethods]
impl ArticleDate {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_of(slf.as_any(), "ArticleDate", &["date", "instant", "source"])
    }
}

/// Parses a snapshot given as `str`, or as `bytes` (UTF-8, with or without a BOM).
#[pyfunction]
fn parse(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Article> {
    let result = if let Ok(s) = text.cast::<PyString>() {
        let s = s.to_cow()?;
        let s: &str = &s;
        py.detach(|| newsnap::parse(s))
    } else if let Ok(b) = text.cast::<PyBytes>() {
        let bytes = b.as_bytes();
        py.detach(|| newsnap::parse_bytes(bytes))
    } else {
        return Err(PyTypeError::new_err(format!(
            "parse() takes str or bytes, not {}",
            text.get_type().name()?
        )));
    };
    result
        .map(|inner| Article { inner })
        .map_err(|e| parse_error(py, &e, None))
}

/// Reads and parses the snapshot file at `path`.
#[pyfunction]
fn parse_file(py: Python<'_>, path: PathBuf) -> PyResult<Article> {
    let result = py.detach(|| newsnap::parse_file(&path));
    result
        .map(|inner| Article { inner })
        .map_err(|e| read_error(py, &e, &path))
}

type Outcome = (PathBuf, Result<newsnap::Article, newsnap::ReadError>);

/// What a slot of the output holds once its turn comes.
enum Slot {
    Done(Box<Outcome>),
    /// The paths iterable raised, or gave something that is not a path.
    Raise(PyErr),
}

/// Results a worker gathers before handing them over: the workers and the
/// consumer meet about once per this many files, not once per file. A
/// worker hands over fewer when it finds no file waiting, so the consumer
/// never waits on results held back.
const CHUNK: usize = 8;

/// Chunks per thread that may be read ahead of the consumer.
const CHUNKS_AHEAD: usize = 4;

struct State {
    /// The paths still to hand out; None once exhausted (or it raised).
    paths: Option<Py<PyIterator>>,
    /// Jobs for the workers: a file's index and path, one file a job, so
    /// that the last files of a run spread over the threads as evenly as
    /// the first. Dropped once every path is handed out, so that the
    /// workers stop when the queue is empty.
    jobs: Option<mpsc::Sender<(usize, PathBuf)>>,
    results: mpsc::Receiver<Vec<(usize, Outcome)>>,
    /// Results that came before their turn.
    pending: BTreeMap<usize, Slot>,
    submitted: usize,
    yielded: usize,
    /// At most this many files handed out and not yet yielded.
    window: usize,
}

impl State {
    /// Hands paths to the workers, a chunk at a time, until `window` are in
    /// flight or waiting.
    fn fill(&mut self, py: Python<'_>) {
        while self.submitted - self.yielded < self.window {
            let Some(paths) = &self.paths else { return };
            let mut paths = paths.bind(py).clone();
            let mut chunk = Vec::with_capacity(CHUNK);
            // Why the paths ended, if they did: None at their end, else the
            // error to raise in the place of the next one.
            let mut end = None;
            while chunk.len() < CHUNK {
                match paths.next() {
                    None => {
                        end = Some(None);
                        break;
                    }
                    Some(Err(e)) => {
                        end = Some(Some(e));
                        break;
                    }
                    Some(Ok(item)) => match item.extract::<PathBuf>() {
                        Ok(path) => chunk.push(path),
                        Err(_) => {
                            end = Some(Some(PyTypeError::new_err(format!(
                                "parse_many() takes paths (str or os.PathLike), got {}",
                                item.repr().map_or_else(|_| "?".into(), |r| r.to_string())
                            ))));
                            break;
                        }
                    },
                }
            }
            for path in chunk {
                let sent = self
                    .jobs
                    .as_ref()
                    .is_some_and(|jobs| jobs.send((self.submitted, path)).is_ok());
                if !sent {
                    end = Some(Some(PyRuntimeError::new_err(
                        "newsnap.parse_many: the worker threads are gone",
                    )));
                    break;
                }
                self.submitted += 1;
            }
            if let Some(end) = end {
                if let Some(e) = end {
                    self.pending.insert(self.submitted, Slot::Raise(e));
                    self.submitted += 1;
                }
                self.paths = None;
                self.jobs = None;
            }
        }
    }

    fn receive(&mut self, outcomes: Vec<(usize, Outcome)>) {
        for (i, outcome) in outcomes {
            self.pending.insert(i, Slot::Done(Box::new(outcome)));
        }
    }
}

/// The iterator `parse_many` returns: an `Article`, or the exception of a
/// file that failed, per path, in input order.
#[pyclass(module = "newsnap", frozen)]
struct ParseMany {
    state: Mutex<State>,
    threads: usize,
}

/// A worker: parses the files it takes from `jobs`, and hands their
/// results over `CHUNK` at a time, or as soon as no file is waiting (the
/// consumer may be waiting on one of them). Returns once the jobs are done
/// and handed over, or the consumer is gone.
fn work(
    jobs: &Mutex<mpsc::Receiver<(usize, PathBuf)>>,
    results: &mpsc::Sender<Vec<(usize, Outcome)>>,
) {
    let mut done = Vec::with_capacity(CHUNK);
    loop {
        // Never wait with results in hand. The lock is busy when the other
        // worker is waiting for a job in it: take that as no file waiting.
        let waiting = match jobs.try_lock() {
            Ok(rx) => rx.try_recv().ok(),
            Err(TryLockError::Poisoned(e)) => e.into_inner().try_recv().ok(),
            Err(TryLockError::WouldBlock) => None,
        };
        let job = match waiting {
            Some(job) => Ok(job),
            None => {
                if !done.is_empty() && results.send(std::mem::take(&mut done)).is_err() {
                    return;
                }
                jobs.lock().unwrap_or_else(|e| e.into_inner()).recv()
            }
        };
        let Ok((i, path)) = job else { return };
        let result = newsnap::parse_file(&path);
        done.push((i, (path, result)));
        if done.len() >= CHUNK
            && results
                .send(std::mem::replace(&mut done, Vec::with_capacity(CHUNK)))
                .is_err()
        {
            return;
        }
    }
}

fn spawn_workers(threads: usize) -> PyResult<State> {
    let (jobs, job_rx) = mpsc::channel::<(usize, PathBuf)>();
    let (result_tx, results) = mpsc::channel();
    let job_rx = Arc::new(Mutex::new(job_rx));
    for _ in 0..threads {
        let job_rx = Arc::clone(&job_rx);
        let result_tx = result_tx.clone();
        std::thread::Builder::new()
            .name("newsnap-parse".into())
            .spawn(move || work(&job_rx, &result_tx))
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start a thread: {e}")))?;
    }
    Ok(State {
        paths: None,
        jobs: Some(jobs),
        results,
        pending: BTreeMap::new(),
        submitted: 0,
        yielded: 0,
        window: threads * CHUNKS_AHEAD * CHUNK,
    })
}

#[pymethods]
impl ParseMany {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let mut guard = self.state.try_lock().map_err(|_| {
            PyRuntimeError::new_err("a parse_many iterator was used from two threads at once")
        })?;
        let state = &mut *guard;
        state.fill(py);
        if state.yielded == state.submitted {
            return Ok(None);
        }
        let want = state.yielded;
        // What has come already, without releasing the GIL…
        while let Ok(chunk) = state.results.try_recv() {
            state.receive(chunk);
        }
        // …then wait for the next one with the GIL released.
        while !state.pending.contains_key(&want) {
            let results = &mut state.results;
            match py.detach(move || results.recv()) {
                Ok(chunk) => state.receive(chunk),
                Err(_) => {
                    return Err(PyRuntimeError::new_err(
                        "newsnap.parse_many: a worker thread died",
                    ))
                }
            }
        }
        let slot = state.pending.remove(&want).expect("just seen");
        state.yielded += 1;
        // Keep the workers busy while the caller works on this one.
        state.fill(py);
        drop(guard);
        match slot {
            Slot::Raise(e) => Err(e),
            Slot::Done(outcome) => match *outcome {
                (_, Ok(inner)) => Ok(Some(Py::new(py, Article { inner })?.into_any())),
                (path, Err(e)) => Ok(Some(read_error(py, &e, &path).into_value(py).into_any())),
            },
        }
    }

    /// The number of worker threads.
    #[getter]
    fn threads(&self) -> usize {
        self.threads
    }

    fn __repr__(&self) -> String {
        format!("<newsnap.ParseMany threads={}>", self.threads)
    }
}

/// Reads and parses the files at `paths` on `threads` threads (default:
/// all cores) with the GIL released.
#[pyfunction]
#[pyo3(signature = (paths, threads = None))]
fn parse_many(paths: &Bound<'_, PyAny>, threads: Option<usize>) -> PyResult<ParseMany> {
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if paths.is_instance_of::<PyString>() || paths.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "parse_many() takes an iterable of paths, not one path (use parse_file)",
        ));
    }
    let iter = paths.try_iter()?.unbind();
    let mut state = spawn_workers(threads)?;
    state.paths = Some(iter);
    Ok(ParseMany {
        state: Mutex::new(state),
        threads,
    })
}

/// The sample snapshot the crate's examples use (RFI, 6 November 2023).
const SEED: &str = newsnap::SEED;

#[pymodule]
fn _newsnap(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_class::<Article>()?;
    m.add_class::<Published>()?;
    m.add_class::<Block>()?;
    m.add_class::<Link>()?;
    m.add_class::<Image>()?;
    m.add_class::<OtherImage>()?;
    m.add_class::<Video>()?;
    m.add_class::<Audio>()?;
    m.add_class::<ShareLink>()?;
    m.add_class::<FeedFooter>()?;
    m.add_class::<Warning>()?;
    m.add_class::<ArticleDate>()?;
    m.add_class::<ParseMany>()?;
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    m.add("SEED", SEED)?;
    Ok(())
}
