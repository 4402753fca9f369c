//! The HTML layer: a body's markup into a [`Dom`], in time linear in its
//! size.

mod build;
mod bytes;
mod guard;
mod lex;
mod limits;
mod model;
mod scanner;
mod tags;
mod tree;

// What the rest of the crate uses.
pub(crate) use build::build;
pub(crate) use tree::{Data, NodeRef};
// The rest of the crate-internal API: what `build` returns, the options
// html5ever's tree builder runs with, and the attribute queries the body
// walk is to use in place of its own `attr`.
#[allow(
    unused_imports,
    reason = "crate-internal API not used outside html/ yet"
)]
pub(crate) use {
    build::Dropped,
    tree::{attr, has_class_token, has_token, tree_builder_opts, Dom},
};
