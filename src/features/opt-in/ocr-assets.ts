/**
 * The files the business-card reader runs on, all from npm packages and all served by this app
 * (`/opt-in/ocr/<version>/<name>`, for users who may record consents): no CDN, nothing fetched
 * from anywhere but our own origin. Client-safe (names and paths only); the route handler reads
 * the files.
 *
 * - The tesseract.js worker script, which the browser starts as a dedicated web worker.
 * - The tesseract.js-core engine compiled to WebAssembly, in the three builds the worker chooses
 *   from by what the browser supports (relaxed SIMD, SIMD, neither); the "-lstm" builds only, the
 *   neural recogniser we use (the legacy one needs other language data and reads cards worse).
 *   The ".wasm.js" files carry the WebAssembly inline, so one request loads the engine.
 * - Dutch and English language data in the "best_int" variant: the LSTM models, integer-quantised
 *   (about 3 MB each, gzipped), the variant tesseract.js itself uses for the LSTM engine.
 */
/**
 * The installed tesseract.js version (a unit test holds it to package.json). It is part of every
 * URL, so browsers may keep the files for a year: a new version is a new URL.
 */
export const OCR_VERSION = "7.0.0";
export const OCR_BASE_PATH = `/opt-in/ocr/${OCR_VERSION}`;

/** Dutch first: Tesseract prefers the first language where both fit. */
export const OCR_LANGUAGES = ["nld", "eng"] as const;

/** The language-data variant, also the key under which the browser caches it (IndexedDB). */
export const OCR_DATA_VARIANT = "4.0.0_best_int";

export const OCR_ASSETS = {
  "worker.min.js": { packageDir: "tesseract.js", file: "dist/worker.min.js", type: "text/javascript" },
  "tesseract-core-relaxedsimd-lstm.wasm.js": {
    packageDir: "tesseract.js-core",
    file: "tesseract-core-relaxedsimd-lstm.wasm.js",
    type: "text/javascript",
  },
  "tesseract-core-simd-lstm.wasm.js": {
    packageDir: "tesseract.js-core",
    file: "tesseract-core-simd-lstm.wasm.js",
    type: "text/javascript",
  },
  "tesseract-core-lstm.wasm.js": {
    packageDir: "tesseract.js-core",
    file: "tesseract-core-lstm.wasm.js",
    type: "text/javascript",
  },
  "nld.traineddata.gz": {
    packageDir: "@tesseract.js-data/nld",
    file: `${OCR_DATA_VARIANT}/nld.traineddata.gz`,
    type: "application/gzip",
  },
  "eng.traineddata.gz": {
    packageDir: "@tesseract.js-data/eng",
    file: `${OCR_DATA_VARIANT}/eng.traineddata.gz`,
    type: "application/gzip",
  },
} as const;

export type OcrAssetName = keyof typeof OCR_ASSETS;
export const OCR_ASSET_NAMES = Object.keys(OCR_ASSETS) as [OcrAssetName, ...OcrAssetName[]];
