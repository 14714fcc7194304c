/**
 * The cleaner's rules, as data: each line names one kind of page furniture and how to recognise it.
 * Adding a CMS or a language is one more line. Written for Sourcelight (issue 3) from the markup of
 * the platforms named beside each rule; not derived from any third-party filter list.
 */
import type { RemovedKind } from '../report';

/** One signal that an element is page furniture rather than article text. */
export interface JunkRule {
  kind: RemovedKind;
  /** A CSS selector for a well-known container (matched elements are candidates). */
  selector?: string;
  /** A pattern one of the element's `id` or `class` tokens must match whole, for families of markup. */
  idClass?: RegExp;
  /** A pattern over the text of a short element; it must cover most of that text. */
  text?: RegExp;
  /** Take this ancestor of the matched element instead (e.g. the form around a comment field). */
  closest?: string;
  /**
   * Never match an element matching this selector, or the only element inside one (table cells,
   * whose dates and times are data).
   */
  outside?: string;
  /** The element may sit inside a sentence (a credit span inside a caption). */
  inline?: boolean;
  /** Only match when the element's collapsed text is at most this long. */
  maxChars?: number;
  /**
   * Only match when the element's collapsed text is at least this long (an author bio, not the
   * short byline Readability still has to read).
   */
  minChars?: number;
  /**
   * For a title such as "Related posts" or "Share this:", also take the small, link-dense block it
   * heads.
   */
  heads?: boolean;
  /**
   * For the header of one reader comment ("#1 Kommentar von Naru-chan"), take the block it opens
   * (its parent, when the header is the parent's first element), whatever its link density.
   */
  opens?: boolean;
}

/**
 * Kinds the cleaner leaves out of the analysed text but never hides in the page: they are part of
 * the site or the story's frame, not in the reader's way.
 */
export const KINDS_LEFT_IN_PAGE: ReadonlySet<RemovedKind> = new Set(['navigation', 'metadata']);

/** Structural rules: containers and fields that CMSs and comment plugins use. First match wins. */
export const STRUCTURE_RULES: readonly JunkRule[] = [
  // Skip links ("Skip to content") from WordPress, Drupal and most accessible themes.
  { kind: 'nag', selector: 'a.skip-link, a.skip-to-content, a.screen-reader-shortcut' },
  // Comment counts and "jump to comments" links (WordPress .comments-link, Disqus count links).
  {
    kind: 'comment-count',
    selector:
      '.comments-link, .comment-count, .comments-count, .comment-counter, .fb-comments-count, .disqus-comment-count, a[href$="#comments"], a[href$="#respond"], a[href$="#disqus_thread"], a[href*="#comment-"]',
    maxChars: 60,
  },
  // Comment forms: WordPress (#respond, #commentform), Drupal, Blogger, generic forms.
  {
    kind: 'comment-form',
    selector:
      '#respond, .comment-respond, #commentform, form.comment-form, #comment-form, .comment-form, form[action*="wp-comments-post"], #comment-editor, .comment-reply-title',
  },
  // Any form with a comment field or the author/email/url trio is a comment form.
  { kind: 'comment-form', selector: 'textarea[name="comment"]', closest: 'form' },
  { kind: 'comment-form', selector: 'input[name="author"] ~ input[name="email"]', closest: 'form' },
  // Comment plugins: Disqus, Facebook, Coral Talk, OpenWeb/Spot.IM, Viafoura, Livefyre, Commento,
  // Hyvor Talk, Jetpack, Remark42, utterances/giscus.
  {
    kind: 'comments',
    selector:
      '#disqus_thread, .fb-comments, .fb_comments, #coral_thread, #coral-thread, .coral-comments, [data-spotim-module], [data-spot-im-module-default-area], .spot-im-conversation, .viafoura, .vf-conversations, #livefyre, #livefyre-comment, .livefyre-comments, .fyre, #commento, #hyvor-talk-view, hyvor-talk-comments, #jp-comments, .jetpack-comments, #remark42, .utterances, .giscus',
  },
  // WordPress, Drupal, Blogger, Typepad comment threads, trackbacks and pingbacks.
  {
    kind: 'comments',
    selector:
      '#comments, .comments-area, #comments-section, .comment-list, .commentlist, #commentlist, .comments-list, #pings, .pinglist, .trackbacks, [itemprop="comment"], [itemtype$="/Comment"]',
  },
  // Akismet's notice and reCAPTCHA badges/notices.
  {
    kind: 'spam-notice',
    selector:
      '.akismet_comment_form_privacy_notice, .g-recaptcha, .recaptcha-notice, .grecaptcha-badge',
  },
  // Newsletter sign-up boxes: Mailchimp for WordPress, Mailchimp embeds, Jetpack subscriptions.
  {
    kind: 'newsletter',
    selector:
      '.mc4wp-form, #mc_embed_signup, .jetpack_subscription_widget, .wp-block-jetpack-subscriptions, .newsletter-signup, .newsletter-form, .newsletter-box',
  },
  // Share bars: Jetpack (sharedaddy), AddToAny, Shariff, AddThis, ShareThis, Social Warfare.
  {
    kind: 'share',
    selector:
      '.sharedaddy, .sd-sharing, .addtoany_share_save_container, .a2a_kit, .shariff, .addthis_toolbox, .addthis_inline_share_toolbox, .sharethis-inline-share-buttons, .swp_social_panel, .share-buttons, .social-share, .share-bar, .sharing-buttons, .jp-sharing-input-touch',
  },
  // Jetpack likes ("Like this: Like Loading…").
  { kind: 'share', selector: '.sharedaddy.sd-like, #jp-post-flair, .jetpack-likes-widget-wrapper' },
  // Related/recommended blocks: Jetpack, YARPP, Contextual Related Posts, Outbrain, Taboola.
  {
    kind: 'related',
    selector:
      '.jp-relatedposts, #jp-relatedposts, .yarpp-related, .crp_related, .related-posts, .relatedposts, .related-articles, .rp4wp-related-posts, .OUTBRAIN, [id^="taboola-"], .wp-block-jetpack-related-posts',
  },
  // Cookie-consent banners: WordPress.com/Jetpack (#eu-cookie-law), Cookie Notice, GDPR Cookie
  // Consent, Cookiebot, OneTrust, Osano/Cookie Consent (.cc-window). A short post can score lower
  // than the banner's sentences, and Readability then returns the banner (gnaur.wordpress.com).
  {
    kind: 'nag',
    selector:
      '#eu-cookie-law, .widget_eu_cookie_law_widget, #cookie-notice, #cookie-law-info-bar, #cookie-law-info-again, #CybotCookiebotDialog, #onetrust-consent-sdk, #onetrust-banner-sdk, .cc-window, #cookieChoiceInfo, #moove_gdpr_cookie_info_bar',
  },
  {
    kind: 'nag',
    idClass:
      /^(?:[a-z0-9]+[-_])?(?:cookies?|gdpr|consent)[-_]?(?:notice|banner|consent|bar|law|popup|hint|message|layer|overlay|alert|dialog|wall)$/i,
  },
  // Author boxes under a post: Simple Author Box, Starbox, Fancier Author Box, Twenty Ten/Eleven
  // (#entry-author-info), theme "author-bio"/"about-author" blocks. Only long ones, so a short
  // byline ("author-info" in an entry header) is left to Readability.
  {
    kind: 'metadata',
    selector: '.saboxplugin-wrap, .abh_box, .ts-fab-wrapper, #entry-author-info, .author-bio',
    minChars: 60,
  },
  {
    kind: 'metadata',
    idClass:
      /^(?:[a-z0-9]+-)?(?:author-?(?:bio|box|description|details|profile|about|card)|about-(?:the-)?author|post-author-bio|bio-?box)$/i,
    minChars: 60,
  },
  // Tables of contents: Easy Table of Contents, Table of Contents Plus, LuckyWP, Rank Math.
  {
    kind: 'navigation',
    selector:
      '#ez-toc-container, .ez-toc-container, #toc_container, .toc_container, .lwptoc, .wp-block-rank-math-toc-block, .table-of-contents, #table-of-contents',
  },
  // Category and tag lists of an entry (WordPress .cat-links/.tags-links and common themes).
  {
    kind: 'navigation',
    selector:
      '.cat-links, .tags-links, .tag-links, .post-categories, .entry-categories, .post-tags, .entry-tags, .post-meta-tags, [rel="tag"]:only-child',
    maxChars: 300,
  },
  {
    kind: 'navigation',
    idClass:
      /^(?:[a-z0-9]+[-_]{1,2})?(?:categories|post-categories|category-list|tags|tag-list|tags-list|post-tags|entry-tags|schlagworte)$/i,
    maxChars: 300,
  },
  // Site navigation and breadcrumbs that Readability keeps on pages with little text
  // (love-hina.ch's <ul id="navigation">).
  {
    kind: 'navigation',
    selector:
      'nav, [role="navigation"], #navigation, #nav, #menu, #main-menu, .main-navigation, .breadcrumb, .breadcrumbs, #breadcrumbs, [itemtype$="/BreadcrumbList"]',
  },
  // Captions and photo credits (figcaption, WordPress .wp-caption-text, Media Credit plugin): both
  // benchmarks' labels leave them out of the article (zyte's articleBody; trafilatura-eval lists
  // tennismagazin.de's caption as boilerplate), and a credit such as "(AP Photo/…)" is no source.
  {
    kind: 'metadata',
    selector: 'figcaption, .wp-caption-text, .wp-caption-dd',
  },
  {
    kind: 'metadata',
    selector: '.media-credit, .photo-credit, .image-credit, .credit, .caption-credit',
    maxChars: 200,
    inline: true,
  },
  {
    kind: 'metadata',
    idClass: /^(?:[a-z0-9]+[-_]{1,2})*(?:photo|image|img|bild|foto)-?(?:credits?|copyright)$/i,
    maxChars: 200,
  },
  // Generic containers by id/class token: a token such as "comments", "post-comments",
  // "comments-area" (one optional word before, one known suffix after). BEM element names like
  // Houzz's "gallery__item__comment" (a photo caption) are deliberately not tokens here.
  {
    kind: 'comments',
    idClass:
      /^(?:[a-z0-9]+-)?(?:comments?|kommentare|commentaires|comentarios|disqus)(?:-(?:area|section|wrap|wrapper|container|block|thread|list|box))?$/i,
  },
  {
    kind: 'share',
    idClass:
      /^(?:[a-z0-9]+-)?(?:share|shares|sharing|sharebar|social-share|social-sharing|social-buttons|social-links)(?:-(?:bar|box|buttons|links|tools|container|wrapper))?$/i,
  },
  {
    kind: 'related',
    idClass: /^(?:[a-z0-9]+-)?related(?:-?(?:posts|articles|stories|content|links|entries))?$/i,
  },
  {
    kind: 'newsletter',
    idClass: /^(?:[a-z0-9]+-)?newsletter(?:-(?:signup|form|box|block|widget|container|wrapper))?$/i,
  },
];

/**
 * Text rules: short elements whose text is mostly one of these are furniture. English, German,
 * French and Spanish, the way WordPress and common themes word them.
 */
export const TEXT_RULES: readonly JunkRule[] = [
  // Comment forms (WordPress core strings and their translations).
  {
    kind: 'comment-form',
    text: /\b(?:leave a (?:reply|comment)|post (?:a )?comment|add (?:a )?comment|cancel reply|submit comment|write a comment)\b/gi,
  },
  {
    kind: 'comment-form',
    text: /(?:your|the) email address will not be published\.?|required fields are marked\s*\*?|save my name, email,? and website in this browser for the next time i comment\.?|notify me of (?:follow-up comments|new posts) by email\.?/gi,
  },
  {
    kind: 'comment-form',
    text: /(?:schreibe|hinterlasse|verfasse) einen kommentar|kommentar(?:e)? (?:schreiben|abschicken|verfassen|absenden)|(?:deine|ihre) e-?mail-?adresse wird nicht veröffentlicht\.?|erforderliche felder sind (?:mit \*? ?)?markiert\s*\*?|meinen namen, (?:meine )?e-?mail(?:-adresse)? und (?:meine )?website in diesem browser speichern,? bis ich wieder kommentiere\.?|antworten abbrechen/gi,
  },
  {
    kind: 'comment-form',
    text: /laisser un commentaire|laisser une réponse|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.?|les champs obligatoires sont indiqués avec\s*\*?|enregistrer mon nom, mon e-?mail et mon site dans le navigateur pour mon prochain commentaire\.?|annuler la réponse/gi,
  },
  {
    kind: 'comment-form',
    text: /deja (?:una respuesta|un comentario)|tu dirección de correo electrónico no será publicada\.?|los campos obligatorios están marcados con\s*\*?|guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente\.?|cancelar (?:la )?respuesta|publicar (?:el )?comentario/gi,
  },
  // Logged-out notes under comment sections (WordPress core, German forum/clan CMSs).
  {
    kind: 'comment-form',
    text: /you must be (?:logged in|registered) to (?:post a comment|comment)\.?|(?:sie müssen|du musst) (?:angemeldet|eingeloggt|registriert) sein,? um (?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen|abgeben)(?: zu können)?!?\.?(?: oder (?:noch )?(?:gar )?nicht registriert\??)?|vous devez être connecté pour (?:publier|rédiger) un commentaire\.?|debes (?:estar registrado|iniciar sesión) para (?:publicar|escribir) un comentario\.?/gi,
  },
  // Akismet's notice, in its shipped translations, and reCAPTCHA's terms line.
  {
    kind: 'spam-notice',
    text: /this site uses akismet to reduce spam\.?|learn how your comment data is processed\.?|diese website verwendet akismet,? um spam zu reduzieren\.?|erfahre(?:n sie)? mehr darüber,? wie (?:deine|ihre) kommentardaten verarbeitet werden\.?|ce site utilise akismet pour réduire les indésirables\.?|en savoir plus sur (?:la façon dont|comment) les données de vos commentaires sont (?:utilisées|traitées)\.?|este sitio usa akismet para reducir el spam\.?|aprende cómo se procesan los datos de tus comentarios\.?|this site is protected by recaptcha and the google privacy policy and terms of service apply\.?/gi,
  },
  // Comment counts and closed-comment notes.
  {
    kind: 'comment-count',
    text: /^(?:\d+|one|no|keine|aucun|sin) (?:comments?|responses?|replies|thoughts? on\b.*|kommentare?|antworten|commentaires?|réponses?|comentarios?|respuestas?)(?: (?:yet|bisher))?(?: (?:to|zu|on|sur|en)\b.*)?$|^(?:comments?|kommentare|commentaires|comentarios)\s*(?:\(\d+\)|:\s*\d+)?$|^kommentare insgesamt:?\s*\d*$|^noch keine kommentare\.?$/gi,
  },
  // The header of one reader comment on small CMSs and forums ("#1 Kommentar von Naru-chan" on
  // love-hina.ch, "Comment #3 by Jo", "Commentaire de Marie"): the comment under it goes too.
  {
    kind: 'comments',
    text: /^(?:#\s*\d+\.?\s*(?:kommentar|comment|commentaire|comentario)|(?:kommentar|comment|commentaire|comentario)\s*#?\s*\d+)\s+(?:von|by|de|par|por)\s+\S.{0,60}$/gi,
    opens: true,
  },
  // Closed-comment notes and the feed/trackback links beside them.
  {
    kind: 'comment-count',
    text: /\b(?:comments are closed|kommentare (?:sind )?geschlossen|die kommentarfunktion ist (?:geschlossen|deaktiviert)|les commentaires sont fermés|los comentarios están cerrados|trackback-?ur[li]|trackbacks? are closed)\b\.?/gi,
  },
  // Comment feeds, next to the count or the closed note (WordPress "Kommentarfeed | Kommentare
  // geschlossen").
  {
    kind: 'comment-count',
    text: /\b(?:kommentarfeed|kommentar-feed|comments? (?:rss )?feed|rss feed for comments|flux des commentaires|feed de comentarios)\b/gi,
  },
  // "Be the first to comment" nags.
  {
    kind: 'nag',
    text: /be the first to (?:comment|leave a comment|like this)\.?|sei (?:der|die) erste,? (?:der|die) (?:das|dies|einen kommentar) (?:kommentiert|schreibt|gefällt)\.?|soyez le premier à commenter\.?|sé el primero en comentar\.?/gi,
  },
  // Skip links that leak into the article.
  {
    kind: 'nag',
    text: /^(?:skip to (?:main )?content|skip to navigation|zum inhalt springen|direkt zum inhalt|aller au contenu(?: principal)?|saltar al contenido(?: principal)?)$/gi,
  },
  // PHP warnings a broken plugin prints into the page ("Warning: Creating default object from
  // empty value in /…/plugin.php on line 12").
  {
    kind: 'nag',
    text: /^(?:warning|notice|deprecated|strict standards|fatal error): .{0,200} in \/\S+ on line \d+$/gi,
  },
  // Advertisement labels.
  {
    kind: 'nag',
    text: /^(?:advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad)\s*:?$/gi,
  },
  // Share-bar titles ("Share this:", "Teilen mit:", Jetpack's "Like this:").
  {
    kind: 'share',
    text: /^(?:share(?: this(?: (?:article|story|post))?| on| via)?|teilen(?: mit)?|diesen (?:beitrag|artikel) teilen|partager(?: cet article)?|compartir(?: esto)?|compártelo|like this|gefällt mir|j'aime|me gusta)\s*:?$/gi,
    heads: true,
  },
  // Rows of share buttons that are only network names ("Whatsapp Facebook Pint Baixar" on
  // Brazilian quote sites, "Teilen Twittern E-Mail" on German blogs): two names or more.
  {
    kind: 'share',
    text: /^(?:(?:share|teilen|twittern|tweet|whatsapp|facebook|twitter|pinterest|pin it|pint|linkedin|reddit|e-?mail|print|drucken|telegram|tumblr|xing|flipboard|messenger|copy link|link kopieren|baixar|compartilhar|partager|compartir)\b[\s,|·:•/]*){2,}$/gi,
  },
  // Cookie-consent sentences (WordPress.com "Datenschutz & Cookies: Diese Website verwendet
  // Cookies…", GDPR banners), sentence by sentence so a notice's links and buttons count too.
  {
    kind: 'nag',
    text: /[^.!?]*\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|(?:by )?(?:continuing|continue) to (?:use|browse) (?:this|our|the) (?:web)?site|(?:agree|consent) to (?:the|our) use of cookies|cookie (?:policy|settings|preferences)|(?:diese|unsere) (?:web)?seite verwendet cookies|diese website (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies|verwendung von cookies|cookie-richtlinie|datenschutz (?:&|und) cookies|ce site utilise des cookies|nous utilisons des cookies|utilisation des cookies|(?:este|nuestro) sitio(?: web)? utiliza cookies|utilizamos cookies|uso de cookies|política de cookies|politique (?:de|des|relative aux) cookies|gestion des cookies)\b[^.!?,;]*[.!?]*/gi,
  },
  // "Your browser is out of date" banners (Browser-Update.org and theme copies).
  {
    kind: 'nag',
    text: /[^.!?]*\b(?:your (?:web )?browser is (?:out of date|outdated|not supported)|(?:dein|ihr) browser ist (?:leider )?(?:veraltet|nicht mehr aktuell)|votre navigateur (?:est|n'est plus) (?:obsolète|à jour)|tu navegador (?:está|es) (?:desactualizado|obsoleto))\b[^.!?,;]*[.!?]*/gi,
  },
  // Membership and donation appeals after a post ("While you are here… If you enjoyed reading this
  // post – would you consider supporting our work?" on verfassungsblog.de).
  {
    kind: 'nag',
    text: /^(?:while you(?:'re| are) here(?:…|\.\.\.)?|before you go)$|[^.!?]*\b(?:if you (?:enjoyed|liked|like|enjoy|value) (?:reading )?(?:this|our) (?:post|article|story|work|journalism)|(?:would you )?consider supporting (?:our|us|the)|support (?:our|independent) journalism|(?:become|werden sie|werde) (?:a )?(?:member|patron|mitglied|unterstützer)|unterstützen sie (?:unsere|unabhängigen) (?:arbeit|journalismus)|soutenez (?:notre|le) (?:travail|journalisme)|apoya (?:nuestro|el) periodismo)\b[^.!?,;]*[.!?]*|^(?:just )?click here\.?$|\bjust click here\.?/gi,
  },
  // Datelines and timestamps on their own: "7. Oktober 2020", "Published 4:00 am CST, Wednesday,
  // November 20, 2019", "Updated at 1:23 p.m.", "3:59 PM" (uCoz entry titles), in en/de/fr/es
  // (Norwegian and Dutch month names are close enough to be caught too). Table cells are data.
  // One to eight tokens are written "(?![|–-]|$)(?:…){0,8}": with no token, only an empty text or
  // one opening with the byline's dash could match, and the lookahead refuses those, so the same
  // texts match. V8 compiles "(?:…){1,8}" as a token and then up to seven more, two copies of this
  // long pattern: it took 10.3 ms to compile in Chromium (one-byte and two-byte text), 6.1 ms now.
  {
    kind: 'metadata',
    text: /^(?![|–-]|$)(?:(?:(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|publié|mis à jour|publicado|actualizado|on|at|am|um|le|el|à|a las)\b|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?|ma[iy]|juin|june?|juni|juil(?:let)?|july?|juli|aug(?:ust)?|août|sep(?:t(?:ember)?)?|septembre|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?(?:,?\s*(?:de\s+)?\d{4})?|(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mar(?:ch|s)?|märz|apr(?:il)?|avr(?:il)?|ma[iy]|juin|june?|juni|juil(?:let)?|july?|juli|aug(?:ust)?|août|sep(?:t(?:ember)?)?|septembre|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember|embre)?|déc(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})|(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)(?:\s*[a-z]{2,4}\b)?|\d{1,2}:\d{2}(?:\s*[a-z]{3,4}\b)?))[\s,;:|–-]*){0,8}(?:[|–-]\s*(?:by |von |par |por )?\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3})?$/giu,
    outside: 'table, thead, tbody, tfoot, tr, td, th',
  },
  // Gallery counters ("Image 1 of 5", "Bild 2 von 9", "3/12").
  {
    kind: 'metadata',
    text: /^(?:image|photo|picture|slide|bild|foto|diapositive|imagen)?\s*\d{1,3}\s*(?:of|von|sur|de|\/)\s*\/?\s*\d{1,3}$/gi,
    outside: 'table, thead, tbody, tfoot, tr, td, th',
  },
  // Photo credits on their own ("Foto: dpa", "© Bild: Werk/Christian Houdek", "Photo: David
  // Zalubowski, STF / Associated Press", "Credit: Getty", "(AP Photo/David Zalubowski)").
  {
    kind: 'metadata',
    text: /^(?:(?:©|\(c\)|copyright)\s*)?(?:fotos?|bild(?:er)?|photos?|images?|credits?|crédits?(?: photos?)?|fotografía|imagen|illustration|bildquelle)\s*:\s*.{1,140}(?<![.!?"”])$|^(?:©|\(c\))\s*.{1,140}$|^\(?(?:ap|afp|reuters|dpa|epa|getty|kna)? ?(?:photo|foto|bild)\s*\/\s*[^()]{1,60}\)?$/gi,
    outside: 'table, thead, tbody, tfoot, tr, td, th',
  },
  // Category and tag lines of an entry ("Tags: …", "Posted in …", "Kategorien: …") and uCoz's
  // "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: … | Rating: 0.0/0".
  {
    kind: 'navigation',
    text: /(?:^|\|)\s*(?:(?:tags?|tagged|categories|category|views|added by|rating|schlagwörter|schlagworte|kategorien?|aufrufe|hinzugefügt von|bewertung|étiquettes|catégories?|mots-clés|etiquetas|categorías?)\s*:[^|:]{0,120}|(?:posted in|filed under|tagged with|abgelegt unter|veröffentlicht in|classé dans|archivado en)\b[^|.!?]{0,120})(?=\||$)/gi,
  },
  // Table-of-contents titles.
  {
    kind: 'navigation',
    text: /^(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|tabla de contenidos?|contenidos)\s*:?$/gi,
    heads: true,
  },
  // Related-post titles.
  {
    kind: 'related',
    text: /^(?:related(?: (?:posts|articles|stories|content|reading))?|you (?:may|might) also like|recommended(?: for you| stories| articles)?|more (?:stories|articles)|ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|das könnte (?:dich|sie) auch interessieren|articles similaires|à lire aussi|sur le même sujet|artículos relacionados|entradas relacionadas|te puede interesar|también te puede interesar|empfohlene (?:beiträge|artikel)|ähnliche (?:themen|artikel|beiträge) (?:lesen|entdecken)|(?:nutzer|leser) mochten auch(?: folgende (?:artikel|beiträge))?|(?:readers|users) also (?:liked|read)|weitere (?:beiträge|artikel)|mehr zum thema|lesen sie auch|auch interessant|beliebte beiträge|neueste beiträge|vous aimerez aussi|lire aussi|more from [\w .&'-]{1,40}|more (?:[\w&'-]+ ){0,2}(?:news|stories|articles|videos?|headlines)(?: from [\w .&'-]{1,40})?|top videos?|latest (?:news|stories|videos?|headlines)|editor'?s'? picks|weitere (?:nachrichten|meldungen)|mehr (?:nachrichten|news)(?: aus [\w .-]{1,30})?|plus d'actualités|más noticias|read (?:more|next)|see more|don't miss|most (?:read|popular)|trending(?: now)?|popular (?:posts|stories)|top stories)\s*(?::|\.\.\.|…)?$/gi,
    heads: true,
  },
  // Promo lines linking another story ("READ MORE: …", "SEE MORE: …", "Lesen Sie auch: …").
  {
    kind: 'related',
    text: /^(?:read more|see more|read also|also read|more|related|don't miss|lesen sie auch|mehr dazu|mehr zum thema|lire aussi|à lire aussi|lee también|leer más)\s*[:>»]\s*.{5,150}$/gi,
  },
  // Newsletter prompts.
  {
    kind: 'newsletter',
    text: /[^.!?]*\b(?:(?:sign up|subscribe|register) (?:for|to) (?:our|the) (?:[\w'’-]+ ){0,3}(?:newsletters?|alerts|emails?|magazine|podcast|briefing)|get (?:breaking news |news )?alerts|delivered (?:to your inbox|weekday mornings|every (?:day|week|month)|through your letterbox)|follow (?:us|@\w+) on (?:twitter|facebook|instagram|linkedin)|get a subscription|join our [\w ]{1,30} (?:forums?|community)|jetzt (?:abonnieren|anmelden)|newsletter (?:abonnieren|bestellen)|abonnez-vous|inscrivez-vous à (?:notre|la) newsletter|suscríbete)\b[^.!?,;]*[.!?]*|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletter|newsletter (?:abonnieren|bestellen)|abonnez-vous à (?:notre|la) newsletter|inscrivez-vous à (?:notre|la) newsletter|suscríbete a (?:nuestro|el) (?:boletín|newsletter)/gi,
  },
];
