import { createSerwistRoute } from "@serwist/turbopack";

/**
 * The service worker script (/serwist/sw.js), bundled at build time with the list of static files
 * to precache. Built once by `next build`; served as a static file.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "src/features/opt-in/offline/sw.ts",
  useNativeEsbuild: true,
  globPatterns: [".next/static/**/*.{js,css,woff2}", "public/**/*.{png,svg,ico}"],
  // The build id changes with every build; the static files' names already carry their hashes.
  additionalPrecacheEntries: [],
});
