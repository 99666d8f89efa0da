/**
 * Lines that describe the article rather than belong to it: bylines, dates, "section | date"
 * lines. They leave the body; what they say goes to the article's meta.
 */
import type { Block, Meta } from '../../model.js';
import type { Category, PhraseIndex } from '../phrases.js';
import type { Rule, RuleContext } from '../engine.js';
import { endsSentence, firstIndexOf, matchKey, tidy, TRAILING_SEPARATOR, UNSPACED_CHAR } from '../../text/normalize.js';
import { COUNT, dateText, DIGIT, EMAIL, isDateLine, isHeadlineLike, isProse, STANDFIRST_WORDS, startsRightAfter, wordCount } from '../signals.js';

const NAME_MAX_WORDS = 8;

const LOWER_NAME_PARTICLES = new Set(['and', 'de', 'del', 'della', 'der', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'da', 'di', 'du', 'le', 'la', 'et', 'y', 'in', 'for']);

/** A person's name (or names): short, no sentence; in Latin script, capitalised words. */
function looksLikeName(text: string): boolean {
  const n = wordCount(text);
  if (n < 1 || n > NAME_MAX_WORDS || endsSentence(text) || text.includes(':')) return false;
  const latin = text.split(' ').filter((w) => /^[A-Za-zÀ-ÿ]/.test(w));
  if (latin.length === 0) return true;
  const capitalised = latin.filter((w) => /^[A-ZÀ-Þ]/.test(w) || LOWER_NAME_PARTICLES.has(w.toLowerCase())).length;
  return capitalised === latin.length;
}

/** A colon after a letter with no space after it ("作者：李明", "By:Jane"); a time's has figures round it. */
const GLUED_COLON = /(?<=[\p{L}\p{M}])([:：])(?=[^\s:：])/u;

/**
 * Split a raw line after the raw words that make up the first `markerWords` normalised words:
 * "كتب: أحمد علي" → { rest: "أحمد علي", separated: true }.
 */
function afterMarker(raw: string, markerWords: number): { rest: string; separated: boolean } {
  // A label's colon with the name right after it ("作者：李明") parts them as a space would.
  const tokens = raw.trim().replace(GLUED_COLON, '$1 ').split(' ');
  let consumed = 0;
  let t = 0;
  let separated = false;
  while (t < tokens.length && consumed < markerWords) {
    const tok = tokens[t] ?? '';
    consumed += matchKey(tok).split(' ').filter((w) => w.length > 0).length;
    if (tok.endsWith(':') || tok.endsWith('-') || tok.endsWith('–')) separated = true;
    t++;
  }
  while (t < tokens.length && SEPARATORS.has(tokens[t] ?? '')) {
    separated = true;
    t++;
  }
  let rest = tokens.slice(t).join(' ');
  while (rest.length > 0 && SEPARATORS.has(rest[0] ?? '')) {
    separated = true;
    rest = rest.slice(1).trimStart();
  }
  return { rest: tidy(rest), separated };
}

/**
 * A name without the byline's marker before it ("By Jane Doe", "מאת נועה לוי", "di Mario Rossi"),
 * as a page's byline element or its metadata may give it. A name that would be left with one
 * word keeps its first: "Di Stefano" is a name, not "di" and a name.
 */
export function withoutBylineMarker(name: string, phrases: PhraseIndex): string {
  const marker = phrases.prefix('byline', matchKey(name));
  if (marker === undefined) return name;
  const { rest } = afterMarker(name, marker.split(' ').length);
  return wordCount(rest) >= 2 ? rest : name;
}

/**
 * A byline after the author's name, which themes print beside it as the avatar's alt text: "Jane
 * DoeBy Jane Doe" (w3m glues the two), "سامر الخطيب بواسطة سامر الخطيب" (lynx), "Jane Doe By Jane
 * Doe, Transport correspondent": the line from its marker on. The name before the marker must be
 * the one after it, word for word, where it ends at a space or at what sets a role after it.
 */
export function withoutAvatarName(raw: string, phrases: PhraseIndex): string {
  const sp = raw.indexOf(' ');
  if (sp < 2) return raw;
  const first = raw.slice(0, sp);
  for (let j = raw.indexOf(` ${first}`, sp); j !== -1; j = raw.indexOf(` ${first}`, j + 1)) {
    const again = raw.slice(j + 1);
    // The name: what the line opens with and says again there, to a word's end in both places
    // (glued to the marker in the first: "…DoeBy").
    let n = 0;
    while (n < again.length && n < j && raw.charCodeAt(n) === again.charCodeAt(n)) n++;
    while (n > sp && n < again.length && !NAME_END.has(again.charAt(n))) n--;
    if (n <= sp || (n < again.length && !NAME_END.has(again.charAt(n)))) continue;
    const marker = raw.slice(n, j + 1).trim();
    if (marker.length > 0 && phrases.is('byline', matchKey(marker))) return raw.slice(n).trim();
  }
  return raw;
}

/** What may follow the name in a byline: a space, or the comma or dash before the author's role. */
const NAME_END = new Set([' ', ',', '،', ';', '|', '·', '•', '-', '–', '—', '(']);

/** A colon at the end of a byline, leading into the text. */
const LEAD_IN_COLON = /\s*[:：]$/;

/** A capitalised word of one or two letters: the last part of a name as often as a weekday's short form. */
const SHORT_NAME_PART = /^\p{Lu}\p{Ll}?$/u;
/** A time of day at the end of a line: "11:08 a.m.", "5 p.m.", Thai "09:15 น.". */
const CLOCK_END = /\d\s?(?:[ap]\.m\.|น\.)$/i;

const SEPARATORS = new Set([':', '-', '–', '—', '|', '/']);

/**
 * The name, and the date that follows it on the line if any: after a separator
 * ("admin - 29 نوفمبر 2026") or right after the name ("سامي العتيبي 28 نوفمبر 2026", a byline
 * and a date the page printed side by side).
 */
/** A middle dot or bullet between a letter and a figure, without spaces. */
const GLUED_DOT = /(?<=\p{L})([·•])(?=\p{Nd})/gu;

function splitOffDate(raw: string, phrases: PhraseIndex): { name: string; date?: string } {
  // A dot printed between the name and the date without spaces ("Венера Ерофеева·24 сентября 2018").
  const line = raw.replace(GLUED_DOT, ' $1 ');
  for (const sep of [' - ', ' – ', ' — ', ' | ', ' · ', ' • ', ' , ', '، ']) {
    const at = line.indexOf(sep);
    if (at > 0) {
      const date = line.slice(at + sep.length).trim();
      if (isDateLine(date, phrases)) return { name: line.slice(0, at).trim(), date };
      // "فهد العتيبي السبت 28 نوفمبر 2026 | 10:40 م": the date began before the separator.
      const before = splitOffDate(line.slice(0, at).trim(), phrases);
      if (before.date !== undefined) {
        const whole = `${before.date}${sep}${date}`;
        return { name: before.name, date: isDateLine(whole, phrases) ? whole : before.date };
      }
      // "Matthew Digby , Minh Do on …": a comma between two names, not before a date.
      if (sep !== ' , ') return { name: line.slice(0, at).trim() };
    }
  }
  const words = line.split(' ');
  for (let p = 1; p < words.length; p++) {
    const date = words.slice(p).join(' ');
    if (!DIGIT.test(date) || !isDateLine(date, phrases)) continue;
    // A name's last part that is also a weekday's short form elsewhere ("Minh Do", German "Do"):
    // the date starts after it when it can.
    let at = p;
    while (at < words.length - 1 && SHORT_NAME_PART.test(words[at] as string) && isDateLine(words.slice(at + 1).join(' '), phrases)) at++;
    return { name: words.slice(0, at).join(' '), date: words.slice(at).join(' ') };
  }
  return { name: line };
}

/** Is words[at] the year of a date, a month named in the two words before it ("7 December 2026", "December 7, 2026")? */
function yearOfDate(words: readonly string[], at: number, phrases: PhraseIndex): boolean {
  if (!YEAR.test(words[at] ?? '')) return false;
  for (let k = Math.max(0, at - 2); k < at; k++) if (phrases.is('months', matchKey(words[k] ?? ''))) return true;
  return false;
}

/** A count in brackets after its label: "التعليقات (3)", "Comments [12]". */
const BRACKETED_COUNT = /^[([]\p{Nd}+[)\]]$/u;

/** The last group of a count written with spaces between its thousands. */
const THOUSANDS = /^\p{Nd}{3}$/u;

/**
 * A post-meta line without what follows the name and its date: counts and their labels ("0
 * تعليق", "1٬245 مشاهدة", "12 comments"), a reading time ("دقيقتين للقراءة", "3 min read").
 * "بواسطة ليلى الحسن منذ 3 ساعات 0 تعليق 1٬245 مشاهدة" → "بواسطة ليلى الحسن منذ 3 ساعات".
 */
function withoutCounters(line: string, phrases: PhraseIndex): string {
  const words = line.split(' ');
  let end = words.length;
  let dropped = false;
  for (;;) {
    // A label and then its count: "عدد القراءات: 1٬482", "Views: 1,482"; or a count and its unit,
    // a reading time: "Okuma süresi: 3 dk", "Lesezeit: 4 Min.".
    const last = words[end - 1] ?? '';
    if (end > 3 && COUNT.test(words[end - 2] ?? '') && phrases.is('dateWords', matchKey(last))) {
      const labelled = labelBefore(words, end - 2, phrases);
      if (labelled > 0) {
        end -= labelled + 2;
        dropped = true;
        continue;
      }
    }
    if (end > 2 && (COUNT.test(last) || BRACKETED_COUNT.test(last))) {
      // Or without the colon, the count after its label: "مشاهدات 1.2K", "التعليقات (3)".
      const labelled = labelBefore(words, end - 1, phrases) || phrases.phraseBefore('counterLabels', words, end - 1);
      if (labelled > 0) {
        end -= labelled + 1;
        dropped = true;
        continue;
      }
    }
    const len = phrases.phraseBefore('counterLabels', words, end);
    if (len === 0) break;
    end -= len;
    dropped = true;
    // The label's count or unit before it: "0 تعليق", "دقيقتين للقراءة", "3 min read"; a count
    // set with a space between its thousands ("1 245 просмотров") is one.
    const before = words[end - 1] ?? '';
    // A date's year is no count ("7 December 2026 View comments": the label is a button's).
    if (end > 1 && ((COUNT.test(before) && !yearOfDate(words, end - 1, phrases)) || phrases.is('dateWords', matchKey(before)))) {
      end--;
      if (end > 1 && THOUSANDS.test(before) && /^\p{Nd}{1,3}$/u.test(words[end - 1] ?? '')) end--;
    }
  }
  return dropped ? words.slice(0, end).join(' ') : line;
}

/** A line without the labelled number it opens with: "کد خبر: ۴۵۶۷۸۹ ۹ آذر ۱۴۰۵" → "۹ آذر ۱۴۰۵". */
function withoutLeadingCount(line: string, phrases: PhraseIndex): string {
  const words = line.split(' ');
  for (let n = 1; n <= Math.min(3, words.length - 2); n++) {
    if (!(words[n - 1] ?? '').endsWith(':') || !COUNT.test(words[n] ?? '')) continue;
    if (phrases.is('counterLabels', matchKey(words.slice(0, n).join(' ')))) return words.slice(n + 1).join(' ');
  }
  return line;
}

/** Words of a counter's label ending at `end` with its colon ("عدد القراءات:", "Views:"), or 0. */
function labelBefore(words: readonly string[], end: number, phrases: PhraseIndex): number {
  return (words[end - 1] ?? '').endsWith(':') ? phrases.phraseBefore('counterLabels', words, end) : 0;
}

/** A reviewer's credentials after the name: ", RD, LD", ", PhD", ", MD". */
const CREDENTIALS = /(?:,\s*[A-Z][A-Za-z.]{1,5})+$/;

/** Words of a "newsroom with agency" line at the most. */
const AGENCY_LINE_WORDS = 8;

/** Does the key end with an agency credit ("… avec afp", "… with reuters")? */
function agencyCredit(key: string, phrases: PhraseIndex): boolean {
  const words = key.split(' ');
  return phrases.phraseBefore('agencyCredits', words, words.length, true) > 0;
}

/** Words of what follows a name after a comma, for it to be read as a role or a place. */
const ROLE_WORDS = 5;

/**
 * A byline's name without the role, wire service or place after it: "Ruth Okafor, Transport
 * Correspondent", "Josh Boak, AP Economics Writer", "Jane Doe, Reuters", "Jane Doe, Washington".
 * A part after a comma is dropped when it starts or ends with a role (bylineRoles: "corresponsal
 * en Bogotá") or is one word after a name of two or more; another name ("Jane Doe, John Smith and Ann Lee") stays, and so does
 * "Doe, Jane".
 */
function withoutRole(name: string, phrases: PhraseIndex): string {
  const parts = name.split(/,\s+/);
  if (parts.length < 2 || wordCount(parts[0] as string) < 2) return name;
  let keep = parts.length;
  while (keep > 1) {
    const words = matchKey(parts[keep - 1] as string).split(' ').filter((w) => w.length > 0);
    const key = words.join(' ');
    const role = words.length === 1 || (words.length > 1 && words.length <= ROLE_WORDS && (phrases.is('bylineRoles', key) || phrases.phraseBefore('bylineRoles', words, words.length, true) > 0 || phrases.prefix('bylineRoles', key) !== undefined));
    if (!role) break;
    keep--;
  }
  return parts.slice(0, keep).join(', ');
}

/** What a byline tells: the author, and the date printed beside the name. */
function bylineMeta(found: { name: string; date?: string }, phrases: PhraseIndex): Partial<Meta> {
  // Names a page printed with a space before each comma ("Maria Lopez , Minh Do"); a separator
  // left after the name ("Par Claire Dubois, publié le …").
  const author = withoutRole(found.name.replaceAll(' , ', ', ').replace(TRAILING_SEPARATOR, ''), phrases);
  if (found.date === undefined) return { author };
  // The separator before a count taken off after the date ("· Published November 20, 2026 · 14 Comments").
  // "· Published 3 hours ago · Updated 12 minutes ago": the second date, the one it was updated.
  return { author, ...datesOf(found.date.replace(TRAILING_SEPARATOR, ''), phrases) };
}

/**
 * A date line's dates: the published one, and a second, labelled one that is the date it was
 * updated ("… 10:42 Updated: 29.11.2026"; see laterDate).
 */
function datesOf(line: string, phrases: PhraseIndex): { published: string; modified?: string } {
  const later = laterDate(line, phrases);
  if (later && isDateLine(later.head, phrases)) return { published: dateText(later.head, phrases), modified: later.modified };
  return { published: dateText(line, phrases) };
}

export const byline: Rule = {
  id: 'byline',
  reason: 'byline (kept in meta.author)',
  apply(ctx) {
    const blocks = ctx.blocks;
    blocks.forEach((block: Block, i) => {
      // A byline that ends with its time ("… 2019 at 11:08 a.m.") ends like a sentence, yet is none.
      if (block.kind === 'list' || ctx.isRemoved(i) || block.text.length > 200 || (isProse(block) && !CLOCK_END.test(block.text))) return;
      const raw = withoutAvatarName(block.text.trim(), ctx.phrases);
      const key = matchKey(raw);
      // Marker alone on its line, the name on the next one ("By" / "Sarah E. Needleman"), which
      // may hold the marker again ("بواسطة" / "بواسطة سامر الخطيب": the label, then the line).
      if (ctx.phrases.is('byline', key) || ctx.phrases.is('bylineLabel', key)) {
        const next = blocks[i + 1];
        const name = next ? withoutBylineMarker(tidy(next.text), ctx.phrases) : '';
        if (next && next.kind !== 'list' && looksLikeName(name)) {
          ctx.remove(i, key, bylineMeta(splitOffDate(name, ctx.phrases), ctx.phrases));
          ctx.remove(i + 1, 'the name after the byline marker');
        }
        return;
      }
      // Labelled fields ("来源：成都日报 作者：李明 张华"); with a date, the date line rule's.
      const fielded = fieldsMeta(raw, ctx.phrases);
      if (fielded) {
        if (fielded.meta.published === undefined) ctx.remove(i, fielded.labels, fielded.meta);
        return;
      }
      const strong = ctx.phrases.prefix('byline', key);
      // A marker that is a common word too (Swahili "Na": "and", and Polish and Portuguese "on")
      // makes a byline only with the date beside the name ("Na Amina Juma | Desemba 7, 2026").
      const weak = strong ? undefined : ctx.phrases.prefix('bylineWeak', key);
      const marker = strong ?? weak ?? ctx.phrases.prefix('bylineLabel', key);
      // "Le Monde avec AFP", "Staff and agencies": a newsroom and its wire service, the author line.
      // A labelled source ("المصدر: وكالات", "Source: Reuters") credits the story, not an author.
      if (!marker && wordCount(key) <= AGENCY_LINE_WORDS && !endsSentence(raw) && agencyCredit(key, ctx.phrases)) {
        if (raw.includes(':')) ctx.remove(i, 'the story\'s source');
        else ctx.remove(i, 'a newsroom and its agency', { author: tidy(raw) });
        return;
      }
      // "Medically reviewed by Athena Robinson, PhD", "تحرير: منى سالم": the reviewer's or editor's
      // line, not the author's. A one-word label needs its colon or dash.
      const reviewer = marker ? undefined : ctx.phrases.prefix('reviewerLabels', key);
      if (reviewer) {
        const after = afterMarker(raw, reviewer.split(' ').length);
        if ((reviewer.indexOf(' ') !== -1 || after.separated) && after.rest.length > 0 && looksLikeName(after.rest.replace(CREDENTIALS, ''))) ctx.remove(i, reviewer);
        return;
      }
      if (!marker) {
        const meta = dateAndByline(raw, ctx.phrases);
        if (meta) ctx.remove(i, 'a date and a byline', meta);
        else {
          const titled = nameWithTitle(raw, ctx.phrases);
          if (titled) ctx.remove(i, 'a name and the reporter\'s title after it', titled);
        }
        return;
      }
      const { rest, separated } = afterMarker(raw, marker.split(' ').length);
      // A label ("Author", "إعداد") needs a colon or dash: "إعداد: فلان". "By" and "كتب" need nothing.
      if (!strong && !weak && !separated) return;
      // The colon that leads into the article's text is no part of the name ("كتب - أحمد عبد الحميد:").
      const split = splitOffDate(withoutCounters(rest.replace(LEAD_IN_COLON, ''), ctx.phrases), ctx.phrases);
      // The role after the name is no part of it ("María López, corresponsal en Bogotá").
      const found = { ...split, name: withoutRole(split.name, ctx.phrases) };
      if (weak && found.date === undefined) return;
      // A user name alone ("By admin - 2018-09-16") passes when a date stands beside it.
      if (!looksLikeName(found.name) && !(strong && found.date !== undefined && USER_NAME.test(found.name))) return;
      ctx.remove(i, marker, bylineMeta(found, ctx.phrases));
    });
  },
};

/**
 * A theme's meta line: a date and a byline in one line, in either order, with or without
 * separators ("Posted on November 19, 2019 by admin", "05/10/2018 - Publicado por: Clarissa
 * Borba - Categoria: Saúde"). Every part must be a date, a byline or a short "Label: value".
 */
/** A count and its label alone: "3 commentaires", "12 Comments", "1٬245 مشاهدة". */
function isCount(part: string, phrases: PhraseIndex): boolean {
  const sp = part.indexOf(' ');
  return sp > 0 && COUNT.test(part.slice(0, sp)) && phrases.is('counterLabels', matchKey(part.slice(sp + 1)));
}

function dateAndByline(raw: string, phrases: PhraseIndex): Partial<Meta> | undefined {
  // Cheap refusals first: a date has a digit, and a byline marker must be in the line.
  if (raw.length > 200 || !DIGIT.test(raw) || phrases.contained('byline', matchKey(raw)) === undefined) return undefined;
  const meta: Partial<Meta> = {};
  // Parts between separators; a part may hold a date and then "by Name".
  for (const part of raw.split(/ [-–—|·•] /)) {
    const p = part.trim();
    // The post's counts beside its byline ("— 3 commentaires", "· 12 Comments").
    if (p.length === 0 || isCount(p, phrases)) continue;
    if (isDateLine(p, phrases)) {
      meta.published ??= dateText(tidy(p), phrases);
      continue;
    }
    const byline = bylineIn(p, phrases);
    if (byline) {
      if (byline.date !== undefined) meta.published ??= dateText(byline.date, phrases);
      meta.author ??= byline.name;
      continue;
    }
    // "Categoria: Saúde", "Tags: a, b": a label and a short value.
    const colon = p.indexOf(':');
    if (colon > 0 && colon <= 20 && wordCount(p) <= 6) continue;
    return undefined;
  }
  return meta.published !== undefined && meta.author !== undefined ? meta : undefined;
}

/** A label's colon: after a letter (a time's "09:15" has figures round it), maybe after a space. */
const LABEL_COLON = /(?<=[\p{L}\p{M}])\s?[:：]/gu;
/** The same, asked once of a line (a time's colon is none). */
const HAS_LABEL_COLON = /[\p{L}\p{M}]\s?[:：]/u;
/** What a meta line's labels may name: the author, the source, a date, a count, page tools, tags. */
const FIELD_LABELS: readonly Category[] = ['byline', 'bylineLabel', 'sourceLabels', 'dateLabels', 'dateWords', 'counterLabels', 'widgets', 'share', 'tags'];
/** Characters of a label glued to the value before it, at the most ("责任编辑", "发布时间"). */
const GLUED_LABEL_CHARS = 6;
/** Words of a field's value, and its characters, at the most. */
const FIELD_VALUE_WORDS = 8;
const FIELD_VALUE_CHARS = 60;
/** Characters of a line of labelled fields, at the most (as a date line with a source's). */
const FIELDS_LINE_CHARS = 160;

interface Field {
  /** Where the label starts. */
  start: number;
  key: string;
  value: string;
}

/** Words of the longest known label (three words at the most) that ends the words, or 0. */
function labelWords(words: readonly string[], phrases: PhraseIndex): number {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const key = matchKey(words.slice(words.length - n).join(' '));
    if (FIELD_LABELS.some((c) => phrases.is(c, key))) return n;
  }
  return 0;
}

/**
 * A meta line's labelled fields, and what stands before the first: "2026-11-28 09:15 来源：成都日报
 * 作者：李明 张华 字号：大 中 小", "Source: Reuters Author: Jane Doe". A label is one of the
 * phrase lists' (FIELD_LABELS) and ends at its colon; in Chinese and Japanese it may be glued
 * to the value before it, as w3m prints spans without the space between them
 * ("来源：成都日报作者：李明张华"). Any unknown label, or a value too long for one, and the line
 * is no meta line.
 */
function labelledFields(raw: string, phrases: PhraseIndex): { lead: string; fields: Field[] } | undefined {
  const fields: Field[] = [];
  // Where the text the next label is looked for starts: a label cannot take the one before.
  let from = 0;
  for (const m of raw.matchAll(LABEL_COLON)) {
    const colon = m.index;
    const before = raw.slice(from, colon).trimEnd();
    const end = from + before.length;
    const words = before.split(' ');
    const n = labelWords(words, phrases);
    let start = n > 0 ? end - words.slice(words.length - n).join(' ').length : -1;
    if (start === -1) {
      // Else a label glued to the value before it, in a script without spaces.
      const last = words[words.length - 1] ?? '';
      const k = phrases.gluedSuffix(FIELD_LABELS, last, GLUED_LABEL_CHARS, 1, (chars) => UNSPACED_CHAR.test(last.charAt(last.length - chars - 1)));
      if (k === 0) return undefined;
      start = end - k;
    }
    const previous = fields[fields.length - 1];
    if (previous) previous.value = raw.slice(from, start);
    fields.push({ start, key: matchKey(raw.slice(start, end)), value: '' });
    from = colon + m[0].length;
  }
  const lastField = fields[fields.length - 1];
  if (!lastField) return undefined;
  lastField.value = raw.slice(from);
  for (const f of fields) {
    f.value = tidy(f.value.replace(TRAILING_SEPARATOR, ''));
    if (f.value.length === 0 || f.value.length > FIELD_VALUE_CHARS || wordCount(f.value) > FIELD_VALUE_WORDS) return undefined;
  }
  return { lead: tidy(raw.slice(0, (fields[0] as Field).start).replace(TRAILING_SEPARATOR, '')), fields };
}

/**
 * What a line of labelled fields tells (see labelledFields): the author from a byline's label
 * ("作者", "By"), else from another name's label ("Author", not an editor's), else from the
 * source's ("来源", "Source"); the dates from the date that opens
 * the line or from their labels (the first published, a second modified). A date and one field,
 * or two fields, and one of them the author or a date; the rest (font size, counts, share
 * buttons, tags) goes with the line.
 */
function fieldsMeta(raw: string, phrases: PhraseIndex): { meta: Partial<Meta>; labels: string } | undefined {
  if (raw.length > FIELDS_LINE_CHARS || !HAS_LABEL_COLON.test(raw)) return undefined;
  const read = labelledFields(raw, phrases);
  if (!read) return undefined;
  const { lead, fields } = read;
  if (lead.length > 0 && !isDateLine(lead, phrases)) return undefined;
  if (fields.length + (lead.length > 0 ? 1 : 0) < 2) return undefined;
  const dates: string[] = lead.length > 0 ? [dateText(lead, phrases)] : [];
  let author: string | undefined;
  let credit: string | undefined;
  let source: string | undefined;
  for (const { key, value } of fields) {
    if (phrases.is('dateLabels', key) || phrases.is('dateWords', key)) {
      if (!isDateLine(value, phrases)) return undefined;
      dates.push(dateText(value, phrases));
      continue;
    }
    const named = phrases.is('sourceLabels', key) ? 'source' : phrases.is('byline', key) ? 'author' : phrases.is('bylineLabel', key) && !phrases.is('reviewerLabels', key) && !phrases.is('masthead', key) ? 'credit' : undefined;
    if (named === undefined) continue;
    // The last value may end with the date ("作者：李明 2026-11-28").
    const split = splitOffDate(value, phrases);
    if (split.date !== undefined) dates.push(dateText(split.date, phrases));
    if (!looksLikeName(split.name)) continue;
    // The role after the name is no part of it ("María López, corresponsal en Bogotá").
    const name = withoutRole(split.name, phrases);
    if (named === 'author') author ??= name;
    else if (named === 'credit') credit ??= name;
    else source ??= name;
  }
  const meta: Partial<Meta> = {};
  // A source names the author only when no one else is named.
  const by = author ?? credit ?? source;
  if (by !== undefined) meta.author = by;
  if (dates[0] !== undefined) meta.published = dates[0];
  if (dates[1] !== undefined) meta.modified = dates[1];
  return meta.author !== undefined || meta.published !== undefined ? { meta, labels: `labelled fields: ${fields.map((f) => f.key).join(', ')}` } : undefined;
}

/** Words of a name before a reporter's title, at the most. */
const TITLED_NAME_WORDS = 3;

/**
 * A byline whose title follows the name (Korean, Japanese): "홍길동 기자", "김철수 특파원
 * kim@example.co.kr", "山田太郎記者", with the agency before it ("(서울=연합뉴스) 홍길동 기자").
 */
function nameWithTitle(raw: string, phrases: PhraseIndex): Partial<Meta> | undefined {
  let words = raw.trim().replace(/^\([^()]{1,30}\)\s*/, '').split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && EMAIL.test(words[words.length - 1] as string)) words = words.slice(0, -1);
  if (words.length === 0 || words.length > TITLED_NAME_WORDS + 1 || DIGIT.test(words.join(' '))) return undefined;
  const last = words[words.length - 1] as string;
  // The title as a word of its own ("홍길동 기자"), or glued to the name ("山田太郎記者").
  if (words.length >= 2 && phrases.is('bylineSuffixes', matchKey(last))) {
    const name = words.slice(0, -1).join(' ');
    return looksLikeName(name) ? { author: name } : undefined;
  }
  if (words.length !== 1) return undefined;
  // The longest title first: "홍길동선임기자" is 홍길동, senior reporter (선임기자), not 홍길동선임.
  const n = phrases.gluedSuffix(['bylineSuffixes'], last, 4, 2);
  return n > 0 ? { author: last.slice(0, -n) } : undefined;
}

/** A site's user name: one token of letters, digits, dots, dashes and underscores. */
const USER_NAME = /^[\p{L}\p{N}._-]{2,30}$/u;

/** "by Name", "Publicado por: Name", or "<date> by Name": the byline marker, maybe after a date. */
function bylineIn(part: string, phrases: PhraseIndex): { name: string; date?: string } | undefined {
  const words = part.split(' ');
  for (let m = 0; m < words.length - 1 && m <= 8; m++) {
    for (let len = 3; len >= 1; len--) {
      if (m + len >= words.length) continue;
      const marker = matchKey(words.slice(m, m + len).join(' '));
      if (!phrases.is('byline', marker)) continue;
      const name = words.slice(m + len).join(' ').replace(/^[:\-–]\s*/, '').trim();
      const before = words.slice(0, m).join(' ');
      // A name, or a user name alone ("admin"): the date and the marker vouch for it.
      if (wordCount(name) === 0 || !(looksLikeName(name) || USER_NAME.test(name))) return undefined;
      if (m === 0) return { name };
      return isDateLine(before, phrases) ? { name, date: before } : undefined;
    }
  }
  return undefined;
}

/**
 * "November 20, 2019 Emiliano Bellini": a date, then a name of capitalised Latin words (two or
 * more; a name in another script cannot be told from the start of a sentence without a marker).
 */
function dateThenName(line: string, phrases: PhraseIndex): { date: string; name: string } | undefined {
  const words = line.split(' ');
  // The name: the capitalised words at the end (two to four); the date: all before them.
  let first = words.length;
  while (first > 0 && words.length - first < 4 && NAME_WORD.test(words[first - 1] as string)) first--;
  for (let p = first; p <= words.length - 2; p++) {
    const date = words.slice(0, p).join(' ');
    if (p > 0 && DIGIT.test(date) && isDateLine(date, phrases)) {
      const name = words.slice(p).join(' ');
      // A top bar's date and its buttons ("Minggu, 29 November 2026 Masuk Daftar": log in, sign up).
      if (phrases.coveredBy(['widgets', 'share', 'nav', 'home'], matchKey(name), false)) return undefined;
      return { date: dateText(date, phrases), name };
    }
  }
  return undefined;
}

const NAME_WORD = /^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.-]*$/;

/**
 * A date, then a labelled name: "29 November 2026 Author: Jane Doe", "2026年11月29日 10時42分
 * 記者：山田太郎" (w3m prints Japanese spans without the space between them: "…10時42分記者：…").
 * The label (bylineLabel) ends what stands before the colon, and the rest of that is a date.
 */
function dateThenLabelledName(line: string, phrases: PhraseIndex): { date: string; name: string } | undefined {
  const colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
  if (colon <= 0 || !DIGIT.test(line)) return undefined;
  const name = line.slice(colon + 1).trim();
  if (name.length === 0 || !looksLikeName(name)) return undefined;
  const words = line.slice(0, colon).trim().split(' ');
  const label = phrases.phraseBefore('bylineLabel', words, words.length);
  let date: string | undefined;
  if (label > 0) date = words.slice(0, -label).join(' ');
  else {
    // A label glued to the date's last word.
    const last = words[words.length - 1] as string;
    const n = phrases.gluedSuffix(['bylineLabel'], last, 4);
    if (n > 0) date = [...words.slice(0, -1), last.slice(0, -n)].join(' ');
  }
  if (date === undefined || !DIGIT.test(date) || !isDateLine(date, phrases)) return undefined;
  return { date: dateText(date, phrases), name };
}

/** Words of a headline, at the least, for the line under it to be read as its byline. */
const HEADLINE_MIN_WORDS = 4;
/** Words of a name before a date without a marker, at the most. */
const BARE_NAME_WORDS = 4;
/** A word of such a name: letters, maybe a point, apostrophe or hyphen; no digit, bracket or handle ("— Jane Doe (@jdoe) November 1, 2019" is an embedded post's). */
const BARE_NAME_WORD = /^\p{L}[\p{L}\p{M}.'’-]*$/u;

/** A date that names its month or weekday, or gives a year: not a row of scores ("14 11 6 15 — 44"). */
function namedOrYear(date: string, phrases: PhraseIndex): boolean {
  return matchKey(date).split(' ').some((w) => YEAR.test(w) || phrases.is('months', w) || phrases.is('weekdays', w));
}

/** A date that says how long ago: "منذ 3 ساعات", "3 hours ago". */
function relativeDate(date: string, phrases: PhraseIndex): boolean {
  return matchKey(date).split(' ').some((w) => phrases.is('relativeMarkers', w));
}

const YEAR = /^(19|20)\d\d$/;

/**
 * Is the block right under a headline (a headline-like line of some length, not prose), or under
 * the headline's standfirst (one paragraph of a few dozen words right under the headline)?
 */
function underHeadline(blocks: readonly Block[], i: number): boolean {
  const headlineAt = (k: number): boolean => {
    const b = blocks[k];
    return b !== undefined && b.kind !== 'list' && isHeadlineLike(b) && !isProse(b) && wordCount(b.text) >= HEADLINE_MIN_WORDS;
  };
  if (headlineAt(i - 1)) return true;
  const between = blocks[i - 1];
  return between !== undefined && (between.kind === 'paragraph' || between.kind === 'heading') && wordCount(between.text) <= STANDFIRST_WORDS && headlineAt(i - 2);
}

/**
 * A date line's second, labelled date: "Elif Yıldırım 29 Kasım 2026 10:42 Güncelleme: 29.11.2026
 * - 11:15", "Published: 24 Nov 2026 Updated: 25 Nov 2026". The line up to the label is read as
 * before (a date, a name and a date), the labelled date is the modified one.
 */
function laterDate(line: string, phrases: PhraseIndex): { head: string; modified: string } | undefined {
  if (line.length > 160 || !DIGIT.test(line) || phrases.contained('dateLabels', matchKey(line)) === undefined) return undefined;
  const words = line.split(' ');
  for (let p = 1; p < words.length - 1; p++) {
    if (phrases.phraseFrom(['dateLabels'], words, p) === 0) continue;
    const head = words.slice(0, p).join(' ').replace(TRAILING_SEPARATOR, '');
    const rest = words.slice(p).join(' ');
    if (!DIGIT.test(head) || !DIGIT.test(rest) || !isDateLine(rest, phrases)) return undefined;
    return { head, modified: dateText(rest.replace(/:(?=\s)/g, ''), phrases) };
  }
  return undefined;
}

/**
 * A theme's post meta under the headline: a name and a date, or a date alone, and the counts after
 * them ("خالد العمري منذ 3 ساعات مشاهدات 1.2K التعليقات (3)", "Jane Doe 3 hours ago 3 Comments").
 */
export function isPostMetaLine(line: string, phrases: PhraseIndex): boolean {
  if (line.length > 160 || !DIGIT.test(line)) return false;
  const bare = withoutCounters(line, phrases);
  return isDateLine(bare, phrases) || nameThenDate(bare, phrases) !== undefined;
}

/**
 * "هيئة التحرير 27 نوفمبر، 2026", "Jane Doe November 20, 2026": a theme's post meta without a
 * marker, a short name and then a date. Only right under the headline; the name has no little
 * words ("Elections set for 24 November 2026" is a headline) and no digits.
 */
function nameThenDate(line: string, phrases: PhraseIndex): { name: string; date: string } | undefined {
  // A label ("Air Date: November 19, 2019") is no name; a time's colon is no label.
  if (!DIGIT.test(line) || line.replace(/\d:\d/g, '').includes(':')) return undefined;
  const words = line.split(' ');
  for (let p = 1; p <= Math.min(BARE_NAME_WORDS, words.length - 2); p++) {
    const date = words.slice(p).join(' ');
    if (!isDateLine(date, phrases)) continue;
    // How long ago, beside a name of two words at the least: "خالد العمري منذ 3 ساعات" (one word
    // before it may be the subject of a headline's clause: "الطوابير منذ 3 ساعات").
    if (!namedOrYear(date, phrases) && (p < 2 || !relativeDate(date, phrases))) continue;
    const name = words.slice(0, p);
    if (name.some((w) => !BARE_NAME_WORD.test(w) || phrases.is('stopwords', matchKey(w)) || phrases.is('months', matchKey(w)) || phrases.is('weekdays', matchKey(w)) || phrases.is('dateWords', matchKey(w)))) return undefined;
    const text = name.join(' ').replace(TRAILING_SEPARATOR, '');
    return looksLikeName(text) ? { name: text, date: dateText(date, phrases) } : undefined;
  }
  return undefined;
}

/** Words of the source or section before a line's labelled dates, at the most. */
const SOURCE_WORDS = 5;

/**
 * "الشبكة العربية - وكالات نشر في 24 نوفمبر 2026 08:30 ص آخر تحديث: 24 نوفمبر 2026 10:05 ص",
 * "Reuters Published 24 Nov 2026 Updated 10:05": a short source, then dates that a label opens
 * ("published", "نشر في"; dateLabels) — without a label a line that ends with a date is a
 * sentence's or a headline's ("Elections set for 24 November 2026"). The first date is the
 * published one, a second the modified one.
 */
function creditThenDates(line: string, phrases: PhraseIndex): Partial<Meta> | undefined {
  // Dates have digits, and a label must be in the line: asked of the whole line's key first.
  if (!DIGIT.test(line) || phrases.contained('dateLabels', matchKey(line)) === undefined) return undefined;
  const words = line.split(' ');
  const labelAt = (p: number): number => phrases.phraseFrom(['dateLabels'], words, p);
  for (let p = 1; p <= Math.min(SOURCE_WORDS, words.length - 2); p++) {
    if (labelAt(p) === 0) continue;
    const credit = words.slice(0, p).join(' ');
    const dates = words.slice(p).join(' ');
    if (endsSentence(credit) || !DIGIT.test(dates) || !isDateLine(dates, phrases)) return undefined;
    // The dates, each from its label to the next one.
    const parts: string[] = [];
    let from = p;
    for (let q = p + labelAt(p); q <= words.length; q++) {
      const label = q < words.length ? labelAt(q) : 0;
      if (q === words.length || label > 0) {
        parts.push(words.slice(from, q).join(' '));
        from = q;
        q += Math.max(0, label - 1);
      }
    }
    const [published, modified] = parts.map((part) => dateText(part.replace(/:(?=\s)/g, ''), phrases));
    return modified ? { published, modified } : { published };
  }
  return undefined;
}

/** The figures of a date: a year, or a day, month or time with its separator ("29.11", "10:42", "11/13"). */
const DATE_FIGURES = /\p{Nd}[./:-]\p{Nd}|\p{Nd}{4}/u;

/** Characters of a date line with the share bar beside it, at the most. */
const DATE_WITH_TOOLS_CHARS = 300;

/**
 * A line without the run of share buttons and page tools that ends it ("… 10:42 Facebook'ta
 * Paylaş WhatsApp Linki Kopyala Yazı Boyutu"): the run must hold a share button, and the line
 * must keep a digit (a date) before it. Other lines come back as they are.
 */
function withoutTrailingTools(line: string, phrases: PhraseIndex): string {
  // Refused cheaply first: a date has its figures, a button ends no sentence, and most lines do
  // not end with a button (asked of the last word or two).
  if (!DATE_FIGURES.test(line) || endsSentence(line)) return line;
  // The key of the last word or two only: the whole line's is not wanted elsewhere for most lines.
  const lastSpace = line.lastIndexOf(' ');
  if (lastSpace === -1) return line;
  const isTool = (k: string): boolean => phrases.is('share', k) || phrases.is('widgets', k);
  if (!isTool(matchKey(line.slice(lastSpace + 1))) && !isTool(matchKey(line.slice(line.lastIndexOf(' ', lastSpace - 1) + 1)))) return line;
  const words = line.split(' ');
  if (words.length < 3) return line;
  for (let p = 1; p < words.length; p++) {
    const head = words.slice(0, p).join(' ');
    if (!DIGIT.test(head)) continue;
    // A count's label is no button: "3 Comments" is the article's count (see withoutCounters).
    if (COUNT.test(words[p - 1] ?? '') && phrases.is('counterLabels', matchKey(words[p] ?? ''))) continue;
    const run = matchKey(words.slice(p).join(' '));
    if (phrases.coveredBy(['share', 'widgets'], run, false) && phrases.contained('share', run) !== undefined) return head.replace(TRAILING_SEPARATOR, '');
  }
  return line;
}

/** Is the block a date line (a short one)? */
function dateBeside(blocks: readonly Block[], j: number, phrases: PhraseIndex): boolean {
  const b = blocks[j];
  return b !== undefined && b.kind !== 'list' && b.text.length <= 100 && isDateLine(readApart(tidy(b.text), phrases), phrases);
}

/**
 * A line as a date line reads: one that is none, with the parts w3m glued read apart and without
 * the time zone noted after it, when that makes a date line of it; else the line as it is.
 */
function readApart(line: string, phrases: PhraseIndex): string {
  if (!DIGIT.test(line) || isDateLine(line, phrases)) return line;
  const apart = withoutZoneNote(ungluedDate(line), phrases);
  return apart !== line && isDateLine(apart, phrases) ? apart : line;
}

/** Items of a post-info list at the most. */
const POST_INFO_ITEMS = 5;

/**
 * A theme's post-info list under the headline, before the article (Elementor's "• Dana Whitfield
 * • November 28, 2026 • 4 Comments"): one date, the author's name (maybe with its marker), and
 * otherwise counts or a short label (a category). Its author and date, or undefined.
 */
function postInfo(ctx: RuleContext, items: readonly string[], i: number): Partial<Meta> | undefined {
  // Under the headline, before any prose: cards of other stories further down carry such lists too.
  if (items.length < 2 || items.length > POST_INFO_ITEMS || !underHeadline(ctx.blocks, i) || ctx.blocks.slice(0, i).some((b) => isProse(b))) return undefined;
  let published: string | undefined;
  let author: string | undefined;
  for (const raw of items) {
    const it = tidy(raw);
    if (it.length > 100) return undefined;
    if (published === undefined && isDateLine(it, ctx.phrases)) published = dateText(it, ctx.phrases);
    else if (isCountLine(it, ctx.phrases)) continue;
    else if (author === undefined && looksLikeName(withoutBylineMarker(it, ctx.phrases)) && wordCount(it) >= 2) author = withoutBylineMarker(it, ctx.phrases);
    else if (wordCount(it) > 3 || endsSentence(it)) return undefined;
  }
  return published !== undefined && author !== undefined ? { author, published } : undefined;
}

/** A count and its label: "4 Comments", "1٬245 مشاهدة", "3 min read". */
function isCountLine(text: string, phrases: PhraseIndex): boolean {
  return isCount(text, phrases) || withoutCounters(text, phrases).length === 0;
}

/**
 * A year glued to the time after it ("November 29, 20262:05 PM"), a time zone or AM/PM glued to a
 * label ("UTCUpdated"), a label glued to a date in figures ("نشر في30/11/2026": a screen reader's
 * label printed beside the date).
 */
const YEAR_THEN_TIME = /(?<!\p{Nd})((?:19|20)\p{Nd}{2})(\p{Nd}{1,2}:\p{Nd}{2})(?!\p{Nd})/gu;
const CAPITALS_THEN_WORD = /(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu;
const LETTER_THEN_DATE = /(\p{L})(?=\p{Nd}{1,4}[/.-]\p{Nd}{1,2}[/.-]\p{Nd})/gu;
/** A short note in brackets after a date: its time zone ("(توقيت مكة)", "(GMT)", "(ET)"). */
const BRACKETED_NOTE = /\s*\([^()]{1,24}\)$/;

/** A date line with spaces where w3m printed a page's spans side by side: "November 29, 2026 2:05 PM UTC Updated 3 hours ago". */
function ungluedDate(text: string): string {
  return text.replace(YEAR_THEN_TIME, '$1 $2').replace(CAPITALS_THEN_WORD, '$1 $2').replace(LETTER_THEN_DATE, '$1 ');
}

/** The date line without the time zone noted in brackets after it, when that leaves a date line ("آخر تحديث: 30/11/2026 11:05 (توقيت مكة)"). */
function withoutZoneNote(text: string, phrases: PhraseIndex): string {
  if (!text.endsWith(')')) return text;
  const rest = text.replace(BRACKETED_NOTE, '');
  return rest !== text && rest.length > 0 && wordCount(text.slice(rest.length)) <= 3 && isDateLine(rest, phrases) ? rest : text;
}

export const dateLine: Rule = {
  id: 'date-line',
  reason: 'date line (the one next to the headline is kept in meta.published)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      // A date set as a list item ("• 19.11.2019, 08:57", or published and updated as two items).
      if (block.kind === 'list') {
        const items = block.items ?? [];
        const first = items[0];
        if (first !== undefined && items.length <= 2 && items.every((it) => it.length <= 100 && isDateLine(it, ctx.phrases))) ctx.remove(i, undefined, { published: dateText(tidy(first), ctx.phrases) });
        else {
          const info = postInfo(ctx, items, i);
          if (info) ctx.remove(i, 'the post\'s author, date and counts', info);
        }
        return;
      }
      if (block.text.length > DATE_WITH_TOOLS_CHARS) return;
      const line = tidy(block.text);
      // The share bar or the page's tools printed beside the date, on its line or joined to it at
      // the wrap of an 80-column dump: the date line is read without them.
      // And the counts after those (a reading time: "… Yazı Boyutu Okuma süresi: 3 dk").
      let tooled = withoutTrailingTools(line, ctx.phrases);
      if (tooled === line && DIGIT.test(line)) {
        const bare = withoutCounters(line, ctx.phrases).replace(TRAILING_SEPARATOR, '');
        const cut = bare === line ? bare : withoutTrailingTools(bare, ctx.phrases);
        if (cut !== bare) tooled = cut;
      }
      // Parts of a date that w3m glued (spans with nothing between them), read apart when that
      // makes a date line of it.
      const text = readApart(tooled, ctx.phrases);
      if (text.length > 160) return;
      // A date alone, or a date and a name, is short; a source and its labelled dates may run longer.
      if (text.length <= 100) {
        if (isDateLine(text, ctx.phrases)) {
          const dates = datesOf(text, ctx.phrases);
          // The date it was updated, printed beside the date it was published on a line of its
          // own: "입력 2026.11.29 10:42" over "수정 2026.11.29 14:05", "Updated: …" over "Posted: …".
          if (dates.modified === undefined && ctx.phrases.phraseFrom(['updatedLabels'], text.split(' '), 0) > 0 && (dateBeside(ctx.blocks, i - 1, ctx.phrases) || dateBeside(ctx.blocks, i + 1, ctx.phrases))) {
            ctx.remove(i, 'the date it was updated, beside the date', { modified: dates.published });
          } else ctx.remove(i, dates.modified === undefined ? undefined : 'a date and the date it was updated', dates);
          return;
        }
        // A date and the article's counts: "الأحد 29 نوفمبر 2026 - 10:45 ص عدد القراءات: 1٬482".
        // Both have figures, and a count its label: a line without them is refused before it is
        // taken apart.
        const counted = DIGIT.test(text) && ctx.phrases.contained('counterLabels', matchKey(text)) !== undefined;
        const uncounted = counted ? withoutLeadingCount(withoutCounters(text, ctx.phrases), ctx.phrases).replace(TRAILING_SEPARATOR, '') : text;
        if (uncounted.length < text.length && isDateLine(uncounted, ctx.phrases)) {
          // Its dates as a date line's: published, and the one it was updated if labelled.
          ctx.remove(i, 'a date and counts', datesOf(uncounted, ctx.phrases));
          return;
        }
      }
      // A date and labelled fields: "2026-11-28 09:15 来源：成都日报 作者：李明 张华 字号：大 中 小".
      const fielded = fieldsMeta(text, ctx.phrases);
      if (fielded?.meta.published !== undefined) {
        ctx.remove(i, fielded.labels, fielded.meta);
        return;
      }
      if (text.length <= 100) {
        const dated = dateThenName(text, ctx.phrases) ?? dateThenLabelledName(text, ctx.phrases);
        if (dated) {
          ctx.remove(i, 'a date and the author\'s name', { published: dated.date, author: dated.name });
          return;
        }
      }
      const credited = creditThenDates(text, ctx.phrases);
      if (credited) {
        ctx.remove(i, 'a source and its dates', credited);
        return;
      }
      if (text.length > 100 || !DIGIT.test(text) || !underHeadline(ctx.blocks, i)) return;
      const later = laterDate(text, ctx.phrases);
      // The counts a theme prints after the name and the date ("خالد العمري منذ 3 ساعات مشاهدات 1.2K التعليقات (3)") are no part of either.
      const head = later?.head ?? text;
      const bare = withoutCounters(head, ctx.phrases);
      const named = nameThenDate(bare, ctx.phrases) ?? (bare === head ? undefined : nameThenDate(head, ctx.phrases));
      if (named) ctx.remove(i, 'the author\'s name and a date, under the headline', later ? { author: named.name, published: named.date, modified: later.modified } : { author: named.name, published: named.date });
    });
  },
};

/** "أخبار محلية | 29 نوفمبر 2026", "World | Nov 19, 2019": a section label and a date. */
export const sectionDate: Rule = {
  id: 'section-date',
  reason: 'section and date line (kept in meta)',
  apply(ctx) {
    const blocks = ctx.blocks;
    blocks.forEach((block, i) => {
      const found = sectionAndDate(block, ctx.phrases);
      if (!found) return;
      // A row of a dated list ("June 17 – Nashville, TN @ Bridgestone Arena" among the tour's
      // dates, line after line) is the article's, not its meta line.
      const above = blocks[i - 1];
      const below = blocks[i + 1];
      if ((startsRightAfter(above, block) && datedRow(above as Block, ctx.phrases)) || (startsRightAfter(block, below) && datedRow(below as Block, ctx.phrases))) return;
      ctx.remove(i, found.sep, found.meta);
    });
  },
};

/** Words of a section's or publication's name after its label, at the most. */
const SECTION_NAME_WORDS = 6;

/**
 * The section or publication a post is filed in, on a line of its own: "Published in Engineering
 * Notes" (Medium), "Filed under Politics", "Publié dans Économie". What follows the label is a
 * short name: no date ("Published in 2019" is a date line's), no sentence.
 */
export const sectionLabel: Rule = {
  id: 'section-label',
  reason: 'the section or publication a post is filed in (kept in meta.section)',
  apply(ctx) {
    ctx.blocks.forEach((block, i) => {
      if (block.kind === 'list' || block.text.length > 80) return;
      const raw = tidy(block.text);
      const label = ctx.phrases.prefix('sectionLabels', matchKey(raw));
      // A label that lists tags too ("Filed under a, b, c") is rule tags'.
      if (label === undefined || ctx.phrases.is('tags', label)) return;
      const { rest } = afterMarker(raw, label.split(' ').length);
      const name = rest.replace(TRAILING_SEPARATOR, '');
      const words = wordCount(name);
      if (words === 0 || words > SECTION_NAME_WORDS || endsSentence(name) || DIGIT.test(name) || /[,،|·•]/.test(name) || isDateLine(name, ctx.phrases)) return;
      ctx.remove(i, label, { section: name });
    });
  },
};

/** A line that opens with a date and a separator: "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre". */
function datedRow(block: Block, phrases: PhraseIndex): boolean {
  if (block.kind === 'list' || block.text.length > 200) return false;
  for (const sep of [' – ', ' - ', ' | ', ': ']) {
    const at = block.text.indexOf(sep);
    if (at > 0 && at <= 40 && isDateLine(block.text.slice(0, at), phrases)) return true;
  }
  return false;
}

/** A section label and a date on one line, in either order, and what they tell. */
/** A byline label and its colon before a name: "Text: Jane Doe", "حاورتها: ريم السالم". */
function labelledName(text: string, phrases: PhraseIndex): boolean {
  const colon = firstIndexOf(text, [':', '：']);
  return colon > 0 && colon < text.length - 1 && phrases.is('bylineLabel', matchKey(text.slice(0, colon)));
}

/** Where the separator first stands in the text, or -1: a slash between figures is a date's ("30/11/2026"), not one. */
function separatorAt(text: string, sep: string): number {
  for (let at = text.indexOf(sep); at !== -1; at = text.indexOf(sep, at + 1)) {
    if (sep !== '/' || !(DIGIT.test(text.charAt(at - 1)) && DIGIT.test(text.charAt(at + 1)))) return at;
  }
  return -1;
}

function sectionAndDate(block: Block, phrases: PhraseIndex): { sep: string; meta: Partial<Meta> } | undefined {
  if (block.kind === 'list' || block.text.length > 120) return undefined;
  // A date and its time ("الثلاثاء 28 نوفمبر 2026 - 02:05 م") is one date, no section: rule date-line's.
  if (isDateLine(block.text, phrases)) return undefined;
  for (const sep of ['|', '•', '·', ' - ', ' – ', '/']) {
    const at = separatorAt(block.text, sep);
    if (at <= 0) continue;
    const left = block.text.slice(0, at).trim();
    const right = block.text.slice(at + sep.length).trim();
    if (wordCount(left) > 4 || !left) continue;
    // "November 19, 2019 | By Jane Doe" is a date and a byline, not a section: rule byline's
    // (the avatar's alt text before it too: "Jane DoeBy Jane Doe - …").
    // A weak marker ("Na Amina Juma | Desemba 7, 2026") makes a byline beside a date.
    const leftKey = matchKey(withoutAvatarName(left, phrases));
    if (phrases.prefix('byline', matchKey(right)) !== undefined || phrases.prefix('byline', leftKey) !== undefined || (phrases.prefix('bylineWeak', leftKey) !== undefined && isDateLine(right, phrases))) return undefined;
    // "حاورتها: ريم السالم | السبت 28 نوفمبر 2026", "Text: Jane Doe | …": a labelled name, no section.
    if (labelledName(left, phrases) || labelledName(right, phrases)) return undefined;
    if (isDateLine(right, phrases)) return { sep: sep.trim(), meta: { section: left, published: dateText(right, phrases) } };
    if (isDateLine(left, phrases) && wordCount(right) <= 4 && right) return { sep: sep.trim(), meta: { section: right, published: dateText(left, phrases) } };
  }
  return undefined;
}
