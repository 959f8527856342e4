// Trunk post_build hook: finish the build in order. ES module imports run one
// after the other: integrity on the wasm fetch first, then the CSP hash of
// the (rewritten) loader, then sw.js, which hashes the final files.
import './sri.mjs';
import './csp.mjs';
import './service-worker.mjs';
