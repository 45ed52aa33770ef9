// Types for Next.js and its static asset imports (images), so `tsc` works on a fresh clone before
// `next build` has written next-env.d.ts (which is gitignored because it points into .next/).
/// <reference types="next" />
/// <reference types="next/image-types/global" />
