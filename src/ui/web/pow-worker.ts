// The proof-of-work worker: altcha-lib's own, bundled as a same-origin file (the CSP allows no blob: workers).
import 'altcha-lib/v1/worker';
