/**
 * Page chrome that is recognised line by line: share bars, widgets, menus, breadcrumbs,
 * mastheads, copyright footers, newsletter and channel calls to action.
 */
import type { Block } from '../../model.js';
import type { Rule, RuleContext } from '../engine.js';
import type { Category } from '../phrases.js';
import { endsSentence, firstIndexOf, isLetterOrDigit, isUpperCase, matchKey, SENTENCE_STOPS } from '../../text/normalize.js';
import { afterLastSentence, DIGIT, EMAIL, isShortItemList, isProse, itemsReadAsText, wordCount } from '../signals.js';

const GLUED_COUNT = /^\s*\p{Nd}{1,7}(?=\p{L})/u;

/**
 * Remove lines (and lists) every word of which belongs to the given vocabularies, one word at
 * least to a required one; a line that only the `notAlone` vocabularies cover is not taken.
 */
function vocabularyRule(
  ctx: RuleContext,
  cats: readonly Category[],
  required: readonly Category[],
  maxWords: number,
  notAlone: readonly Category[] = [],
): void {
  const matches = (text: string): boolean => {
    if (text.length > maxWords * 16) return false;
    // A counter glued to its button ("0Tweet about this on Twitter", "12Shares") is read without it.
    const key = matchKey(GLUED_COUNT.test(text) ? text.replace(GLUED_COUNT, '') : text);
    if (key.length === 0 || wordCount(key) > maxWords) return false;
    if (!ctx.phrases.coveredBy(cats, key, true)) return false;
    // A line that one of the notAlone vocabularies covers by itself is that vocabulary's rule's.
    if (notAlone.length > 0 && !ctx.phrases.coveredBy(required, key, true) && notAlone.some((c) => ctx.phrases.coveredBy([c], key, true))) return false;
    // At least one word must come from a required vocabulary (a bare "16" is not a share bar, a
    // "Comments" link alone is the comment section's label).
    return ctx.phrases.coveredBy(required, key, false) || required.some((c) => ctx.phrases.contained(c, key) !== undefined);
  };
  ctx.blocks.forEach((block, i) => {
    if (block.kind === 'list' && block.items) {
      const items = block.items.filter((it) => it.length > 0);
      if (items.length > 0 && items.every(matches)) ctx.remove(i, items.join(' | '));
      return;
    }
    if (matches(block.text)) ctx.remove(i, block.text);
  });
}

export const shareBar: Rule = {
  id: 'share-bar',
  reason: 'share buttons (social networks, e-mail, print, copy link)',
  apply(ctx) {
    // A share bar may end with its link to the comments ("… Copiar enlace Comentarios") or with
    // the page's tools ("… Linki Kopyala Yazı Boyutu": font size, listen, print); a comment
    // section's label alone ("Top Rated Comments") is rule comment-form's, a row of tools alone
    // ("Font size Print") rule widget's.
    vocabularyRule(ctx, ['share', 'commentMarkers', 'widgets'], ['share'], 16, ['commentMarkers', 'widgets']);
    // A label in a language without a phrase file, and the networks after its colon:
    // "Κοινοποίηση: Facebook Twitter Email", "Udostępnij: Facebook Twitter".
    ctx.blocks.forEach((block, i) => {
      if ((block.kind === 'line' || block.kind === 'paragraph') && !ctx.isRemoved(i) && labelledButtons(ctx, block.text)) ctx.remove(i, block.text);
    });
    // A button printed on the line under a paragraph's full last line, which the wrap joined to
    // it (lynx): "… on exposed coasts and hills. Share".
    ctx.blocks.forEach((block, i) => {
      if (block.kind !== 'paragraph' || ctx.isRemoved(i)) return;
      const cut = trailingButtons(ctx, block.text);
      if (cut !== undefined) ctx.replace(i, { ...block, text: block.text.slice(0, cut) }, block.text.slice(cut).trim(), 'share buttons after the paragraph');
    });
  },
};

/** Characters of a label before its share buttons, and words, at the most. */
const BUTTON_LABEL_CHARS = 40;
const BUTTON_LABEL_WORDS = 3;

/** A short label, a colon, then two words or more that are all share buttons. */
function labelledButtons(ctx: RuleContext, text: string): boolean {
  if (text.length > 200) return false;
  const colon = firstIndexOf(text, [':', '：']);
  if (colon <= 0 || colon > BUTTON_LABEL_CHARS) return false;
  const label = text.slice(0, colon);
  if (wordCount(label) > BUTTON_LABEL_WORDS || DIGIT.test(label)) return false;
  const key = matchKey(text.slice(colon + 1));
  return wordCount(key) >= 2 && ctx.phrases.coveredBy(['share'], key);
}

/** Words of the buttons after a paragraph's last sentence, at the most. */
const TRAILING_BUTTON_WORDS = 8;
/** A sentence's end and the space after it. */
const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS}。](?:["'”’»)])?\\s`, 'gu');

/**
 * Where a labelled share row begins at the end of a paragraph in a script without full stops
 * (Thai: "… ใกล้บ้าน แชร์: Facebook Twitter Line"): its label is the word before the last colon.
 */
function labelledTail(ctx: RuleContext, text: string): number | undefined {
  const colon = text.lastIndexOf(': ');
  if (colon <= 0) return undefined;
  const start = text.lastIndexOf(' ', colon) + 1;
  if (start <= 0 || !labelledButtons(ctx, text.slice(start))) return undefined;
  return start - 1;
}

/** Where share buttons begin after the paragraph's last sentence, if they end it. */
function trailingButtons(ctx: RuleContext, text: string): number | undefined {
  if (endsSentence(text)) return undefined;
  // The last sentence end: the buttons stand after it.
  let end = -1;
  SENTENCE_END.lastIndex = Math.max(0, text.length - TRAILING_BUTTON_WORDS * 20);
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) end = m.index + m[0].length;
  if (end <= 0) return labelledTail(ctx, text);
  const tail = text.slice(end);
  if (wordCount(tail) > TRAILING_BUTTON_WORDS) return undefined;
  return ctx.phrases.coveredBy(['share'], matchKey(tail)) ? end - 1 : undefined;
}

/** Words of a label before a contact address at the most ("E-mail:", "기자 이메일"). */
const CONTACT_LABEL_WORDS = 3;

/**
 * A line that is an e-mail address, maybe after a short label: the reporter's or the
 * newsroom's ("minsu@hanbit.example.kr" under a Korean article, "Contact: tips@example.com").
 */
export const contact: Rule = {
  id: 'contact',
  reason: 'contact address (an e-mail address alone on its line)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' || block.kind === 'table' || block.text.length > 120 || block.text.indexOf('@') === -1 || ctx.isRemoved(i)) return;
      const words = block.text.trim().split(/\s+/);
      const address = (words[words.length - 1] as string).replace(/^[<(]|[>)]$/g, '');
      const label = words.slice(0, -1).join(' ');
      if (EMAIL.test(address) && wordCount(label) <= CONTACT_LABEL_WORDS && !endsSentence(label)) ctx.remove(i);
    });
  },
};

/** Blocks that a media player's printed controls span at the most, its first line to its last. */
const PLAYER_MAX_BLOCKS = 80;
/** Characters of a line that opens or closes a player, at the most. */
const PLAYER_LINE_CHARS = 120;

/**
 * A video player's controls as a text browser prints them from the page's markup (video.js:
 * "Video Player is loading.", "Play Video", "Current Time 0:00", "Playback Rate", "Chapters", …
 * "This is a modal window.", "Beginning of dialog window. …", caption settings, "End of dialog
 * window."): fifty lines of buttons that would end the article where a player is embedded in it.
 * From a line that opens a player (phrase category playerStart, the whole line) to the line that
 * closes its dialog (playerEnd) within PLAYER_MAX_BLOCKS blocks, with the player's label right
 * above it ("Video"); without such an end, with the buttons that follow it (playerControls).
 */
export const mediaPlayer: Rule = {
  id: 'media-player',
  reason: 'media player controls printed as text',
  apply(ctx) {
    const blocks = ctx.blocks;
    const finds = (i: number, cat: Category): boolean => {
      const b = blocks[i] as Block;
      if (b.kind === 'list' || b.kind === 'table' || b.text.length > PLAYER_LINE_CHARS) return false;
      return ctx.phrases.is(cat, matchKey(b.text));
    };
    // A button of the player's ("Play Video", "Current Time 0:00", "Loaded: 0%").
    const control = (i: number): boolean => {
      const b = blocks[i] as Block;
      if (b.kind === 'table' || b.text.length > PLAYER_LINE_CHARS) return false;
      const texts = b.kind === 'list' ? (b.items ?? []) : [b.text];
      return texts.length > 0 && texts.every((t) => ctx.phrases.coveredBy(['playerControls'], matchKey(t), true));
    };
    for (let i = 0; i < blocks.length; i++) {
      if (!finds(i, 'playerStart')) continue;
      let end = i;
      for (let j = i + 1; j < blocks.length && j <= i + PLAYER_MAX_BLOCKS; j++) {
        if (finds(j, 'playerEnd')) {
          end = j;
          break;
        }
      }
      // No end printed: the buttons that follow the opening line.
      if (end === i) while (end + 1 < blocks.length && control(end + 1)) end++;
      const label = blocks[i - 1];
      if (end > i && label && label.kind !== 'list' && ctx.phrases.is('playerLabels', matchKey(label.text))) ctx.remove(i - 1, 'the player\'s label');
      for (let k = i; k <= end; k++) ctx.remove(k, k === i ? (blocks[i] as Block).text : undefined);
      i = end;
    }
  },
};

/** Characters of a line of an embedded post's frame, at the most (a consent notice runs long). */
const EMBED_LINE_CHARS = 400;
/** Words of a frame's line that a short phrase opens, at the most; words of a notice's phrase, at the least. */
const EMBED_LINE_WORDS = 12;
const EMBED_NOTICE_WORDS = 5;

/**
 * The frame that a page draws around an embedded post, printed as text: the platform's own lines
 * ("View this post on Instagram", "A post shared by … (@…)"), a site's skip links and consent
 * prompt around it ("Skip twitter post by …", "Allow Twitter content?", "This article contains
 * content provided by Twitter …", "End of twitter post by …"). Lines that open with one of the
 * phrases of category embeds. The post's own text stays (a quote of the article's).
 */
export const embedFrame: Rule = {
  id: 'embed-frame',
  reason: 'frame of an embedded post (platform notice, skip link, consent prompt)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' || block.kind === 'table' || block.text.length > EMBED_LINE_CHARS) return;
      const key = matchKey(block.text);
      const found = ctx.phrases.is('embeds', key) ? key : ctx.phrases.prefix('embeds', key);
      if (found === undefined) return;
      // A short phrase opens a frame's line, which is short ("A post shared by The Gazette
      // (@thegazette)"); a sentence that opens with it is the article's. A notice of five words
      // or more is the frame's however long it runs.
      if (wordCount(key) > EMBED_LINE_WORDS && found.split(' ').length < EMBED_NOTICE_WORDS) return;
      ctx.remove(i, found);
    });
  },
};

export const widget: Rule = {
  id: 'widget',
  reason: 'page widget (font size, print, copy link, search, menu buttons, reading time)',
  apply(ctx) {
    vocabularyRule(ctx, ['widgets', 'share'], ['widgets'], 8);
  },
};

/** Words of a line that opens with a skip link, at the most (the link, the site's name, a menu). */
const SKIP_LINE_WORDS = 12;

/**
 * The accessibility link that opens a page ("Skip to content", "Zum Inhalt springen"), and what a
 * text browser printed beside it: the site's name or its menu ("Skip to content The Weeknight
 * Table"). A line of its own alone is rule widget's too; glued to a title, it would pass for the
 * headline.
 */
export const skipLink: Rule = {
  id: 'skip-link',
  reason: 'skip link at the top of the page, with what is printed beside it (site name, menu)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' || block.text.length > SKIP_LINE_WORDS * 16) return;
      const key = matchKey(block.text);
      const found = ctx.phrases.prefix('skipLinks', key);
      if (found !== undefined && wordCount(key) <= SKIP_LINE_WORDS) ctx.remove(i, found);
    });
  },
};

/** A list of short items made of navigation words, or a line of them: a menu or footer links. */
export const menu: Rule = {
  id: 'menu',
  reason: 'navigation menu (runs of short link items)',
  apply(ctx) {
    const blocks = ctx.blocks;
    blocks.forEach((block, i) => {
      if (block.kind === 'list' && block.items) {
        const items = block.items.filter((it) => it.length > 0);
        if (items.length === 0) return;
        const navItems = items.filter((it) => ctx.phrases.coveredBy(['nav', 'widgets', 'home'], matchKey(it), false)).length;
        // Mostly navigation words: a menu wherever it stands.
        if (navItems >= 2 && navItems >= items.length * 0.5) {
          ctx.remove(i, `${navItems}/${items.length} navigation items`);
          return;
        }
        // A run of short link items that is not embedded in prose: an article's own list is
        // introduced by a sentence (often ending with ":") and followed by more prose.
        if (items.length >= 3 && isShortItemList(block, 4) && !embeddedInProse(blocks, i)) {
          ctx.remove(i, `${items.length} short items outside the prose`);
        }
        return;
      }
      if (block.text.length > 300) return;
      const key = matchKey(block.text);
      const n = wordCount(key);
      if (n >= 2 && n <= 30 && ctx.phrases.coveredBy(['nav', 'home', 'widgets'], key, false)) {
        const navWords = key.split(' ').length;
        if (navWords >= 3) ctx.remove(i, 'a line of navigation words');
      }
    });
  },
};

function embeddedInProse(blocks: readonly Block[], i: number): boolean {
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  const introduced = prev !== undefined && prev.kind !== 'list' && prev.text.trimEnd().endsWith(':');
  if (introduced || (isProse(prev) && (isProse(next) || next?.kind === 'heading'))) return true;
  // A list of a section of the article, under its heading: "Ingredients", the list, then
  // "Instructions" and their steps. Prose before it and after it, past a few headings and short
  // lines ("Prep Time 10 mins"), and items that read as text; a sidebar's lists have no prose
  // after them, a profile's links under a standfirst are names and handles.
  return itemsReadAsText((blocks[i] as Block).items ?? []) && proseNear(blocks, i, -1) && proseNear(blocks, i, 1);
}

/** Blocks that may stand between an article's list and its prose: headings and short lines. */
const LIST_SECTION_GAP = 3;
const SHORT_LINE_WORDS = 12;

/** Is there prose (or a list of sentences, after the list) within a few headings and short lines of blocks[i]? */
function proseNear(blocks: readonly Block[], i: number, step: 1 | -1): boolean {
  for (let k = i + step, n = 0; k >= 0 && k < blocks.length && n <= LIST_SECTION_GAP; k += step, n++) {
    const b = blocks[k] as Block;
    if (isProse(b)) return true;
    if (b.kind === 'list') return step === 1 && sentenceItems(b);
    if (b.kind !== 'heading' && (wordCount(b.text) > SHORT_LINE_WORDS || endsSentence(b.text))) return false;
  }
  return false;
}

/** A list whose items are mostly sentences (a recipe's steps, an article's points). */
function sentenceItems(block: Block): boolean {
  const items = block.items ?? [];
  return items.length > 0 && items.filter((it) => endsSentence(it) && wordCount(it) >= 5).length * 2 > items.length;
}

/** "Label: value", a labelled value. */
const LABELLED = /^[^:]{1,30}:\s+\S/;

const CRUMB_SEPARATORS = new Set(['»', '›', '>', '/', '|', '«', '‹', '<', '→', '←', '\\']);

/** "الرئيسية » أخبار » محليات", "Home > News > World" */
export const breadcrumb: Rule = {
  id: 'breadcrumb',
  reason: 'breadcrumb trail',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list') {
        const first = block.items?.[0];
        if (first && ctx.phrases.is('home', matchKey(first)) && (block.items?.length ?? 0) <= 3 && isShortItemList(block, 8)) {
          ctx.remove(i, 'list starting at the home link');
        }
        return;
      }
      if (block.text.length > 200) return;
      const key = matchKey(block.text);
      const home = ctx.phrases.prefix('home', key);
      // The separators may be icons that the dump lost: "الرئيسية صحة".
      if (home && wordCount(key) - wordCount(home) <= 6 && !endsSentence(block.text) && ctx.phrases.coveredBy(['home', 'nav'], key)) {
        ctx.remove(i, 'home link and sections');
        return;
      }
      const parts = splitCrumbs(block.text);
      if (parts.length < 2) return;
      const first = matchKey(parts[0] ?? '');
      const short = parts.every((p) => wordCount(p) <= 8 && !endsSentence(p));
      if (!short) return;
      // Figures or labelled values between the bars are data ("Calories: 362kcal | Protein: 34g",
      // "Prep 5 min | Cook 15 min"); crumbs name pages ("Home › 2026 › November" has one).
      if (parts.filter((p) => DIGIT.test(p)).length * 2 > parts.length || parts.every((p) => LABELLED.test(p))) return;
      if (ctx.phrases.is('home', first) || (parts.length >= 3 && parts.every((p) => wordCount(p) <= 4))) {
        ctx.remove(i, `${parts.length} crumbs`);
      }
    });
  },
};

/** The parts of a breadcrumb trail; a trail uses one separator throughout ("a » b » c"). */
const ANY_CRUMB_SEPARATOR = new RegExp(`[${[...CRUMB_SEPARATORS].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);

function splitCrumbs(text: string): string[] {
  // Most lines have no separator at all: one part, found without walking the line.
  if (!ANY_CRUMB_SEPARATOR.test(text)) return text.trim().length > 0 ? [text.trim()] : [];
  const parts: string[] = [];
  let cur = '';
  let separator: string | undefined;
  for (const ch of text) {
    if (CRUMB_SEPARATORS.has(ch)) {
      if (separator !== undefined && ch !== separator) return [];
      separator = ch;
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  parts.push(cur.trim());
  // Every separator must stand between two non-empty parts, except a trailing one.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.some((p) => p.length === 0) ? [] : parts;
}

/** "رئيس التحرير: فلان", "Editor-in-Chief" followed by a name line. */
export const masthead: Rule = {
  id: 'masthead',
  reason: 'masthead (editor-in-chief and staff credits)',
  apply(ctx) {
    const blocks = ctx.blocks;
    blocks.forEach((block, i) => {
      if (block.kind === 'list' || ctx.isRemoved(i) || block.text.length > 160) return;
      const key = matchKey(block.text);
      if (ctx.phrases.is('masthead', key)) {
        ctx.remove(i, key);
        const next = blocks[i + 1];
        if (next && next.kind !== 'list' && wordCount(next.text) <= 5 && !endsSentence(next.text) && !isProse(next)) {
          ctx.remove(i + 1, 'the name after the title');
        }
        return;
      }
      const p = ctx.phrases.prefix('masthead', key);
      if (p && wordCount(key) <= wordCount(p) + 6 && !endsSentence(block.text)) ctx.remove(i, p);
    });
  },
};

/**
 * A line that carries one of the category's phrases: anywhere in it when `anywhere` holds,
 * else only at its start or in a short line that is not a sentence.
 */
function carries(ctx: RuleContext, cat: Category, text: string, maxChars: number, anywhere: boolean): string | undefined {
  if (text.length > maxChars) return undefined;
  const key = matchKey(text);
  if (key.length === 0) return undefined;
  const found = ctx.phrases.contained(cat, key);
  if (found === undefined) return undefined;
  if (anywhere || key.startsWith(found)) return found;
  // A phrase that opens the line, though a longer one stands further on.
  const opening = ctx.phrases.prefix(cat, key);
  if (opening !== undefined) return opening;
  // Two of the category's phrases in one line: a platform's notice, though it reads as prose
  // ("The Ledger is a reader-supported publication. To receive new posts and support my work, …").
  if (ctx.phrases.contained(cat, key.replace(found, ' ')) !== undefined) return found;
  return wordCount(key) <= 15 && !isProse({ kind: 'paragraph', text, origin: {} }) ? found : undefined;
}

function linesOf(block: Block): string[] {
  return block.kind === 'list' ? (block.items ?? []).filter((t) => t.length > 0) : [block.text];
}

/** Remove every block (or list) each line of which `find` finds something in; the first line's find is the detail. */
function removeWhereEveryLine(ctx: RuleContext, find: (line: string) => string | undefined): void {
  ctx.blocks.forEach((block, i) => {
    const texts = linesOf(block);
    const found = texts.map(find);
    if (texts.length > 0 && found.every((f) => f !== undefined)) ctx.remove(i, found[0]);
  });
}

export const copyright: Rule = {
  id: 'copyright',
  reason: 'copyright or site-credit footer',
  apply(ctx) {
    removeWhereEveryLine(ctx, (t) => carries(ctx, 'copyright', t, 220, true) ?? (t.includes('©') && t.length <= 220 ? '©' : undefined) ?? carries(ctx, 'credits', t, 160, false));
  },
};

/**
 * The standard legal notices of health, fitness and finance sites, printed in every page's
 * footer: "These statements have not been evaluated by the Food and Drug Administration …",
 * "… for informational purposes only. … does not provide medical advice …"; a shopping site's
 * affiliate notice ("… we may earn an affiliate commission"), an opinion page's disclaimer ("The
 * views expressed in this article are the author's own …", "المقالات المنشورة تعبر عن رأي
 * كاتبها …"). Their sentences are fixed formulas (phrase category legalNotices), so a line that
 * carries one is the notice.
 */
export const legalNotice: Rule = {
  id: 'legal-notice',
  reason: 'legal disclaimer of the site (medical, financial, affiliate or opinion notice)',
  apply(ctx) {
    removeWhereEveryLine(ctx, (t) => carries(ctx, 'legalNotices', t, 700, true));
  },
};

const CHANNEL_HOSTS = ['t.me/', 'telegram.me/', 'whatsapp.com/channel', 'chat.whatsapp.com', 'news.google.com', 'wa.me/'];

function isChannelUrl(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t.indexOf(' ') === -1 && CHANNEL_HOSTS.some((h) => t.includes(h));
}

export const newsletterCta: Rule = {
  id: 'newsletter-cta',
  reason: 'newsletter or channel call to action',
  apply(ctx) {
    const blocks = ctx.blocks;
    blocks.forEach((block, i) => {
      if (ctx.isRemoved(i)) return;
      const texts = linesOf(block);
      // A paywall's notice ("La suite est réservée aux abonnés.") is matched anywhere in its line.
      const cta = texts.length > 0 && texts.every((t) => carries(ctx, 'newsletter', t, 240, false) !== undefined || carries(ctx, 'paywall', t, 300, true) !== undefined || isChannelUrl(t) || followLine(ctx, t));
      if (!cta) {
        const cut = block.kind === 'list' ? undefined : trailingCta(ctx, block.text);
        if (cut !== undefined) ctx.replace(i, { ...block, text: block.text.slice(0, cut).trimEnd() }, block.text.slice(cut), 'a call to action joined to the line before it');
        return;
      }
      ctx.remove(i, texts[0]);
      // The URL printed under the call to action goes with it.
      const next = blocks[i + 1];
      if (next && next.kind !== 'list' && next.text.indexOf(' ') === -1 && (next.text.startsWith('http') || isChannelUrl(next.text))) {
        ctx.remove(i + 1, 'link of the call to action');
      }
    });
  },
};

/** Words of a call to action at the end of a line, at the most, and characters of such a line. */
const TRAILING_CTA_WORDS = 16;
const TRAILING_CTA_LINE = 600;

/**
 * Where a call to action that ends the line starts: lynx prints a box's lines with no blank line
 * between them, and a short one is joined to the line above ("Calories: 240kcal | Fat: 3g Tried
 * this recipe? Let us know how it was!"). A capitalised word that opens a newsletter phrase, among
 * the line's last words, after a word or a figure (no punctuation).
 */
function trailingCta(ctx: RuleContext, text: string): number | undefined {
  if (text.length > TRAILING_CTA_LINE) return undefined;
  // The line's last words, read from its end; the earliest that opens a call wins.
  let found: number | undefined;
  let sp = text.length;
  for (let n = 0; n < TRAILING_CTA_WORDS; n++) {
    sp = text.lastIndexOf(' ', sp - 1);
    if (sp <= 0) break;
    const at = sp + 1;
    // After a sentence or a clause, the call is the paragraph's own ("Disney Plus is Now Live,
    // Sign up for the package …"); a line joined to it ends with a word or a figure.
    if (!isUpperCase(text.charCodeAt(at)) || !isLetterOrDigit(text.charCodeAt(sp - 1))) continue;
    // The first word's key first: most capitalised words open no phrase.
    const end = text.indexOf(' ', at);
    if (!ctx.phrases.startsAny('newsletter', matchKey(end === -1 ? text.slice(at) : text.slice(at, end)))) continue;
    const key = matchKey(text.slice(at));
    if (ctx.phrases.is('newsletter', key) || ctx.phrases.prefix('newsletter', key) !== undefined) found = at;
  }
  return found ?? callAfterLastSentence(ctx, text);
}

/**
 * A call to action joined after the paragraph's last sentence, which it does not end like
 * ("… يقطعها الراكب. تابعوا آخر الأخبار على قناتنا في تليجرام"): in a script without capitals
 * only the stop before it tells where it starts. Where it starts, or undefined.
 */
function callAfterLastSentence(ctx: RuleContext, text: string): number | undefined {
  const at = afterLastSentence(text, TRAILING_CTA_WORDS);
  if (at === undefined) return undefined;
  const key = matchKey(text.slice(at));
  return ctx.phrases.is('newsletter', key) || ctx.phrases.prefix('newsletter', key) !== undefined ? at : undefined;
}

/**
 * "Follow NBC News", "Follow @AppleInsider ● RSS": a follow verb and then only names (capitalised
 * words, @handles) or share words, in a short line. Latin scripts only: there capitals mark names.
 */
function followLine(ctx: RuleContext, text: string): boolean {
  if (text.length > FOLLOW_MAX_CHARS) return false;
  const key = matchKey(text);
  const verb = ctx.phrases.prefix('followVerbs', key);
  if (verb === undefined) return false;
  const rest = text.trim().split(/\s+/).slice(verb.split(' ').length).filter((w) => /[\p{L}\p{N}@]/u.test(w));
  if (text.length <= 80 && rest.length >= 1 && rest.length <= 4 && rest.every((w) => /^[@\p{Lu}]/u.test(w) || ctx.phrases.is('share', matchKey(w)))) return true;
  // "Follow The Times's Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.":
  // two social networks or more, one sentence.
  return rest.filter((w) => ctx.phrases.is('share', matchKey(w))).length >= 2 && !/[.!?]\s/.test(text.trim());
}

/** Characters of a "Follow us" line at the most. */
const FOLLOW_MAX_CHARS = 200;

/** Cookie and consent banners: "This website uses cookies …", "Privacy Overview", "Accept". */
export const cookieNotice: Rule = {
  id: 'cookie-notice',
  reason: 'cookie or consent banner',
  apply(ctx) {
    // Matched anywhere, the phrase found is the one the line's key contains.
    removeWhereEveryLine(ctx, (t) => carries(ctx, 'cookies', t, 700, true));
  },
};

/** Words of a link's notice at the most ("this link opens in a new window"). */
const NOTICE_WORDS = 7;
const LEADING_MARKS = /^[^\p{L}\p{N}]*/u;
const TRAILING_MARKS = /[^\p{L}\p{N}]*$/u;

/**
 * A text without the notices that a page writes for screen readers after its links and a text
 * browser prints: "…Trust Principles., opens new tab", "… (link is external)", "(s'ouvre dans un
 * nouvel onglet)". A notice goes only where it stands apart from the sentence: in brackets, after
 * a comma, or at the end of the text ("Clicking it opens a new window" stays). Undefined: none.
 */
function withoutLinkNotices(ctx: RuleContext, text: string): { text: string; removed: string[] } | undefined {
  const words = text.split(' ');
  const keys = words.map((w) => matchKey(w));
  const removed: string[] = [];
  const out: string[] = [];
  let s = 0;
  while (s < words.length) {
    let found = 0;
    if ((keys[s] as string).length > 0 && ctx.phrases.startsAny('linkNotices', keys[s] as string)) {
      for (let n = Math.min(NOTICE_WORDS, words.length - s); n >= 1 && found === 0; n--) {
        if (ctx.phrases.is('linkNotices', keys.slice(s, s + n).filter((k) => k.length > 0).join(' '))) found = n;
      }
    }
    if (found === 0) {
      out.push(words[s] as string);
      s++;
      continue;
    }
    const first = words[s] as string;
    const last = words[s + found - 1] as string;
    const lead = LEADING_MARKS.exec(first)?.[0] ?? '';
    const trail = TRAILING_MARKS.exec(last)?.[0] ?? '';
    const bracketed = /[(（[]/.test(lead) && /^[)）\]]/.test(trail);
    const prev = out[out.length - 1];
    const afterComma = prev !== undefined && (prev.endsWith(',') || prev.endsWith('،')) && lead.length === 0;
    const atEnd = s + found === words.length;
    if (!bracketed && !afterComma && !atEnd) {
      out.push(first);
      s++;
      continue;
    }
    removed.push(words.slice(s, s + found).join(' '));
    if (afterComma && prev !== undefined) out[out.length - 1] = prev.slice(0, -1);
    // What stands outside the notice's brackets stays: "(link is external)." keeps its full stop.
    const kept = bracketed ? lead.replace(/[(（[]/g, '') + trail.replace(/^[)）\]]/, '') : lead + trail;
    if (kept.length > 0) {
      if (out.length > 0) out[out.length - 1] += kept;
      else out.push(kept);
    }
    s += found;
  }
  return removed.length === 0 ? undefined : { text: out.join(' ').trim(), removed };
}

/** The screen-reader notices after links: "opens new tab", "(link is external)". */
export const linkNotice: Rule = {
  id: 'link-notice',
  reason: 'a link\'s notice for screen readers ("opens in a new tab", "link is external")',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      const texts = block.kind === 'list' ? (block.items ?? []) : [block.text];
      // The fast refusal: no notice anywhere in the block.
      if (!texts.some((t) => ctx.phrases.contained('linkNotices', matchKey(t)) !== undefined)) return;
      const cleaned = texts.map((t) => withoutLinkNotices(ctx, t));
      if (cleaned.every((c) => c === undefined)) return;
      const removed = cleaned.flatMap((c) => c?.removed ?? []).join(' ');
      const kept = texts.map((t, k) => cleaned[k]?.text ?? t).filter((t) => t.length > 0);
      if (kept.length === 0) {
        ctx.remove(i, removed);
        return;
      }
      const next: Block = block.kind === 'list' ? { ...block, items: kept, text: kept.join('\n') } : { ...block, text: kept[0] as string };
      ctx.replace(i, next, removed, removed);
    });
  },
};
