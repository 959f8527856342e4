// Names of the files the build writes next to the content, for the build's
// scripts: content-files.mjs writes them, boot.mjs and pakket.mjs ask for
// them. The app has its own copies of these two rules, in Rust
// (`preparsed::json_file`, `glossary::FILE`); if they disagree, the module
// page fetches the parser, and host.test.mjs fails.

/** The glossary's Markdown, relative to the content folder. */
export const GLOSSARY = 'begrippen.md';

/** Where the build writes its parse of a Markdown file: `inwoner/a.md` -> `inwoner/a.json`. */
export const jsonFile = (markdown) => `${markdown.replace(/\.md$/, '')}.json`;
