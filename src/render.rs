//! Writing an Article back as a snapshot, and rendering it as text or Markdown.
