// Trunk post_build hook: finish the build in order. ES module imports run one
// after the other: only the content files the checker accepts are kept
// first, then the loader with integrity on every file, then the CSP hash of
// that loader, then sw.js, which lists the final files.
import './content-files.mjs';
import './boot.mjs';
import './csp.mjs';
import './service-worker.mjs';
