// Trunk post_build hook: finish the build in order. ES module imports run one
// after the other: the loader with integrity on every file first, then the
// CSP hash of that loader, then sw.js, which hashes the final files.
import './boot.mjs';
import './csp.mjs';
import './service-worker.mjs';
