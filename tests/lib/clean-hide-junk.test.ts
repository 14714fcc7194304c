import { describe, expect, it } from 'vitest';
import { findJunk } from '../../lib/clean/find-junk';
import { hideJunk } from '../../lib/clean/hide-junk';
import { parseDocument, readFixtureSource } from '../test-data';

describe('hideJunk', () => {
  it('should hide every element and restore the document exactly', () => {
    const input = parseDocument(readFixtureSource('seed-1'));
    const expected = input.documentElement.outerHTML;
    const elements = findJunk(input).map((match) => match.element);
    expect(elements.length).toBeGreaterThan(3);

    const restorer = hideJunk(elements);
    for (const element of elements) {
      expect((element as HTMLElement).style.getPropertyValue('display')).toBe('none');
      expect((element as HTMLElement).style.getPropertyPriority('display')).toBe('important');
      expect(element.isConnected).toBe(true);
    }
    restorer.restore();

    const actual = input.documentElement.outerHTML;
    expect(actual).toBe(expected);
  });

  it('should keep an existing style attribute byte for byte, and its absence', () => {
    const input = parseDocument(
      '<div id="a" style="color: red;  DISPLAY:block"></div><div id="b"></div><div id="c" style=""></div>',
    );
    const expected = input.documentElement.outerHTML;
    const restorer = hideJunk(Array.from(input.querySelectorAll('div')));
    expect(input.getElementById('b')?.getAttribute('style')).toContain('display: none');
    restorer.restore();
    const actual = input.documentElement.outerHTML;
    expect(actual).toBe(expected);
    expect(input.getElementById('b')?.hasAttribute('style')).toBe(false);
  });

  it('should show and hide single items', () => {
    const input = parseDocument('<p id="a" style="margin: 0">A</p><p id="b">B</p>');
    const [a, b] = [input.getElementById('a'), input.getElementById('b')] as HTMLElement[];
    const restorer = hideJunk([a as Element, b as Element]);

    restorer.show(0);
    expect(a?.getAttribute('style')).toBe('margin: 0');
    expect(restorer.isHidden(0)).toBe(false);
    expect(restorer.isHidden(1)).toBe(true);
    restorer.hide(0);
    expect(a?.style.display).toBe('none');
    restorer.restore();
    expect(a?.getAttribute('style')).toBe('margin: 0');
    expect(b?.hasAttribute('style')).toBe(false);
  });

  it('should leave page scripts working: no node is removed or replaced', () => {
    const input = parseDocument(readFixtureSource('seed-1'));
    const form = input.getElementById('commentform');
    const restorer = hideJunk(findJunk(input).map((match) => match.element));
    expect(input.getElementById('commentform')).toBe(form);
    restorer.restore();
    expect(input.getElementById('commentform')).toBe(form);
  });

  it('should reject an index it does not hold', () => {
    const restorer = hideJunk([]);
    expect(() => restorer.show(0)).toThrow(RangeError);
  });
});
