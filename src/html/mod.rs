//! The HTML layer: a body's markup into a [`Dom`], in time linear in the
//! size of the body whatever it holds.
//!
//! Data flow, in [`build()`]:
//!
//! ```text
//! body ─▶ lex.rs, newsnap's tokenizer ─────────────────────┐ tokens
//!   └─▶ from the first construct lex.rs does not read:      │
//!       html5ever's tokenizer, fed cut by scanner.rs ───────┤
//!                                                           ▼
//!       guard.rs forwards while fast.rs vouches for the markup;
//!       if not, the body is built again, and guard.rs asks
//!       model.rs: forward, drop, or open a cell first
//!                                                           ▼
//!       html5ever's tree builder ─▶ tree.rs arena ─▶ (Dom, Dropped)
//! ```
//!
//! html5ever's tree builder walks its stack of open elements and its list of
//! active formatting elements for most tokens, so deep or misnested markup
//! costs time quadratic in the input (html5ever issue 788); its tokenizer
//! compares each attribute of a tag with all earlier ones. So:
//!
//! - the guard (`guard.rs`), a `TokenSink` between the tokenizer and the
//!   tree builder, keeps a model (`model.rs`) of both structures. It drops
//!   start tags nested deeper than the limit (their text still reaches the
//!   enclosing element), bounds the active formatting elements, opens an
//!   implied cell for content misplaced in a table once foster parenting
//!   gets costly, drops the `<html>` and `<body>` tags that would each walk
//!   the attributes of all earlier ones, and drops start tags past an
//!   element budget (the limits are in `limits.rs`, the tag sets the model
//!   reads in `tags.rs`). The model's work is spent on markup that never
//!   comes near a limit, so the guard first builds a body with a stack of
//!   names instead (`fast.rs`), while each token is one the model would
//!   forward unchanged (each end tag closing what is open, no table, at
//!   most three formatting elements…); at the first it cannot vouch for,
//!   it stops the tokenizer and the body is built again with the model;
//! - the tokens come from newsnap's own tokenizer (`lex.rs`) for the markup
//!   bodies are made of, which keeps the first `MAX_ATTRS` attributes of a
//!   tag. At the first construct it does not read, html5ever's tokenizer
//!   takes the rest of the body (`build.rs`);
//! - there, the attribute scanner (`scanner.rs`) follows html5ever's
//!   tokenizer through the input and cuts the attributes of a tag past
//!   `MAX_ATTRS`; the tokenizer is fed piece by piece, and the scanner
//!   learns from the guard where raw text (script, style…) starts;
//! - html5ever's tree builder writes into the arena tree (`tree.rs`), which
//!   is read through [`NodeRef`] and the attribute queries there.
//!
//! Imports between the files run one way: `build` uses `guard`, `lex`,
//! `scanner` and `tree`; `guard` uses `fast`, `model`, `scanner`, `tags`
//! and `tree`; `fast` and `model` use `tags`; any of these may use
//! `limits` and `bytes`; `tags`, `limits`, `bytes` and `tree` use none of
//! them.

mod build;
mod bytes;
mod fast;
mod guard;
mod lex;
mod limits;
mod model;
mod scanner;
mod tags;
mod tree;

// The crate-internal API: building, the tree and its node and attribute
// queries.
pub(crate) use build::{build, Source};
pub(crate) use tree::{attr, has_class_token, has_token, Data, NodeRef};
