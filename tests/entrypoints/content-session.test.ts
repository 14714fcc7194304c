import { describe, expect, it, vi } from 'vitest';
import { PageSession, type SessionContext } from '../../entrypoints/content/session';
import type { Engine } from '../../entrypoints/engine/contract';

const ctx: SessionContext = {
  isValid: true,
  setTimeout: () => 0,
  requestAnimationFrame: () => 0,
};

describe('a page session handed to a newer copy of the content script', () => {
  it("should load the engine through the newest copy's loader", async () => {
    // The older copy's loader, as after an extension update: its runtime is gone.
    const older = vi.fn<() => Promise<Engine>>(() =>
      Promise.reject(new Error('Extension context invalidated.')),
    );
    const newer = vi.fn<() => Promise<Engine>>(() =>
      Promise.reject(new Error('the newest loader ran')),
    );
    const session = new PageSession({} as Document, ctx, older);

    session.adopt(ctx, newer);

    await expect(session.analyzePage()).rejects.toThrow('the newest loader ran');
    expect(older).not.toHaveBeenCalled();
  });
});
