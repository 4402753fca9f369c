//! The guard: a [`TokenSink`] between a tokenizer and html5ever's tree
//! builder that drops or adds a few tokens as the [`Model`] decides, and
//! tells the attribute scanner which state each start tag left the
//! tokenizer in.

use std::cell::{Cell, RefCell};

use super::fast::Fast;
use super::limits::MAX_ATTRS;
use super::model::{Model, Verdict};
use super::scanner::TokenizerState;
use super::tags::is_tag;
use super::tree::{Handle, Tree};
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{Tag, TagKind, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::{TreeBuilder, TreeSink};
use html5ever::{local_name, LocalName};

/// How the guard decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Path {
    /// With [`Fast`], while the markup is strict.
    Fast,
    /// The markup was not strict: the guard forwards nothing more, and
    /// the body is to be built again with the model.
    GaveUp,
    /// With the [`Model`].
    Model,
}

/// Forwards tokens to html5ever's tree builder, dropping or adding a few as
/// the [`Model`] decides.
pub(super) struct Guard {
    pub(super) tb: TreeBuilder<Handle, Tree>,
    pub(super) path: Cell<Path>,
    fast: RefCell<Fast>,
    pub(super) model: RefCell<Model>,
    /// The tokenizer's state after the last start tag, for the [`Scanner`](super::scanner::Scanner).
    pub(super) tokenizer_state: Cell<TokenizerState>,
    /// The last start tag's name, to check the scanner when fuzzing.
    pub(super) last_start: RefCell<LocalName>,
}

impl Guard {
    /// A guard on `path` ([`Path::Fast`] or [`Path::Model`]).
    pub(super) fn new(
        tb: TreeBuilder<Handle, Tree>,
        path: Path,
        max_depth: usize,
        budget: usize,
    ) -> Self {
        Guard {
            tb,
            path: Cell::new(path),
            fast: RefCell::new(Fast::new(max_depth, budget)),
            model: RefCell::new(Model::new(max_depth, budget)),
            tokenizer_state: Cell::new(TokenizerState::Data),
            last_start: RefCell::new(local_name!("")),
        }
    }

    /// Hands html5ever a tag that is not in the input.
    fn synthetic(&self, kind: TagKind, name: LocalName, line: u64) {
        let tag = Tag {
            kind,
            name,
            self_closing: false,
            attrs: Vec::new(),
            had_duplicate_attributes: false,
        };
        // A cell or a formatting end tag never switches the tokenizer.
        let _ = self.tb.process_token(Token::TagToken(tag), line);
    }

    /// Whether html5ever just put a `<frameset>` in place of the body, which
    /// it does only when no content came before.
    fn took_frameset(&self) -> bool {
        self.tb.sink.html_ends_with(&local_name!("frameset"))
    }

    /// Asks the model about a tag, opening an implied cell first if it says so.
    fn decide(&self, model: &mut Model, tag: &Tag, line: u64) -> Verdict {
        match ask(model, tag) {
            Verdict::OpenCellFirst => {
                model.implied_cell();
                self.synthetic(TagKind::StartTag, local_name!("td"), line);
                ask(model, tag)
            }
            verdict => verdict,
        }
    }

    /// Tells the scanner that html5ever's tokenizer now reads raw text.
    fn raw_text(&self, kind: RawKind) {
        self.tokenizer_state.set(match kind {
            RawKind::ScriptData => TokenizerState::Script,
            _ => TokenizerState::Raw,
        });
    }

    /// What every start tag tells the scanner.
    fn note_start(&self, tag: &Tag) {
        self.tokenizer_state.set(TokenizerState::Data);
        #[allow(unexpected_cfgs)]
        if cfg!(fuzzing) {
            assert!(tag.attrs.len() <= MAX_ATTRS, "scanner missed a tag");
            *self.last_start.borrow_mut() = tag.name.clone();
        }
    }

    /// A token on the fast path: forwarded as it is, unless the fast path
    /// cannot vouch for it; then the guard gives up, and asks the
    /// tokenizer to stop (with [`TokenSinkResult::Script`], which only a
    /// tag may return).
    fn fast_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        let tag = match token {
            Token::ParseError(_) => return TokenSinkResult::Continue,
            Token::TagToken(tag) => tag,
            token => {
                #[allow(unexpected_cfgs)]
                if cfg!(fuzzing) {
                    self.check_with_model(&token);
                }
                return self.tb.process_token(token, line);
            }
        };
        let start = tag.kind == TagKind::StartTag;
        if start {
            self.note_start(&tag);
        }
        let mut fast = self.fast.borrow_mut();
        if !fast.accept(&tag) {
            self.path.set(Path::GaveUp);
            return TokenSinkResult::Script(self.tb.sink.get_document());
        }
        #[allow(unexpected_cfgs)]
        let check = cfg!(fuzzing) && {
            self.check_with_model(&Token::TagToken(tag.clone()));
            true
        };
        let result = self.tb.process_token(Token::TagToken(tag), line);
        match result {
            TokenSinkResult::RawData(kind) if start => {
                if check {
                    self.model.borrow_mut().in_text = true;
                }
                fast.in_text = true;
                self.raw_text(kind);
            }
            // Not returned for the tags the fast path accepts; as the model's path.
            TokenSinkResult::Plaintext if start => {
                self.tokenizer_state.set(TokenizerState::Plaintext);
            }
            _ => {}
        }
        result
    }

    /// When fuzzing, on the fast path: the model, otherwise idle there, is
    /// asked about each token the fast path forwards, and must forward it,
    /// drop nothing and evict nothing (fast.rs's claim).
    fn check_with_model(&self, token: &Token) {
        let mut model = self.model.borrow_mut();
        let verdict = match token {
            Token::TagToken(tag) => ask(&mut model, tag),
            Token::CharacterTokens(text) => model.characters(text),
            Token::DoctypeToken(doctype) => {
                model.doctype(doctype.name.as_deref(), doctype.public_id.is_some());
                Verdict::Forward
            }
            _ => {
                model.seen_token = true;
                Verdict::Forward
            }
        };
        assert_eq!(
            verdict,
            Verdict::Forward,
            "the fast path forwarded {token:?}"
        );
        assert_eq!(model.evict(), None, "the fast path missed an eviction");
        assert_eq!((model.dropped, model.dropped_dense), (0, 0));
    }

    fn tag(&self, model: &mut Model, tag: Tag, line: u64) -> TokenSinkResult<Handle> {
        let start = tag.kind == TagKind::StartTag;
        if start {
            self.note_start(&tag);
        }
        if self.decide(model, &tag, line) != Verdict::Forward {
            return TokenSinkResult::Continue;
        }
        let frameset = start && !model.frameset && is_tag!(&tag.name, "frameset");
        let result = self.tb.process_token(Token::TagToken(tag), line);
        match result {
            TokenSinkResult::RawData(kind) if start => {
                model.in_text = true;
                self.raw_text(kind);
            }
            TokenSinkResult::Plaintext if start => {
                model.plaintext = true;
                self.tokenizer_state.set(TokenizerState::Plaintext);
            }
            _ if frameset && self.took_frameset() => model.enter_frameset(),
            _ => {}
        }
        result
    }
}

/// The model's verdict on a tag, `</br>` read as `<br>`.
fn ask(model: &mut Model, tag: &Tag) -> Verdict {
    if tag.kind == TagKind::StartTag || (tag.name == local_name!("br") && !model.in_text) {
        model.start_tag(tag)
    } else {
        model.end_tag(&tag.name)
    }
}

impl TokenSink for Guard {
    type Handle = Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        match self.path.get() {
            Path::Fast => return self.fast_token(token, line),
            Path::GaveUp => {
                return match token {
                    Token::TagToken(_) => TokenSinkResult::Script(self.tb.sink.get_document()),
                    _ => TokenSinkResult::Continue,
                }
            }
            Path::Model => {}
        }
        let mut model = self.model.borrow_mut();
        let result = match token {
            // Nobody reads them, and hostile input has one per byte.
            Token::ParseError(_) => return TokenSinkResult::Continue,
            Token::TagToken(tag) => self.tag(&mut model, tag, line),
            Token::CharacterTokens(text) => {
                if model.characters(&text) == Verdict::OpenCellFirst {
                    model.implied_cell();
                    self.synthetic(TagKind::StartTag, local_name!("td"), line);
                    model.characters(&text);
                }
                self.tb.process_token(Token::CharacterTokens(text), line)
            }
            Token::DoctypeToken(doctype) => {
                model.doctype(doctype.name.as_deref(), doctype.public_id.is_some());
                self.tb.process_token(Token::DoctypeToken(doctype), line)
            }
            token => {
                model.seen_token = true;
                self.tb.process_token(token, line)
            }
        };
        while let Some(name) = model.evict() {
            // The element is not open: html5ever only forgets it.
            self.synthetic(TagKind::EndTag, name, line);
        }
        model.prune_drops();
        result
    }

    fn end(&self) {
        if self.path.get() != Path::GaveUp {
            self.tb.end();
        }
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.tb
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}
