import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import { findJunk, removeJunk } from '../../lib/clean/find-junk';
import type { RemovedKind } from '../../lib/report';
import { parseDocument, readFixtureSource } from '../test-data';

/** A story long enough for the guard to see it, wrapped around the furniture under test. */
const STORY = `
  <p>The city council voted on Tuesday to expand the tram network by twelve kilometres, a plan
  that has been debated for almost a decade and that opponents say will cost far more than the
  official estimate of 300 million euros.</p>
  <p>Supporters argue that the new lines will cut commuting times for the eastern districts by
  half and reduce traffic on the ring road, which is congested for most of the day.</p>`;

function page(furniture: string, story = STORY): Document {
  return parseDocument(
    `<!DOCTYPE html><html><body><article><h1>Tram plan</h1>${story}</article>${furniture}</body></html>`,
  );
}

function kindsOf(doc: Document): RemovedKind[] {
  return findJunk(doc).map((match) => match.kind);
}

describe('findJunk', () => {
  // One row per CMS or plugin family: [site kind, markup, expected kinds].
  it.each<[string, string, RemovedKind[]]>([
    [
      // WordPress theme with two comments (Twenty Twenty-One markup).
      'WordPress comments',
      `<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Tram plan”</h2>
       <ol class="comment-list"><li id="comment-1" class="comment"><article class="comment-body"><p>Great news for the east side, finally something is happening here after all these years.</p></article></li>
       <li id="comment-2" class="comment"><article class="comment-body"><p>Pingback: Tram plan approved</p></article></li></ol></div>`,
      ['comments'],
    ],
    [
      // Disqus embed on a news blog.
      'Disqus',
      '<div id="disqus_thread"><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>',
      ['comments'],
    ],
    [
      // Facebook comments plugin.
      'Facebook comments',
      '<div class="fb-comments" data-href="https://example.com/tram" data-numposts="5"></div>',
      ['comments'],
    ],
    [
      // Coral Talk on a newspaper site.
      'Coral Talk',
      '<div id="coral_thread"><p>Join the conversation</p></div>',
      ['comments'],
    ],
    [
      // OpenWeb (Spot.IM) conversation module.
      'OpenWeb',
      '<div data-spotim-module="conversation" data-post-id="123"><p>Comments</p></div>',
      ['comments'],
    ],
    [
      // Viafoura on a regional newspaper.
      'Viafoura',
      '<div class="viafoura"><vf-conversations></vf-conversations></div>',
      ['comments'],
    ],
    [
      // Livefyre on an older magazine site.
      'Livefyre',
      '<div id="livefyre"><div class="fyre">Comments</div></div>',
      ['comments'],
    ],
    [
      // Commento on a self-hosted blog.
      'Commento',
      '<div id="commento"></div>',
      ['comments'],
    ],
    [
      // Hyvor Talk on a self-hosted blog.
      'Hyvor Talk',
      '<div id="hyvor-talk-view"></div>',
      ['comments'],
    ],
    [
      // Jetpack comments on a WordPress.com blog.
      'Jetpack comments',
      '<div id="jp-comments"><iframe src="https://jetpack.wordpress.com/jetpack-comment/"></iframe></div>',
      ['comments'],
    ],
    [
      // Generic "N comments" thread heading on a small CMS.
      'generic comment count',
      '<h3>3 Comments</h3>',
      ['comment-count'],
    ],
    [
      // WordPress entry meta: a comment-count link.
      'comment-count link',
      '<p class="meta"><a href="/tram/#comments">12 Comments</a></p>',
      ['comment-count'],
    ],
    [
      // German WordPress theme: reply form with translated strings, no id or class.
      'German comment form',
      '<div><h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert</p><form><textarea name="comment"></textarea></form></div>',
      ['comment-form'],
    ],
    [
      // French WordPress theme.
      'French comment form',
      '<h3>Laisser un commentaire</h3><p>Votre adresse e-mail ne sera pas publiée.</p>',
      ['comment-form', 'comment-form'],
    ],
    [
      // Spanish WordPress theme.
      'Spanish comment form',
      '<h3>Deja una respuesta</h3><p>Tu dirección de correo electrónico no será publicada.</p>',
      ['comment-form', 'comment-form'],
    ],
    [
      // Akismet notice in German.
      'German Akismet notice',
      '<p>Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.</p>',
      ['spam-notice'],
    ],
    [
      // reCAPTCHA terms line under a contact/comment form.
      'reCAPTCHA notice',
      '<p><small>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</small></p>',
      ['spam-notice'],
    ],
    [
      // German blog: "no comments yet" and a related-posts block.
      'German counts and related posts',
      '<p>Keine Kommentare</p><div><h3>Ähnliche Beiträge</h3><ul><li><a href="/a">Neue Buslinie</a></li><li><a href="/b">Radweg eröffnet</a></li></ul></div>',
      ['comment-count', 'related'],
    ],
    [
      // Mailchimp for WordPress sign-up box inside a post.
      'newsletter box',
      '<form class="mc4wp-form"><p>Sign up for our newsletter</p><input type="email" name="EMAIL"></form>',
      ['newsletter'],
    ],
    [
      // Theme share bar with icon-only links.
      'share bar',
      '<div><h4>Share this:</h4><a href="https://twitter.com/share"><svg></svg></a><a href="https://facebook.com/sharer"><svg></svg></a></div>',
      ['share'],
    ],
    [
      // German WordPress blog footer line: feed link, closed comments, trackback.
      'German closed-comments line',
      '<p class="postmeta">Kommentarfeed | Kommentare geschlossen | Trackback-URL</p>',
      ['comment-count'],
    ],
    [
      // German clan/forum CMS: logged-out note under the comments.
      'German logged-out note',
      '<div>Sie müssen angemeldet sein um Kommentare zu schreiben!</div><p>Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?</p>',
      ['comment-form', 'comment-form'],
    ],
    [
      // A broken WordPress plugin printing a PHP warning into the post.
      'PHP warning',
      '<p>Warning: Creating default object from empty value in /var/www/wp-content/plugins/x/y.php on line 12</p>',
      ['nag'],
    ],
    [
      // Brazilian quote site: a share row of network names under each quote.
      'share row of network names',
      '<div class="botoes"><a href="#">Whatsapp</a> <a href="#">Facebook</a> <a href="#">Pint</a> <a href="#">Baixar</a></div>',
      ['share'],
    ],
    [
      // UK tabloid: promo lines between paragraphs linking other stories.
      'promo line',
      '<p><strong>SEE MORE: <a href="/news/1">Hong Kong protests: students under siege</a></strong></p>',
      ['related'],
    ],
    [
      // US regional news site: a "You may also like..." block.
      'You may also like block',
      '<div><h3>You may also like...</h3><ul><li><a href="/1">Who will make the Rock Hall?</a></li><li><a href="/2">Fan vote results</a></li></ul></div>',
      ['related'],
    ],
    [
      // Accessible theme skip link.
      'skip link',
      '<a href="#main">Skip to content</a>',
      ['nag'],
    ],
  ])('should find the %s', (_site, furniture, expected) => {
    const input = page(furniture);
    const actual = kindsOf(input);
    expect(actual).toEqual(expected);
  });

  it.each([
    // News story that reports on comment moderation: its paragraphs stay.
    `<p>The site said it would close comments on the article after readers left more than 3,000
     comments, many of them abusive, and that it uses Akismet to reduce spam.</p>`,
    // A story about newsletters.
    `<p>Sign up for our newsletter, the mayor told the crowd, was the slogan of the campaign that
     won him the election, and his office now sends one to 40,000 residents every week.</p>`,
    // A sentence containing a comment-form phrase as a link.
    `<p>Readers can <a href="#respond">leave a comment</a> below or write to the editor.</p>`,
  ])('should keep article paragraphs that talk about comments or spam (%#)', (paragraph) => {
    const input = page('', `${STORY}${paragraph}`);
    const actual = findJunk(input);
    expect(actual).toEqual([]);
  });

  it('should keep story blocks whose class merely contains "comment" (Houzz gallery captions)', () => {
    // https://www.houzz.de/magazin/… : each gallery item's text is in "…__item__comment".
    const input = page(
      '',
      STORY.split('</p>')
        .filter((p) => p.trim())
        .map((p) => `<div class="gallery__item__comment">${p}</p></div>`)
        .join(''),
    );
    const actual = findJunk(input);
    expect(actual).toEqual([]);
  });

  it('should never match the body, or an article that holds the story', () => {
    const input = parseDocument(
      `<html><body class="comments"><article class="share related">${STORY}</article></body></html>`,
    );
    const actual = findJunk(input);
    expect(actual).toEqual([]);
  });

  it('should report nested matches once, as the outermost container', () => {
    const input = page(`<div id="comments"><ol class="comment-list"><li class="comment">
      <p>I disagree with the council, the tram will never pay for itself in this city.</p></li></ol>
      <div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea></form></div>
      <p>This site uses Akismet to reduce spam.</p></div>`);
    const actual = findJunk(input).map(({ kind, text }) => ({ kind, text }));
    expect(actual).toHaveLength(1);
    expect(actual[0]?.kind).toBe('comments');
    expect(actual[0]?.text.length).toBeLessThanOrEqual(80);
  });

  it('should work on an article element (the cleanArticle hook) and remove its matches', () => {
    const doc = page('');
    const root = doc.querySelector('article') as Element;
    const nag = doc.createElement('p');
    nag.textContent = 'Be the first to comment';
    root.append(nag);
    const matches = findJunk(root);
    removeJunk(matches);
    expect(matches.map((m) => m.kind)).toEqual(['nag']);
    expect(root.textContent).not.toContain('Be the first');
    expect(root.textContent).toContain('tram network');
  });
});

describe('seed-1', () => {
  const source = readFixtureSource('seed-1');
  const { report } = analyzeDocument(parseDocument(source));
  const text = report.article?.text ?? '';

  it.each([
    'Leave a Reply',
    'Be the first to comment',
    'Your email address',
    'Akismet',
    'Skip to content',
    'Share this',
    'Related',
  ])('should drop %j from the article text', (junk) => {
    expect(text).not.toContain(junk);
  });

  it('should keep every article paragraph', () => {
    const story = parseDocument(source).querySelectorAll('.entry-content > h2, .entry-content p');
    expect(story.length).toBeGreaterThan(5);
    for (const paragraph of Array.from(story)) {
      const expected = (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
  });

  it('should list the removed comment form, spam notice and the other furniture', () => {
    const actual = new Set(report.removed.map((item) => item.kind));
    for (const kind of ['comment-form', 'spam-notice', 'nag', 'share', 'related'] as const) {
      expect(actual).toContain(kind);
    }
    for (const item of report.removed) expect(item.text.length).toBeLessThanOrEqual(80);
  });
});
