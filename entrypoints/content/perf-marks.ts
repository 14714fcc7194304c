/**
 * Names of the performance entries the content script leaves on the page's timeline: the benchmark
 * (tests/bench/highlights.ts) and the e2e tests read them.
 */
export const PERF_MARKS = {
  start: 'sourcelight:start',
  analyzed: 'sourcelight:analyzed',
  highlighted: 'sourcelight:highlighted',
  /** From the analysis' start to the highlights painted. */
  measure: 'sourcelight:analyze-and-highlight',
  reported: 'sourcelight:reported',
  /** From the analysis' start to the report complete, which the popup waits for. */
  reportMeasure: 'sourcelight:analyze-and-report',
  /** The engine script's load, on a page's first analysis. */
  engineLoad: 'sourcelight:engine-load',
} as const;
