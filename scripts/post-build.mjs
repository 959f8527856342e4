// Trunk post_build hook: finish the build in order. ES module imports run one
// after the other, so the CSP hash is in index.html before sw.js hashes it.
import './csp.mjs';
import './service-worker.mjs';
