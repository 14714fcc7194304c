import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../../lib/messaging';

/** A protocol message in @webext-core/messaging's envelope, as another sender could forge it. */
function envelope(type: string, data?: unknown) {
  return { id: 1, type, data, timestamp: Date.now() };
}

/** Delivers `message` to the content script's listeners as the browser would, from `sender`. */
async function deliver(message: unknown, sender: { id?: string; url?: string }): Promise<unknown> {
  const sendResponse = vi.fn();
  // The fake's types omit sendResponse, which @webext-core/messaging answers through.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger(message, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return sendResponse.mock.calls[0]?.[0];
}

describe('onMessage (content script side)', () => {
  let remove: (() => void) | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    remove?.();
    remove = undefined;
  });

  it('should answer a message sent by this extension', async () => {
    const handler = vi.fn(() => true);
    remove = onMessage('revealInPage', handler);

    const actual = await deliver(envelope('revealInPage', { kind: 'quote', index: 0 }), {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/popup.html'),
    });

    expect(handler).toHaveBeenCalledOnce();
    expect(actual).toEqual({ res: true });
  });

  it.each([
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['a sender without an extension id', {}],
  ])('should ignore a message from %s', async (_, sender) => {
    const handler = vi.fn(() => true);
    remove = onMessage('revealInPage', handler);

    const actual = await deliver(envelope('revealInPage', { kind: 'quote', index: 0 }), sender);

    expect(handler).not.toHaveBeenCalled();
    expect(actual).toMatchObject({
      err: { message: expect.stringMatching(/not sent by Sourcelight/) },
    });
  });
});

describe('sendMessage (popup side)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('should ask only the top frame of the tab, the one the popup injected into', async () => {
    const expected = { res: true };
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(((
        _tab: number,
        _message: unknown,
        _options: unknown,
        reply: (r: unknown) => void,
      ) => reply(expected)) as never);

    const actual = await sendMessage('revealInPage', { kind: 'quote', index: 2 }, 7);

    expect(actual).toBe(true);
    expect(send).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ type: 'revealInPage', data: { kind: 'quote', index: 2 } }),
      { frameId: 0 },
      expect.any(Function),
    );
  });
});
