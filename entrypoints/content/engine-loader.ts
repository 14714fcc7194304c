import { requestEngine } from '../../lib/messaging';
import { ENGINE_KEY, type Engine } from '../engine/contract';
import { PERF_MARKS } from './perf-marks';

let loading: Promise<Engine> | null = null;

/** The engine, injected into this page by the background the first time it is needed. */
export function loadEngine(): Promise<Engine> {
  const present = readEngine();
  if (present) return Promise.resolve(present);
  loading ??= injectEngine().finally(() => {
    loading = null;
  });
  return loading;
}

/** Forgets the engine: the extension that injected it is gone (updated or removed). */
export function dropEngine(): void {
  delete (globalThis as Record<string, unknown>)[ENGINE_KEY];
}

async function injectEngine(): Promise<Engine> {
  const start = performance.now();
  await requestEngine();
  const engine = readEngine();
  if (!engine) throw new Error('Sourcelight could not load its analysis engine into this page.');
  performance.clearMeasures(PERF_MARKS.engineLoad);
  performance.measure(PERF_MARKS.engineLoad, { start, end: performance.now() });
  return engine;
}

function readEngine(): Engine | null {
  const value = (globalThis as Record<string, unknown>)[ENGINE_KEY] as Partial<Engine> | undefined;
  return typeof value?.readArticle === 'function' && typeof value.completeAnalysis === 'function'
    ? (value as Engine)
    : null;
}
