import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze';
import {
  findJunk,
  findMarkupJunk,
  findTextJunk,
  lowerCaseInPlace,
  outermost,
  removeJunk,
} from '../../lib/clean/find-junk';
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
    [
      // WordPress.com / Jetpack cookie banner (gnaur.wordpress.com): a short post scored below it.
      'WordPress.com cookie banner',
      '<div class="widget widget_eu_cookie_law_widget"><div id="eu-cookie-law"><form><input type="submit" value="Schließen und Akzeptieren">Datenschutz &amp; Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.<br>Weitere Informationen findest du hier: <a href="https://automattic.com/cookies">Cookie-Richtlinie</a></form></div></div>',
      ['nag'],
    ],
    [
      // A theme's own cookie notice, no known id or class.
      'English cookie notice by its text',
      '<div class="bottom-note">This website uses cookies to improve your experience. By continuing to use this site you agree to our use of cookies. <a href="/privacy">Cookie policy</a></div>',
      ['nag'],
    ],
    [
      // French cookie notice.
      'French cookie notice by its text',
      '<p>Ce site utilise des cookies pour améliorer votre expérience. <a href="/cookies">Politique de cookies</a></p>',
      ['nag'],
    ],
    [
      // Author box under a post (neunzehn72.de theme: .author-description).
      'author bio box',
      '<div class="author-description">Patrick Ludolph, Fotograf aus Hamburg und Gründer von Neunzehn72. Ich mag jede Art von Fotografie, aber ein Mensch muss bei meinen Fotos meistens mit drauf sein.</div>',
      ['metadata'],
    ],
    [
      // Easy Table of Contents box (silkes-weinkeller.de).
      'table of contents',
      '<div id="ez-toc-container"><p class="ez-toc-title">Inhaltsverzeichnis</p><ul><li><a href="#a">Was ist Dekantieren?</a></li><li><a href="#b">Die Vorteile</a></li></ul></div>',
      ['navigation'],
    ],
    [
      // A table-of-contents title with its list of anchors, no plugin markup.
      'table of contents by its title',
      '<div><h2>Table of contents</h2><ol><li><a href="#a">Background</a></li><li><a href="#b">The vote</a></li></ol></div>',
      ['navigation'],
    ],
    [
      // WordPress entry footer: categories and tags.
      'category and tag links',
      '<footer class="entry-footer"><span class="cat-links"><a href="/c/politik" rel="category tag">Politik</a>, <a href="/c/stadt" rel="category tag">Stadt</a></span></footer>',
      ['navigation'],
    ],
    [
      // uCoz blog entry footer (schleifen.ucoz.de).
      'uCoz entry details line',
      '<div>Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder | Rating: 0.0/0</div>',
      ['navigation'],
    ],
    [
      // Site menu that Readability keeps on a short news page (love-hina.ch).
      'navigation menu',
      '<ul id="navigation"><li>Home<ul><li><a href="/">News</a></li><li><a href="/archiv">News-Archiv</a></li></ul></li></ul>',
      ['navigation'],
    ],
    [
      // Photo credit under a picture (islamische-zeitung.de, motor.at).
      'photo credit lines',
      '<div class="thumb__caption">Foto: <a href="http://www.president.gov.ua/">president.gov.ua</a>, via Wikimedia Commons | Lizenz: CC BY 4.0</div><p>© Bild: Werk/CHRISTIAN HOUDEK</p>',
      ['metadata', 'metadata'],
    ],
    [
      // Credit span beside a lead image (tennismagazin.de), even when inline after other text.
      'credit beside an image',
      '<div class="image-wrap"><img src="/a.jpg" alt="">Zverev<span class="credit">Bild: AFP/SID/PASCAL GUYOT</span></div>',
      ['metadata'],
    ],
    [
      // Length bounds count collapsed text: runs of spaces and no-break spaces are one space.
      'credit indented past its length bound',
      `<div class="image-wrap"><img src="/a.jpg" alt="">Zverev<span class="credit">Bild:${'&nbsp;\n    '.repeat(40)}AFP/SID</span></div>`,
      ['metadata'],
    ],
    [
      // Photo captions: figcaption and WordPress's caption paragraph (franziska-elea.de).
      'captions',
      '<figure><img src="/a.jpg" alt=""><figcaption>Palm Springs Mini (links) vs. Palm Springs PM (rechts)</figcaption></figure><div class="wp-caption"><img src="/b.jpg" alt=""><p class="wp-caption-text">Our DevTools are ready for Fission!</p></div>',
      ['metadata', 'metadata'],
    ],
    [
      // Datelines on their own (tine.no, chron.com, uCoz entry titles).
      'datelines',
      '<div class="content-meta"><time datetime="2020-10-07">7. oktober 2020</time></div><p>Published 4:00 am CST, Wednesday, November 20, 2019</p><div>3:59 PM</div>',
      ['metadata', 'metadata', 'metadata'],
    ],
    [
      // uCoz entry title in a layout table: the time floats beside the title (schleifen.ucoz.de).
      'time in a layout table',
      '<table><tr><td><div class="eTitle"><div style="float:right">3:59 PM </div>Briefe</div></td></tr></table>',
      ['metadata'],
    ],
    [
      // Theme category line with its own class (islamische-zeitung.de: p.iz-categories).
      'category line by class',
      '<p class="iz-categories"><a href="/c/corona">Corona &amp; die Folgen</a>, <a href="/c/debatte">Debatte</a></p>',
      ['navigation'],
    ],
    [
      // A reader comment opened by its numbered header (love-hina.ch), with its date and text.
      'numbered comment',
      '<div><h3>#1 Kommentar von Naru-chan</h3>26. März 2004, 16:19<p>Danke für dieses Kapitel Genesis^o^</p></div>',
      ['comments'],
    ],
    [
      // Membership appeal after a post (verfassungsblog.de), taken as one block.
      'donation appeal',
      '<div><h1>While you are here…</h1><p>If you enjoyed reading this post – would you consider supporting our work? Just click <a href="https://steadyhq.com/">here</a>.</p></div>',
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
    // A story sentence that opens like an entry's "Posted in …" line.
    `<p>Posted in 2010, the video went viral within a week.</p>`,
    // A short paragraph that opens like a category label.
    `<p>Category 5 hurricanes are rare.</p>`,
    // A recipe paragraph about cookies.
    `<p>These cookies keep for a week in a tin.</p>`,
    // A results table: times and dates in cells are data.
    `<table><tr><td>Heat 1</td><td>12:30</td><td>7. Oktober 2020</td></tr></table>`,
    // A story sentence that opens with a cookie-notice phrase.
    `<p>Our site uses cookies, the company admitted in court, to follow readers across the web.</p>`,
    // A one-cell table holding a time.
    `<table><tr><td><span>12:30</span></td></tr></table>`,
    // A short byline box (Readability still reads the author from it).
    `<div class="author-info">By Anna Weber</div>`,
    // A quoted sentence that mentions a photo.
    `<p>Photo: it was the only word on the envelope, she said, and she kept it for years.</p>`,
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

  it('should keep the element Readability reads the byline from, but not from comment rules', () => {
    // seattletimes.com: Readability's byline pattern matches "dateline", so it reads this one.
    const input = page(
      '<div class="article-dateline">April 28, 2019 at 6:01 am</div><p>Published 4:00 am CST, Wednesday, November 20, 2019</p>',
    );
    const actual = findJunk(input).map((match) => match.text);
    expect(actual).toEqual(['Published 4:00 am CST, Wednesday, November 20, 2019']);
    // Inside the article (the cleanArticle hook) the byline has been read: the dateline goes.
    const root = input.body;
    expect(findJunk(root).map((match) => match.text)).toContain('April 28, 2019 at 6:01 am');
  });

  it.each([
    ['rel="author"', '<a rel="author" href="/jane">Jane Doe</a>'],
    ['itemprop="author"', '<span itemprop="author">Jane Doe</span>'],
    ['a byline class', '<span class="byline">Jane Doe</span>'],
  ])(
    'should leave Readability the byline it reads from %s with the markup rules alone',
    (_, byline) => {
      const bio = `<div class="bio-box">${byline} covers city hall, transport and the regional economy for the paper.</div>`;
      const input = page(bio);
      expect(findMarkupJunk(input).size).toBe(0);
      // Inside the article the byline has been read: the bio goes.
      const kinds = [...findMarkupJunk(input.body).values()];
      expect(kinds).toEqual(['metadata']);
    },
  );

  it('should not take rel="AUTHOR" for the byline: Readability compares the value exactly', () => {
    // A selector matches rel's value case-insensitively, unlike Readability's getAttribute test.
    const bio = `<div class="bio-box"><a rel="AUTHOR" href="/jane">Jane Doe</a> covers city hall, transport and the regional economy for the paper.</div>`;
    expect([...findMarkupJunk(page(bio)).values()]).toEqual(['metadata']);
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

  it('should read text signals and id/class names whatever their case', () => {
    const input = page(`<div class="Sidebar"><p>THIS SITE USES AKISMET TO REDUCE SPAM.</p></div>
      <div class="Site-Cookie-Banner"><p>Cookies help us deliver our services.</p></div>`);
    expect(kindsOf(input)).toEqual(['spam-notice', 'nag']);
  });

  it('should lower-case text letter for letter, so offsets still point into the text', () => {
    // "İ".toLowerCase() is two characters long; the rules read it as it is written.
    expect(lowerCaseInPlace('İSTANBUL: LEAVE A REPLY')).toBe('İstanbul: leave a reply');
    expect(lowerCaseInPlace('Ölçek ÇAĞ')).toBe('ölçek çağ');
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

describe('what the page keeps', () => {
  const page = `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
    <h1>Council votes on the bridge</h1><p class="dateline">March 3, 2024</p>
    <figure><img src="bridge.jpg" alt=""><figcaption>The old bridge at dawn.</figcaption></figure>
    ${'<p>The council voted on Tuesday to repair the bridge, after a debate that ran late into the night and drew residents from both banks of the river.</p>'.repeat(6)}
    </article><div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea></form></div></body></html>`;
  const { report } = analyzeDocument(parseDocument(page));

  it('should hide comment forms in the page', () => {
    const form = report.removed.find((item) => item.kind === 'comment-form');
    expect(form?.hiddenInPage).toBe(true);
  });

  it('should leave menus, captions and datelines in the page, out of the text only', () => {
    const kept = report.removed.filter((item) => !item.hiddenInPage);
    expect(new Set(kept.map((item) => item.kind))).toEqual(new Set(['metadata', 'navigation']));
    expect(report.article?.text).not.toContain('The old bridge at dawn.');
  });
});

describe('the cleaner in two passes (markup before Readability, text signals after)', () => {
  const page = `<html><body><article><h1>Council votes on the bridge</h1>
    ${'<p>The council voted on Tuesday to repair the bridge, after a debate that ran late into the night and drew residents from both banks of the river.</p>'.repeat(4)}
    <h3>Share this:</h3><ul><li><a href="/fb">Facebook</a></li><li><a href="/tw">Twitter</a></li></ul>
    </article><div class="comments-area"><p>Be the first to comment</p>
    <div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea></form></div>
    <p>This site uses Akismet to reduce spam. Learn how your comment data is processed.</p></div>
    <div class="sharedaddy"><div class="share-bar"><a href="/x">Share</a></div></div></body></html>`;

  it('should find with the markup rules alone only what the markup names', () => {
    const doc = parseDocument(page);
    const kinds = outermost(findMarkupJunk(doc)).map((match) => match.kind);
    expect(kinds).toEqual(['comments', 'share']);
  });

  it.each([
    ['a page of parts', page],
    ['the seed page', readFixtureSource('seed-1')],
  ])('should find in %s what one pass finds, completing the markup matches', (_name, html) => {
    const doc = parseDocument(html);
    const describe = (matches: ReturnType<typeof findJunk>) =>
      matches.map(({ element, kind, text }) => ({ element, kind, text }));
    const onePass = describe(findJunk(doc));
    const twoPasses = describe(findJunk(doc, findMarkupJunk(doc)));
    expect(twoPasses).toEqual(onePass);
    // The comments area holds a form: both report its parts, which needs the form the markup
    // rules found inside it.
    if (html === page) {
      const kinds = twoPasses.map((match) => match.kind);
      expect(kinds).toEqual(expect.arrayContaining(['comment-form', 'spam-notice']));
      expect(kinds).not.toContain('comments');
    }
  });

  it('should take only what the text signals find in an article', () => {
    // Readability's article keeps ids: a markup rule's id is left to the page-wide pass.
    const article = parseDocument(
      `<div id="readability-page-1">${STORY}<div id="share-buttons"><a href="/f">Facebook</a></div><h3>Leave a Reply</h3></div>`,
    ).body.firstElementChild as Element;
    expect(findJunk(article).map((match) => match.kind)).toEqual(['share', 'comment-form']);
    expect(findTextJunk(article).map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'comment-form', text: 'Leave a Reply' },
    ]);
  });

  it('should list each piece of furniture once, as an element of the analysed page', () => {
    const doc = parseDocument(page);
    const { junk, report } = analyzeDocument(doc);
    expect(junk).toHaveLength(report.removed.length);
    for (const [i, { element }] of junk.entries()) {
      expect(element.ownerDocument).toBe(doc);
      for (const other of junk.slice(i + 1)) {
        expect(element.contains(other.element) || other.element.contains(element)).toBe(false);
      }
    }
    expect(report.article?.text).not.toContain('Share this');
    expect(report.removed.filter((item) => item.text.startsWith('Share this'))).toHaveLength(1);
  });

  it('should report a comments area by its parts through the whole analysis', () => {
    // Blogger's comments (a zyte page): the form is found by its class alone, nested in the area
    // the markup rules take out before Readability.
    const doc = parseDocument(`<html><body><article><h1>Council votes on the bridge</h1>
      ${'<p>The council voted on Tuesday to repair the bridge, after a debate that ran late into the night and drew residents from both banks of the river.</p>'.repeat(4)}
      </article><section class="comments" id="comments"><h3 class="title">0 Comments</h3>
      <div class="footer"><div class="comment-form"><iframe id="comment-editor" src=""></iframe>
      </div></div></section></body></html>`);

    const kinds = analyzeDocument(doc).report.removed.map((item) => item.kind);

    expect(kinds).toEqual(['comment-count', 'comment-form']);
  });

  it('should list furniture once on a page Readability reads on its retry', () => {
    // A short story in a "sidebar" box: Readability's first try strips it, and it retries.
    const doc = parseDocument(`<html><body><div class="nav"><a href="/">Home</a></div>
      <div id="main"><h1>Short</h1><div class="sidebar"><p>The mayor said “the bridge will reopen,”
      officials confirmed.</p><p>Related: Bridge tolls to rise next year</p>
      <p>Residents were pleased.</p></div></div></body></html>`);

    const { report } = analyzeDocument(doc);

    expect(report.article?.text).toContain('the bridge will reopen');
    expect(report.removed.filter((item) => item.text.startsWith('Related:'))).toHaveLength(1);
  });
});
