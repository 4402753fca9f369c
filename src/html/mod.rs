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

pub(crate) use build::build;
pub(crate) use tree::{Data, NodeRef};
