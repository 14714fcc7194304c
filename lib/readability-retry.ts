/**
 * The message of the error our build of Readability throws where it would retry a short page
 * without the copy of the page the retry needs (wxt.config.ts, DEPENDENCY_PATCHES). A module of its
 * own, so the build config can name it without loading Readability.
 */
export const READABILITY_RETRY_NEEDED = 'Sourcelight: Readability needs its retry copy';
