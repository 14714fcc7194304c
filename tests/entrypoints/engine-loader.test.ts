import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEngine } from '../../entrypoints/content/engine-loader';
import { ENGINE_KEY, type Engine } from '../../entrypoints/engine/contract';
import { requestEngine } from '../../lib/messaging';

vi.mock('../../lib/messaging', () => ({ requestEngine: vi.fn() }));

const scope = globalThis as Record<string, unknown>;
const engine = { readArticle: () => null, completeAnalysis: () => null } as unknown as Engine;

/** The background's side: the engine script runs in the page and leaves the engine behind. */
function backgroundInjects(): void {
  vi.mocked(requestEngine).mockImplementation(async () => {
    scope[ENGINE_KEY] = engine;
  });
}

describe('the content script loading the engine', () => {
  afterEach(() => {
    delete scope[ENGINE_KEY];
  });

  it('should ask the background once for requests made together, then never again', async () => {
    backgroundInjects();

    const loads = await Promise.all([loadEngine(), loadEngine()]);
    const later = await loadEngine();

    expect(loads).toEqual([engine, engine]);
    expect(later).toBe(engine);
    expect(requestEngine).toHaveBeenCalledTimes(1);
  });

  it('should say so when the engine did not arrive, and ask again at the next request', async () => {
    vi.mocked(requestEngine).mockResolvedValue(undefined);
    await expect(loadEngine()).rejects.toThrow(/could not load its analysis engine/);

    backgroundInjects();
    await expect(loadEngine()).resolves.toBe(engine);
    expect(requestEngine).toHaveBeenCalledTimes(2);
  });

  it('should pass on a failed injection (a page the extension may no longer reach)', async () => {
    vi.mocked(requestEngine).mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(loadEngine()).rejects.toThrow('Cannot access contents of the page');
  });
});
