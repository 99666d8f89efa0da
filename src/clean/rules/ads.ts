/** Ad placeholders, ad labels, image placeholders and form controls. */
import type { Block } from '../../model.js';
import type { Rule, RuleContext } from '../engine.js';
import type { Category } from '../phrases.js';
import { endsSentence, firstIndexOf, matchKey, SENTENCE_STOPS, tidy } from '../../text/normalize.js';
import { afterLastSentence, COUNT, DIGIT, headlineWords, isDateLine, isFormControl, PLACEHOLDER, startsRightAfter, wordCount } from '../signals.js';

const SPOT = 'spot_img';

/** Remove every `spot_img` token (repeated, glued to each other or to text) from a string. */
export function stripSpotImg(text: string): { text: string; count: number } {
  if (text.indexOf('spot_') === -1 && text.indexOf('SPOT_') === -1 && text.indexOf('Spot_') === -1) return { text, count: 0 };
  let count = 0;
  let out = '';
  let i = 0;
  const lower = text.toLowerCase();
  while (i < text.length) {
    const at = lower.indexOf(SPOT, i);
    if (at === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at);
    count++;
    i = at + SPOT.length;
  }
  return { text: count > 0 ? tidy(out) : text, count };
}

/**
 * tagDiv's "Newspaper" theme renders its ad slots as images with the alt text `spot_img`; w3m
 * prints the alt text, often several glued together, sometimes glued to the next line's text.
 */
export const adPlaceholder: Rule = {
  id: 'ad-placeholder',
  reason: 'ad image placeholder (tagDiv "spot_img" alt text)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' && block.items) {
        const stripped = block.items.map((it) => stripSpotImg(it));
        const count = stripped.reduce((n, s) => n + s.count, 0);
        if (count === 0) return;
        const items = stripped.map((s) => s.text).filter((t) => t.length > 0);
        if (items.length === 0) ctx.remove(i, `${count}× spot_img`);
        else ctx.replace(i, { ...block, items, text: items.join('\n') }, SPOT.repeat(count), `${count}× spot_img`);
        return;
      }
      const { text, count } = stripSpotImg(block.text);
      if (count === 0) return;
      if (text.length === 0) ctx.remove(i, `${count}× spot_img`);
      else ctx.replace(i, { ...block, text }, SPOT.repeat(count), `${count}× spot_img glued to text`);
    });
  },
};

/** w3m's image placeholders, every one in a line. */
const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, 'g');

/** Words of an ad label after a paragraph's last sentence, at the most ("Story continues below advertisement"). */
const TRAILING_LABEL_WORDS = 6;
/** Characters of one after a CJK full stop, at the most ("スポンサーリンク"). */
const TRAILING_LABEL_CHARS = 16;

/**
 * The label of an ad printed right under a paragraph, which a text browser took for its last
 * wrapped line ("… ووسائل الإعلام. إعلان", lynx: the paragraph's last line reached the width):
 * all that follows the paragraph's last sentence is an ad label.
 */
function trailingAdLabel(ctx: RuleContext, text: string): { head: string; key: string } | undefined {
  let at = afterLastSentence(text, TRAILING_LABEL_WORDS);
  // Japanese and Chinese leave no space after their full stop: "…抑えているという。スポンサーリンク".
  if (at === undefined) {
    const stop = text.lastIndexOf('。');
    if (stop > 0 && text.length - stop - 1 <= TRAILING_LABEL_CHARS) at = stop + 1;
  }
  if (at === undefined || at >= text.length) return undefined;
  const key = matchKey(text.slice(at));
  return ctx.phrases.is('adLabels', key) ? { head: text.slice(0, at).trimEnd(), key } : undefined;
}

export const adLabel: Rule = {
  id: 'ad-label',
  reason: 'advertisement label',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list') return;
      if (block.text.length > 80) {
        if (block.kind !== 'paragraph' && block.kind !== 'line') return;
        const trailing = trailingAdLabel(ctx, block.text);
        if (trailing) ctx.replace(i, { ...block, text: trailing.head }, block.text.slice(trailing.head.length).trim(), `${trailing.key} after the paragraph`);
        return;
      }
      // The label glued to its image's placeholder: "إعلان[300x250]", "Advertisement[ad]".
      const key = matchKey(block.text.indexOf('[') === -1 ? block.text : block.text.replace(PLACEHOLDERS, ' '));
      // Or labels one after the other: "Advertisement · Scroll to continue", "Ad · Sponsored".
      if (ctx.phrases.is('adLabels', key) || ctx.phrases.coveredBy(['adLabels'], key)) ctx.remove(i, key);
    });
  },
};

const IMAGE_EXT = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.svg', '.avif', '.bmp'];

/** `[https://…/photo.jpg]`, `[image]`, `[IMG]`: w3m and lynx placeholders for images without alt text. */
export function isImagePlaceholder(text: string): boolean {
  if (text.length > 300) return false;
  const t = text.trim();
  // The address or file name of an image alone on its line: a page's hidden microdata ("image":
  // the og:image URL), or w3m's alt text when it is the file name ("wyze-sense.jpgwyze-sense.jpg").
  if (isImageUrl(t)) return true;
  if (text.indexOf('[') === -1) return false;
  if (!t.startsWith('[') || !t.endsWith(']') || t.indexOf(' ') !== -1) return false;
  const inner = t.slice(1, -1).toLowerCase();
  // w3m prints an image without alt text as its file name in brackets: "[t1]", "[logo]".
  if (inner.length > 0 && inner.length <= 40 && !inner.includes('[')) return true;
  return isImageUrl(inner) || inner.startsWith('data:image');
}

/** An image's address: http(s) or a path, no spaces, ending in an image file extension (before any query). */
function isImageUrl(text: string): boolean {
  if (text.indexOf(' ') !== -1) return false;
  const lower = text.toLowerCase();
  const path = lower.split('?')[0] ?? lower;
  return IMAGE_EXT.some((ext) => path.endsWith(ext));
}

/** A line of bracketed image names only: "[facebook-i] [twitter-ic] [print-icon]", glued too ("[a][b]"). */
function isPlaceholderRow(text: string): boolean {
  if (text.length > 400 || text.indexOf('[') === -1) return false;
  const parts = text.trim().replaceAll('][', '] [').split(' ').filter((p) => p.length > 0);
  return parts.length >= 2 && parts.every((p) => isImagePlaceholder(p));
}

/**
 * An image's alt text and title printed one after the other (w3m): the same words twice, glued
 * or a space between ("Stairs leading upward to illustrate business focusStairs leading upward
 * to illustrate business focus").
 */
export function doubledText(text: string): boolean {
  const t = text.trim();
  if (t.length < MIN_DOUBLED || t.length > 400) return false;
  const half = Math.floor(t.length / 2);
  const space = t.length % 2 === 1 && t[half] === ' ';
  if (t.length % 2 === 1 && !space) return false;
  const second = space ? half + 1 : half;
  // The first characters of both halves tell before the halves are compared.
  if (t.charCodeAt(0) !== t.charCodeAt(second) || t.charCodeAt(half - 1) !== t.charCodeAt(t.length - 1)) return false;
  return t.slice(0, half) === t.slice(second) && LETTER_OR_DIGIT.test(t);
}

/** Characters of a doubled line at the least (a short word twice can be a name: "Bora Bora"). */
const MIN_DOUBLED = 16;

export const imagePlaceholder: Rule = {
  id: 'image-placeholder',
  reason: 'image placeholder drawn by the text browser',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' && block.items) {
        if (block.items.every((it) => it.length === 0 || isImagePlaceholder(it))) ctx.remove(i);
        return;
      }
      if (isImagePlaceholder(block.text) || isPlaceholderRow(block.text)) ctx.remove(i);
      else if (doubledText(block.text)) ctx.remove(i, 'alt text and title, the same words twice');
      else if (sameLineAgain(ctx.blocks, i - 1, i) || sameLineAgain(ctx.blocks, i, i + 1)) ctx.remove(i, 'a picture\'s words printed line after line');
    });
  },
};

/** Words of a picture's title printed again, at the least (a table's header row repeats with fewer: "Pos Player Plays % Stats"). */
const TITLE_WORDS = 6;

/**
 * Blocks a and b are the same words on consecutive lines, a title rather than a sentence: a
 * picture's or a video's alt text, title and caption, printed one under the other ("The United States once again kicks the Huawei
 * can down the road" three times).
 */
function sameLineAgain(blocks: readonly Block[], a: number, b: number): boolean {
  const x = blocks[a];
  const y = blocks[b];
  if (!x || !y || x.kind === 'list' || y.kind === 'list' || x.text.length < MIN_DOUBLED || x.text.length > 400 || x.text !== y.text || wordCount(x.text) < TITLE_WORDS || endsSentence(x.text)) return false;
  return startsRightAfter(x, y);
}

export const formControl: Rule = {
  id: 'form-control',
  reason: 'form field or button drawn by the text browser',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' && block.items) {
        if (block.items.every((it) => it.length === 0 || isFormControl(it))) ctx.remove(i);
        return;
      }
      if (isFormControl(block.text)) ctx.remove(i);
    });
  },
};

/**
 * WordPress shortcodes that the site left unrendered: "[button link=…]Send us your review[/button]",
 * "[caption id=…]…[/caption]", "[contact-form-7 id=…]". The kinds that are page furniture (buttons,
 * forms, embeds, galleries, captions) go whole.
 */
const SHORTCODE = /^\[([a-z][a-z0-9_-]*)(?:[\s\]])/i;
const FURNITURE_SHORTCODES = /^(button|btn|caption|wp_caption|embed|video|audio|playlist|gallery|contact-form-7|contact-form|mc4wp_form|newsletter|subscribe|social|share|ad|ads|adsense|related|related_posts)$/i;

export function shortcodeOf(text: string): string | undefined {
  if (text.length > 2000 || text.charCodeAt(0) !== 0x5b) return undefined;
  const m = SHORTCODE.exec(text);
  if (!m) return undefined;
  const tag = (m[1] as string).toLowerCase();
  if (!FURNITURE_SHORTCODES.test(tag)) return undefined;
  const t = text.trimEnd();
  // Self-closing ("[contact-form-7 id=12]") or closed at the end ("… [/button]").
  const open = t.indexOf(']');
  return t.toLowerCase().endsWith(`[/${tag}]`) || open === t.length - 1 ? `[${tag}]` : undefined;
}

export const shortcode: Rule = {
  id: 'shortcode',
  reason: 'unrendered WordPress shortcode (button, form, embed, gallery, caption)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' || block.kind === 'table') return;
      const found = shortcodeOf(block.text.trimStart());
      if (found !== undefined) ctx.remove(i, found);
    });
  },
};

/**
 * HTML that a page printed as text (escaped twice, so the text browser shows the tags): an
 * editor's leftovers such as TinyMCE's "&lt;span data-mce-type="bookmark" …&gt;&amp;#65279;&lt;/span&gt;".
 * A line that is tags and character references only, with no word outside them, is no text
 * (an 80-column dump may have wrapped a tag: "&lt; /span&gt;").
 */
const PRINTED_TAG = /&lt;\s?\/?\s?[a-z][\w:-]*(?:\s[^\n]*?)?\/?&gt;|<\/?[a-z][\w:-]*(?:\s[^<>\n]*)?\/?>/gi;
const PRINTED_REFERENCE = /&(?:amp;)*#?\w{1,10};/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function printedMarkup(text: string): boolean {
  if (text.length > 2000 || (text.indexOf('&lt;') === -1 && text.indexOf('<') === -1)) return false;
  const rest = text.replace(PRINTED_TAG, ' ');
  if (rest.length === text.length) return false;
  return !WORD_CHAR.test(rest.replace(PRINTED_REFERENCE, ' '));
}

export const markupText: Rule = {
  id: 'markup-text',
  reason: 'HTML markup printed as text (escaped tags and character references only)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind !== 'list' && block.kind !== 'table' && printedMarkup(block.text)) ctx.remove(i);
    });
  },
};

/** A number alone on a line: a comment, view or share counter left by the page's widgets. */
export const counter: Rule = {
  id: 'counter',
  reason: 'comment, view or share counter',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list') return;
      const t = block.text.trim();
      if (t.length > 0 && t.length <= 7 && /^[\p{Nd}.,kKMm]+$/u.test(t) && DIGIT.test(t)) ctx.remove(i, t);
      else if (countsAndUnits(ctx, t)) ctx.remove(i, 'counts and their units');
      else if (labelledCount(ctx, t)) ctx.remove(i, 'a count and its label');
    });
  },
};

/** A count after its label, alone on its line: "عدد القراءات: 1٬482", "Views: 1,482". */
function labelledCount(ctx: RuleContext, text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || text.length > 60) return false;
  const count = text.slice(colon + 1).trim();
  return COUNT.test(count) && ctx.phrases.is('counterLabels', matchKey(text.slice(0, colon)));
}

/** What may follow a count: its label or a unit of time ("views", "min read", "دقيقتين"). */
const COUNT_UNITS: readonly Category[] = ['counterLabels', 'dateWords'];
/** Words of a line of counts at the most. */
const COUNTS_LINE_WORDS = 8;

/**
 * A post's counts and reading time, each count before its label or unit: "2٬304 دقيقتين" (views,
 * then "two minutes"), "1,245 views 3 min read". A unit before its number ("Day 3") is a heading.
 */
function countsAndUnits(ctx: RuleContext, text: string): boolean {
  if (text.length > 80 || !COUNT.test(text.slice(0, text.indexOf(' ') === -1 ? text.length : text.indexOf(' ')))) return false;
  const words = text.split(' ').filter((w) => w.length > 0);
  if (words.length < 2 || words.length > COUNTS_LINE_WORDS) return false;
  let i = 0;
  while (i < words.length) {
    if (!COUNT.test(words[i] as string)) return false;
    i++;
    // The count's label or unit: one to three words ("views", "min read", "دقيقتين"); a count
    // may end the line without one.
    const len = ctx.phrases.phraseFrom(COUNT_UNITS, words, i);
    if (len === 0 && i < words.length) {
      // A rating: a count, "from" or "out of", and the count it is out of ("5 from 32 votes",
      // "4.8 out of 5 stars").
      const connector = ctx.phrases.phraseFrom(['countConnectors'], words, i);
      if (connector === 0 || !COUNT.test(words[i + connector] ?? '')) return false;
      i += connector;
      continue;
    }
    i += len;
    // A unit without its own number ("دقيقتين" is "two minutes") may follow.
    while (i < words.length && !COUNT.test(words[i] as string) && ctx.phrases.phraseFrom(COUNT_UNITS, [words[i] as string], 0) > 0) i++;
  }
  return true;
}

/**
 * The label a caption line opens with ("Image caption …", "Photo: AFP", "Pictured: …"), if any.
 * A one-word label needs its colon: "Image: …" is a caption, "Image is everything" is prose.
 */
function captionLabel(ctx: RuleContext, text: string): string | undefined {
  if (text.length > 400) return undefined;
  const key = matchKey(text);
  const label = ctx.phrases.prefix('captionLabels', key);
  if (label === undefined || wordCount(text) > 60) return undefined;
  if (label.indexOf(' ') !== -1) return label;
  // A one-word label ends at its colon, or at the ellipsis that some papers print instead
  // ("Credit…Jane Doe for The New York Times").
  const end = firstIndexOf(text, [':', '：', '…', '...']);
  return end > 0 && end <= label.length + 3 && matchKey(text.slice(0, end)) === label ? label : undefined;
}

/**
 * A wire-service caption: "In this Dec. 12, 2006, file photo, made available by NASA, …", "In this
 * photo provided by …", "En esta foto del …". An opener, then a picture word (a one-word caption
 * label) followed by a comma, or right after the opener (one word between at most).
 */
function captionSentence(ctx: RuleContext, text: string): string | undefined {
  if (text.length > 600) return undefined;
  const key = matchKey(text);
  const opener = ctx.phrases.prefix('captionOpeners', key);
  if (opener === undefined) return undefined;
  const words = key.split(' ');
  const skip = opener.split(' ').length;
  const lower = text.toLowerCase();
  let from = 0;
  for (let j = skip; j < Math.min(words.length, skip + 12); j++) {
    const w = words[j] as string;
    if (!ctx.phrases.is('captionLabels', w) || w.indexOf(' ') !== -1) continue;
    const at = lower.indexOf(w, from);
    if (at === -1) return undefined;
    from = at + w.length;
    const next = lower.charAt(from);
    if (next === ',' || next === '،' || (j - skip <= 1 && next === ' ')) return `${opener} … ${w}`;
  }
  return undefined;
}

/** A picture's credit standing alone under it: "Getty Images", "The Associated Press". */
function creditLine(ctx: RuleContext, text: string): string | undefined {
  if (text.length > 60) return undefined;
  const key = matchKey(text);
  return ctx.phrases.is('creditLines', key) ? key : undefined;
}

/** A caption that ends with its picture's credit: "… nostrils? (Photo: Getty Images)", "… (AP)", or a credit alone: "(Reed Saxon / Associated Press)". */
function creditedCaption(ctx: RuleContext, text: string): string | undefined {
  const t = text.trim();
  const close = t.charAt(t.length - 1);
  const opener = OPENING_BRACKET[close];
  if (opener === undefined || t.length > LONG_CAPTION_CHARS) return undefined;
  const open = t.lastIndexOf(opener);
  if (open < 0) return undefined;
  const inner = t.slice(open + 1, -1).trim();
  if (close !== ')' && close !== ']') {
    // Full-width brackets: a Chinese or Japanese caption, a phrase without a full stop
    // ("…の完成予想図（大阪市提供）"); a paragraph that ends "…と発表した。（共同）" is the
    // article's, credited to its agency. The credit ends with what the source did
    // ("（大阪市提供）", "（新华社记者 张三 摄）") or is a known one.
    if (open === 0 || t.slice(0, open).includes('。') || headlineWords(t) > 60 || inner.length > 30) return undefined;
    return creditSuffix(ctx, inner) ?? creditLine(ctx, inner);
  }
  // A wire caption runs long ("… hearings opens Tuesday. (Photo by Andrew Caballero-Reynolds / AFP)"):
  // its labelled credit vouches for it; a bare agency name in brackets only for a caption's length.
  const labelled = captionLabel(ctx, inner);
  if (labelled !== undefined) return labelled;
  if (t.length > 600 || wordCount(t) > 60) return undefined;
  return creditLine(ctx, inner) ?? suppliedCredit(ctx, inner) ?? (open === 0 ? photoCredit(ctx, inner) : undefined);
}

/** Words of a supplier's credit at the most ("부산시 제공"). */
const SUPPLIED_CREDIT_WORDS = 4;

/**
 * What a source supplied, named first in the brackets, maybe with the agency's notice after it:
 * "[부산시 제공. 재판매 및 DB 금지]" (the suffix a creditSuffixes one, after the name).
 */
function suppliedCredit(ctx: RuleContext, inner: string): string | undefined {
  const stop = inner.search(/[.。]/);
  const first = (stop === -1 ? inner : inner.slice(0, stop)).trim();
  return wordCount(first) <= SUPPLIED_CREDIT_WORDS ? creditSuffix(ctx, first) : undefined;
}

/** The opening bracket of each closing one a credit may end with (full-width ones in CJK text). */
const OPENING_BRACKET: Record<string, string> = { ')': '(', ']': '[', '）': '（', '］': '［', '】': '【' };

/** The credit suffix (creditSuffixes) that ends a CJK credit without a space: "大阪市提供", "张三 摄". */
function creditSuffix(ctx: RuleContext, inner: string): string | undefined {
  const key = matchKey(inner);
  // The suffix ends the last word, glued to the source ("大阪市提供") or after it ("张三 摄").
  const word = key.slice(key.lastIndexOf(' ') + 1);
  const spaced = key.indexOf(' ') !== -1;
  for (let n = 1; n <= 2 && n <= word.length; n++) {
    const tail = word.slice(-n);
    if (ctx.phrases.is('creditSuffixes', tail) && (word.length > n || spaced)) return tail;
  }
  return undefined;
}

/** Characters of a wire caption with its labelled credit at the most. */
const LONG_CAPTION_CHARS = 1200;

/**
 * A photographer and an agency: "Reed Saxon / Associated Press", "Amy K. Dragoo/AIMMEDIA",
 * "REUTERS/Brendan McDermid", "VICTOR TANGERMANN, FUTURISM". Either a name of two to four
 * capitalised words with at most three words after the slash, or a known agency before it
 * ("AC/DC Announce Tour" is neither).
 */
const SLASH_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} ?\/ ?\p{Lu}[\p{L}\p{N}&.'’-]*(?: [\p{L}\p{N}&.'’-]+){0,2}$/u;
const CAPS_CREDIT = /^\p{Lu}[\p{Lu}.'’ -]{2,40}, \p{Lu}[\p{Lu}\p{N}&.' -]{1,30}$/u;

function photoCredit(ctx: RuleContext, text: string): string | undefined {
  if (text.length > 80) return undefined;
  const slash = text.indexOf('/');
  if (slash > 0) {
    if (SLASH_NAME.test(text)) return 'photo credit';
    return wordCount(text) <= 6 && creditLine(ctx, text.slice(0, slash)) !== undefined ? 'photo credit' : undefined;
  }
  // "NAME, OUTLET" in capitals: the two first letters tell before the pattern is tried.
  const comma = text.indexOf(', ');
  const a = text.charAt(0);
  const b = text.charAt(1);
  return comma > 0 && a !== a.toLowerCase() && b !== b.toLowerCase() && CAPS_CREDIT.test(text) ? 'photo credit' : undefined;
}

/** A picture agency's caption: "WASHINGTON, DC - NOVEMBER 19: Jennifer Williams, adviser to …". */
const AGENCY_CAPTION = /^\p{Lu}[\p{Lu} .,'’-]{2,40} [-–] (\p{Lu}+\.?) \d{1,2}(?:, \d{4})?: \S/u;

function agencyCaption(ctx: RuleContext, text: string): string | undefined {
  if (text.length > 1000 || text.indexOf(': ') === -1) return undefined;
  const m = AGENCY_CAPTION.exec(text);
  return m && ctx.phrases.is('months', matchKey(m[1] as string)) ? 'picture agency caption' : undefined;
}

/** A slideshow's caption with its counter glued on (w3m): "1of4Grass Valley's …". */
const SLIDE_COUNTER = /^(\d{1,3})of(\d{1,3})(?=\p{Lu}|\p{Lt})/u;

function slideCaption(text: string): string | undefined {
  const m = SLIDE_COUNTER.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) ? m[0] : undefined;
}

/**
 * Figure captions describe a picture; they are not body text. HTML marks them (figcaption); in
 * a text dump a caption label opens them, or a wire service's caption sentence, or a slide counter,
 * or the picture's credit closes them, and a credit may stand alone under them.
 */
export const caption: Rule = {
  id: 'caption',
  reason: 'figure caption (not body text)',
  apply(ctx) {
    const blocks = ctx.blocks;
    blocks.forEach((block, i) => {
      if (block.role === 'caption') ctx.remove(i);
      else if (block.kind !== 'list' && block.kind !== 'table') {
        const named = creditLine(ctx, block.text) ?? captionLabel(ctx, block.text) ?? captionSentence(ctx, block.text);
        const credited = named === undefined ? creditedCaption(ctx, block.text) : undefined;
        const whole = named ?? credited ?? slideCaption(block.text) ?? photoCredit(ctx, block.text.trim()) ?? agencyCaption(ctx, block.text);
        const tail = whole === undefined ? creditTail(ctx, block.text) : undefined;
        const label = whole ?? tail;
        if (label === undefined) return;
        ctx.remove(i, label);
        // A credit line alone ("مصدر الصورة: رويترز", "Image source: Reuters") stands in its
        // figure between the picture's alt text and the caption: the lines right above and
        // below it, in the same group, are the figure's.
        // So do they beside a caption that ends with its credit, bracketed or not: the alt text
        // above it ("Eine Straßenbahn am Hauptbahnhof" over "…: Ab August fahren Schüler
        // kostenlos. Foto: dpa", "… en Madrid. Juan Pérez (EFE)"), or the caption below an alt
        // text that carries the credit ("صورة من الجلسة الختامية مصدر الصورة: رويترز").
        const creditOnly = wordCount(block.text) <= CREDIT_LINE_WORDS && captionLabel(ctx, block.text) !== undefined;
        const neighbours = creditOnly || tail !== undefined || credited !== undefined ? [i - 1, i + 1] : [];
        for (const j of neighbours) {
          const other = blocks[j];
          if (other && figureLine(ctx, other, block)) ctx.remove(j, 'the figure of the credit line');
        }
      }
    });
  },
};

/** A credit starts as a name does: a capital, a letter of a script without case, or a figure ("20th Century Fox"). */
const CREDIT_START = /^(?:\p{Lu}|\p{Lo}|\p{Nd})/u;

/** Words of a credit after its label ("Andrew Harrer/Bloomberg via Getty Images") at the most. */
const CREDIT_WORDS = 6;

/** Words of a caption that an agency's name follows, at the most. */
const AGENCY_CAPTION_WORDS = 40;

/** Words of a credit line ("Image source: Reuters") at the most. */
const CREDIT_LINE_WORDS = 8;
/** Words of an alt text or caption line beside a credit line at the most. */
const FIGURE_LINE_WORDS = 25;

/**
 * A short line of the credit line's group (the line next to it, no blank line between) that is
 * no sentence of prose, and no date or byline: a dump may print the byline, the date and the
 * figure under the headline in one group.
 */
/** Is the short line said again in the caption (its key inside the caption's)? */
function echoed(line: string, caption: string): boolean {
  const key = matchKey(line);
  return key.length >= 2 && key.length < caption.length && matchKey(caption).includes(key);
}

function figureLine(ctx: RuleContext, b: Block, credit: Block): boolean {
  if (b.kind === 'list' || b.kind === 'table' || b.kind === 'heading') return false;
  const gap = Math.abs((b.origin.line ?? 0) - (credit.origin.line ?? 0));
  // Right beside it, or a blank line apart (a picture and its caption in paragraphs of their
  // own) when the caption repeats it: an alt text ("19号线列车") says what the caption says.
  if ((gap !== 1 && !(gap === 2 && echoed(b.text, credit.text))) || wordCount(b.text) > FIGURE_LINE_WORDS || endsSentence(b.text)) return false;
  return !isDateLine(b.text, ctx.phrases) && ctx.phrases.prefix('byline', matchKey(b.text)) === undefined;
}

/**
 * A caption that ends with its picture's credit, not in brackets: after a label ("… at the
 * summit. Photo: Reuters", "… Photo by Kirk Irwin/Getty Images"), or after its last sentence
 * ("… en una imagen de archivo. EFE").
 */
function creditTail(ctx: RuleContext, text: string): string | undefined {
  return labelledCredit(ctx, text) ?? abbreviatedCredit(ctx, text) ?? agencyAfterSentence(ctx, text) ?? creditAfterDash(ctx, text) ?? creditAfterFullStop(ctx, text);
}

/** Characters of a Chinese or Japanese caption with its credit, and of the credit, at the most. */
const FULL_STOP_CAPTION_CHARS = 120;
const FULL_STOP_CREDIT_CHARS = 16;
/** Characters of a reporter's label that opens a credit ("记者"), at the most. */
const CREDIT_LABEL_CHARS = 4;

/**
 * A Chinese or Japanese caption, one sentence, and the photographer's credit after its full
 * stop: "乘客在天府国际机场站乘坐19号线列车。记者 张华 摄" (w3m: "…列车。记者张华摄"). The credit
 * ends with what the source did (creditSuffixes) and is a reporter's: a label opens it ("记者"),
 * or the suffix stands apart from the name ("张华 摄"); "…。详见下图" is no credit.
 */
function creditAfterFullStop(ctx: RuleContext, text: string): string | undefined {
  const t = text.trim();
  const stop = t.indexOf('。');
  if (stop <= 0 || t.length > FULL_STOP_CAPTION_CHARS || t.indexOf('。', stop + 1) !== -1) return undefined;
  const credit = t.slice(stop + 1).trim();
  if (credit.length < 3 || credit.length > FULL_STOP_CREDIT_CHARS) return undefined;
  const suffix = creditSuffix(ctx, credit);
  if (suffix === undefined) return undefined;
  const key = matchKey(credit);
  if (key.endsWith(` ${suffix}`)) return `。… ${suffix}`;
  for (let n = Math.min(CREDIT_LABEL_CHARS, key.length - 2); n >= 2; n--) {
    const label = key.slice(0, n);
    if (ctx.phrases.is('byline', label) || ctx.phrases.is('bylineLabel', label)) return `。${label} … ${suffix}`;
  }
  return undefined;
}

/** Characters of a caption with its credit after a dash, at the most. */
const DASH_CAPTION_CHARS = 200;
const DASHES = [' - ', ' – ', ' — ', ' | '];

/**
 * A one-sentence caption and its credit after a dash: "المشي المنتظم يحسن صحة القلب - تعبيرية",
 * "Commuters at the station – Reuters". The credit is a known one (creditLines); the caption has
 * three words at the least and no sentence end inside.
 */
function creditAfterDash(ctx: RuleContext, text: string): string | undefined {
  const t = text.trim();
  if (t.length > DASH_CAPTION_CHARS) return undefined;
  for (const dash of DASHES) {
    const at = t.lastIndexOf(dash);
    if (at <= 0 || t.length - at > MAX_CREDIT_CHARS) continue;
    const credit = matchKey(t.slice(at + dash.length));
    const caption = t.slice(0, at);
    if (credit.length > 0 && ctx.phrases.is('creditLines', credit) && wordCount(caption) >= 3 && !endsSentence(caption) && !INNER_STOP.test(caption)) return `${dash.trim()} ${credit}`;
  }
  return undefined;
}

/** A sentence's end inside a text: a stop before a space. */
const INNER_STOP = new RegExp(`[${SENTENCE_STOPS}](?=\\s)`);

/**
 * A caption whose last sentence is followed by the agency alone: "Un edificio en obras, en una
 * imagen de archivo. EFE", "… at the summit. Reuters". One sentence before it at the least, and
 * no more than a caption's length.
 */
function agencyAfterSentence(ctx: RuleContext, text: string): string | undefined {
  const t = text.trimEnd();
  if (t.length > 400 || wordCount(t) > AGENCY_CAPTION_WORDS) return undefined;
  // The last sentence's end: a stop and a space, or a stop glued to the credit ("2019.J. Scott
  // Applewhite / AP file"); the credit is an agency or a photographer and an agency.
  // Only the last characters can hold it: a credit is short.
  let stop = -1;
  for (let i = t.length - 2; i > 0 && i >= t.length - MAX_CREDIT_CHARS - 2; i--) {
    const c = t[i];
    if ((c === '.' || c === '!' || c === '?') && SENTENCE_STOP_AFTER.test(t[i + 1] as string)) {
      stop = i;
      break;
    }
  }
  if (stop <= 0) return undefined;
  const tail = t.slice(stop + 1).trim();
  // A credit is short: a longer tail is the caption's (or a paragraph's) last sentence.
  if (tail.length === 0 || tail.length > MAX_CREDIT_CHARS) return undefined;
  const agency = matchKey(tail);
  if (agency.length > 0 && ctx.phrases.is('creditLines', agency)) return agency;
  return tail.indexOf('/') > 0 && wordCount(t.slice(0, stop)) >= 3 ? photoCredit(ctx, tail) : undefined;
}

/** Characters of a credit at the most ("J. Scott Applewhite / AP file"). */
const MAX_CREDIT_CHARS = 60;

/** The word "by" in any case. */
const BY_WORD = / by /i;

/** What follows a sentence's stop before a credit: a space or a capital. */
const SENTENCE_STOP_AFTER = /^(?: |\p{Lu})$/u;

/**
 * "… at the summit. Photo: Reuters", "صورة من الجلسة الختامية مصدر الصورة: رويترز": a caption
 * label ends the text before the last colon, and a short credit follows it. Without a colon, a
 * label that ends with "by" (creditedBy).
 */
function labelledCredit(ctx: RuleContext, text: string): string | undefined {
  if (text.length > 400) return undefined;
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return creditedBy(ctx, text);
  // The credit: up to CREDIT_WORDS words, a name's ("Reuters", "رويترز"), not the end of a
  // sentence ("… a tax credit: $500.").
  const credit = text.slice(colon + 1).trim();
  const count = wordCount(credit);
  if (count === 0 || count > CREDIT_WORDS || endsSentence(credit) || !/^\p{L}|^\p{Nd}/u.test(credit)) return undefined;
  const before = text.slice(0, colon).trim().split(' ');
  const n = ctx.phrases.phraseBefore('captionLabels', before, before.length);
  if (n === 0) return undefined;
  // A credit starts as a name does, or anyhow after the caption's last full stop
  // ("… второй линии метро. Фото: пресс-служба мэрии").
  const afterStop = endsSentence(before.slice(0, -n).join(' '));
  return CREDIT_START.test(credit) || afterStop ? `${matchKey(before.slice(-n).join(' '))}: …` : undefined;
}

/** A caption's label cut short, then its credit: "Fot. Jan Nowak", "Foto. PAP" at the end of the caption. */
const ABBREVIATED_CREDIT = /(?:^|[.!?…]["”’»)]? )(\p{L}{2,5})\. (\S.*)$/u;

/**
 * A caption that ends with its credit after the picture label's abbreviation and its point, as
 * Polish and Czech captions do ("Dawna bocznica kolejowa przy ul. Towarowej. Fot. Jan Nowak"):
 * the abbreviation (a caption label) opens the line or follows the caption's last sentence, and
 * the credit is a name's few words.
 */
function abbreviatedCredit(ctx: RuleContext, text: string): string | undefined {
  if (text.length > 400) return undefined;
  const m = ABBREVIATED_CREDIT.exec(text.trim());
  if (!m) return undefined;
  const label = matchKey(m[1] as string);
  const credit = m[2] as string;
  const count = wordCount(credit);
  if (!ctx.phrases.is('captionLabels', label) || count > CREDIT_WORDS || endsSentence(credit) || !CREDIT_START.test(credit)) return undefined;
  return `${label}. …`;
}

/**
 * "Pittsburgh Steelers v Cleveland Browns Photo by Kirk Irwin/Getty Images": a label that ends
 * with "by" ("photo by", "image by"), no colon, then a photographer and an agency.
 */
function creditedBy(ctx: RuleContext, text: string): string | undefined {
  // A photographer and an agency have their slash; the label's "by" stands in the last words.
  if (text.indexOf('/') === -1 || !BY_WORD.test(text)) return undefined;
  const words = text.trim().split(' ');
  for (let p = words.length - 2; p >= Math.max(1, words.length - CREDIT_WORDS - 3); p--) {
    for (const n of [2, 3]) {
      const label = matchKey(words.slice(p, p + n).join(' '));
      if (!label.endsWith(' by') || !ctx.phrases.is('captionLabels', label)) continue;
      const credit = words.slice(p + n).join(' ');
      const count = wordCount(credit);
      if (count === 0 || count > CREDIT_WORDS || endsSentence(credit) || !CREDIT_START.test(credit) || credit.indexOf('/') === -1) continue;
      return `${label} …`;
    }
  }
  return undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A line with no letter or digit at all: rules (━━━, ----), arrows and icons (‹ › ×). */
export const symbolsOnly: Rule = {
  id: 'symbols-only',
  reason: 'a line of symbols only (separator, icons)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list') {
        if ((block.items ?? []).every((it) => !LETTER_OR_DIGIT.test(it))) ctx.remove(i);
        return;
      }
      if (!LETTER_OR_DIGIT.test(block.text)) ctx.remove(i);
    });
  },
};

/** The numbered list of link URLs that lynx prints at the end of a dump ("References"). */
export const linkReferences: Rule = {
  id: 'link-references',
  reason: 'list of link URLs printed by lynx',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.role === 'references') ctx.remove(i, `${block.items?.length ?? 0} links`);
    });
  },
};
