import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decode, parseText, renderMarkdown, rinse } from '../src/index.js';
import { repairMojibake } from '../src/input/decode.js';
import iconv from 'iconv-lite';
import { parseBullet } from '../src/parse/text.js';
import { detectLanguage } from '../src/text/lang.js';
import { displayWidth, endsSentence, matchKey } from '../src/text/normalize.js';
import { scoreBody, evaluate, tokenize } from '../src/eval/metric.js';

const LONG = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city, officials said.';

function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  let line = indent;
  for (const w of text.split(' ')) {
    if (line.trim().length > 0 && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else line = line.trim().length > 0 ? `${line} ${w}` : indent + w;
  }
  lines.push(line);
  return lines.join('\n');
}

describe('text parsing', () => {
  it('joins hard-wrapped paragraphs back (80 columns)', () => {
    const dump = [wrap(LONG, 79), '', wrap(LONG.replace('Tuesday', 'Monday'), 79), '', wrap(LONG.replace('city', 'town'), 79)].join('\n');
    const blocks = parseText(dump);
    expect(blocks.map((b) => b.text)).toEqual([LONG, LONG.replace('Tuesday', 'Monday'), LONG.replace('city', 'town')]);
  });

  it('joins list items with their continuation indent', () => {
    const item = wrap(LONG, 79, '    ').replace(/^ {4}/, '  • ');
    const dump = [wrap(LONG, 79), '', item, '  • short item', '', wrap(LONG, 79)].join('\n');
    const list = parseText(dump).find((b) => b.kind === 'list');
    expect(list?.items).toEqual([LONG, 'short item']);
  });

  it('keeps lines of a wide dump apart', () => {
    const blocks = parseText('By\nSarah E. Needleman\n\n' + LONG);
    expect(blocks.map((b) => b.text)).toEqual(['By', 'Sarah E. Needleman', LONG]);
  });

  it('knows bullets in several forms, Latin and Arabic-Indic numbers', () => {
    for (const b of ['• x', '* x', '- x', '· x', '▪ x']) expect(parseBullet(b)).toMatchObject({ ordered: false });
    for (const b of ['1. x', '12) x', '١. x', '٢- x', '۳. x']) expect(parseBullet(b)).toMatchObject({ ordered: true });
    for (const b of ['2019 - a year', '-5 degrees', '3.5 million', 'x']) expect(parseBullet(b)).toBeNull();
  });

  it('reads UTF-8 with a BOM, CRLF, NBSP, zero-width characters and trailing spaces', () => {
    const text = '\ufeffThe headline\u200b here  \r\n\r\n' + LONG.replace(' the ', '\u00a0the ') + '   \r\n';
    const article = rinse(text);
    expect(article.headline).toBe('The headline here');
    expect(article.body).toBe(LONG);
    expect(article.source.encoding).toBe('utf-8');
  });

  it('decodes windows-1256 Arabic', () => {
    const bytes = new Uint8Array([0xc7, 0xe1, 0xd3, 0xda, 0xe6, 0xcf, 0xed, 0xc9]);
    const d = decode(bytes);
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toBe('السعودية');
  });

  it('source.sha256 is the input bytes\' (a string\'s as UTF-8), or the digest the caller already has', () => {
    const text = `Ünïcode headline\n\n${LONG}\n`;
    const digest = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
    expect(rinse(text).source.sha256).toBe(digest);
    expect(rinse(Buffer.from(text, 'utf8')).source.sha256).toBe(digest);
    expect(rinse(text, { sha256: 'f'.repeat(64) }).source.sha256).toBe('f'.repeat(64));
  });

  it('source.bytes and source.sha256 of strings of every size, one after another, are their UTF-8 encoding\'s', () => {
    // Arabic (2 bytes), CJK (3), an emoji (4), a lone surrogate (U+FFFD, 3); a long input and a
    // short one after it (the short one's bytes must not carry the long one's), and one past
    // the size that is encoded in a scratch buffer.
    const texts = [`عنوان الخبر 東京 😀 \ud800\n\n${LONG}\n`, `${'نص طويل جدا. '.repeat(20_000)}\n`, 'Short one\n\nA line.\n', `${'x'.repeat(1_500_000)}\n`, 'Short again\n'];
    for (const text of texts) {
      const bytes = Buffer.from(text, 'utf8');
      const { source } = rinse(text);
      expect(source.bytes).toBe(bytes.length);
      expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('benchmark metric', () => {
  it('tokenizes \\w+ with Unicode letters and digits', () => {
    expect(tokenize('Hello, world_1 — السعودية 2026!')).toEqual(['Hello', 'world_1', 'السعودية', '2026']);
  });
  it('scores identical bodies 1 and disjoint bodies 0', () => {
    const same = scoreBody('a', 'one two three four five', 'one two three four five');
    expect(same).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: true });
    const none = scoreBody('b', 'alpha beta gamma delta', 'one two three four');
    expect(none).toMatchObject({ precision: 0, recall: 0, f1: 0, exact: false });
  });
  it('counts shingles as multisets and averages per page', () => {
    // gold: 1 2 3 4 5 → shingles "1 2 3 4", "2 3 4 5"; predicted has one of them plus one extra.
    const s = scoreBody('c', 'w 1 2 3 4', '1 2 3 4 5');
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    const summary = evaluate([s, scoreBody('d', 'x y z w', 'x y z w')]);
    expect(summary.precision).toBeCloseTo(0.75);
    expect(summary.recall).toBeCloseTo(0.75);
    expect(summary.f1).toBeCloseTo(0.75);
    expect(summary.accuracy).toBeCloseTo(0.5);
  });
});

describe('mojibake repair', () => {
  const arabic = 'أعلنت وزارة الصحة السعودية اليوم عن إطلاق حملة وطنية جديدة للتطعيم';
  const french = 'Le vélo électrique séduit les Lyonnais';
  const as1256 = iconv.decode(Buffer.from(arabic, 'utf8'), 'windows-1256');
  const as1252 = iconv.decode(Buffer.from(french, 'utf8'), 'windows-1252');

  it('repairs only the lines that were misread, in a page of correct text', () => {
    const text = [arabic, as1256, 'طط ظظ', as1252, french].join('\n');
    const r = repairMojibake(text);
    expect(r.text.split('\n')).toEqual([arabic, arabic, 'طط ظظ', french, french]);
    expect(r.repaired).toEqual({ from: 'windows-1256', lines: 2 });
    // Each kind alone is found too.
    expect(repairMojibake([arabic, as1256, arabic].join('\n')).repaired).toEqual({ from: 'windows-1256', lines: 1 });
    expect(repairMojibake([french, as1252, french].join('\n')).repaired).toEqual({ from: 'windows-1252', lines: 1 });
  });

  it('leaves correct text as it is, even Arabic rich in ط and ظ', () => {
    const text = [arabic, 'ظهر الطبيب في المطار ظهرا وطلب الطعام', french, 'Ãƒ'].join('\n');
    expect(repairMojibake(text)).toEqual({ text });
  });
});

describe('tables drawn by text browsers', () => {
  const standings = [
    'Pos.  Driver                   Points  Wins  Top 5  Top 10',
    '',
    '1     Kyle Busch                 5040     5     17      27',
    '',
    '2     Martin Truex Jr.           5035     7     15      24',
    '',
    '3     Kevin Harvick              5033     4     15      26',
  ].join('\n');

  it('rows of aligned cells, one blank line apart, are a table; a header over right-aligned figures keeps its words together', () => {
    const tables = parseText(`Final standings after 36 races:\n\n${standings}\n\n${LONG}`).filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.rows).toEqual([
      ['Pos.', 'Driver', 'Points', 'Wins', 'Top 5', 'Top 10'],
      ['1', 'Kyle Busch', '5040', '5', '17', '27'],
      ['2', 'Martin Truex Jr.', '5035', '7', '15', '24'],
      ['3', 'Kevin Harvick', '5033', '4', '15', '26'],
    ]);
  });

  it('single spaces between some columns (w3m at 80 columns) still line up', () => {
    const dump = ['Pos Team   P  W D L Pts', '1   Hilal  10 8 2 0 26', '2   Ahli   10 7 2 1 23', '3   Nassr  10 6 4 0 22'].join('\n');
    expect(parseText(dump).find((b) => b.kind === 'table')?.rows?.[1]).toEqual(['1', 'Hilal', '10', '8', '2', '0', '26']);
  });

  it('a page laid out in two columns, form fields, list items and prose with double spaces are not tables', () => {
    const twoColumns = [
      'At least 106 protesters in 21 cities     Kim Kardashian, Christian Bale',
      'have been killed, according to credible  support the film festival and',
      'reports received by Amnesty. The         the decision to contribute its',
      'organization believes that the real      proceeds was led by the board',
    ].join('\n');
    const form = ['Comment *[                    ]', 'Name *[          ]', 'Email *[          ]', 'Website[          ]'].join('\n');
    const bullets = ['•  -  Baseball', '•  -  Bowling', '•  -  Boxing', '•  -  Cycling'].join('\n');
    const prose = [LONG.replace('night to', 'night  to'), LONG.replace('park,', 'park,  '), LONG.replace('said.', 'said.  Then')].join('\n\n');
    for (const dump of [twoColumns, form, bullets, prose]) expect(parseText(dump).filter((b) => b.kind === 'table')).toEqual([]);
  });

  it('a table of two columns, a key and a value (a review\'s specifications), is a table: wide, at 80 columns (a single space after the longest key) and as lynx draws it, under its centred caption', () => {
    const rows = [
      ['Weight', '245g'],
      ['Battery', '40 hours (ANC on)'],
      ['Bluetooth', '5.3, multipoint'],
      ['Codecs', 'SBC, AAC, LDAC'],
    ];
    // w3m -dump of <table><caption>…</caption><tr><th>Weight</th><td>245g</td></tr>…, wide and at 80 columns, and lynx -dump
    const wide = ['           Sonora Q5 specs', '   Weight    245g', '  Battery    40 hours (ANC on)', ' Bluetooth   5.3, multipoint', '   Codecs    SBC, AAC, LDAC'];
    const narrow = ['      Sonora Q5 specs', ' Weight   245g', ' Battery  40 hours (ANC on)', 'Bluetooth 5.3, multipoint', ' Codecs   SBC, AAC, LDAC'];
    const lynx = ['   CAPTION: Sonora Q5 specs', '', '    Weight   245g', '    Battery  40 hours (ANC on)', '   Bluetooth 5.3, multipoint', '    Codecs   SBC, AAC, LDAC'];
    for (const dump of [wide, narrow, lynx]) {
      const blocks = parseText(`${LONG}\n\n${dump.join('\n')}\n\n${LONG}`);
      expect(blocks.filter((b) => b.kind === 'table').map((t) => t.rows), dump[1]).toEqual([rows]);
      // w3m's caption, centred over the rows, is the table's caption (lynx labels its own).
      if (dump !== lynx) expect(blocks.find((b) => b.text === 'Sonora Q5 specs')).toMatchObject({ kind: 'paragraph', role: 'caption' });
    }
    // A line right over a table at its left edge (a sub-heading) is no caption.
    const heading = parseText(`${LONG}\n\nSpecifications\n${wide.slice(1).join('\n')}\n\n${LONG}`).find((b) => b.text === 'Specifications');
    expect(heading?.role).toBeUndefined();
  });

  it('two columns of words that line up by chance are no key/value table: pieces of sentences wrapped in narrow columns, verse, a table-layout byline', () => {
    // Teasers laid out side by side at 80 columns: the left column's lines open in lower case.
    const teasers = ['anti-Semitism Armenian Genocide,', 'and other     anti-Semitism and other', 'sensitive     sensitive matters Ilhan'];
    // Lines of verse: no key padded apart from its value.
    const verse = ['The river runs cold', 'The night comes in slow', 'The lamps of the harbour', 'Go out one by one'];
    // Values that do not line up at either edge.
    const ragged = ['Kyle Busch   won the race', 'Martin Truex    came second', 'Kevin Harvick  was third'];
    for (const dump of [teasers, verse, ragged]) expect(parseText(`${LONG}\n\n${dump.join('\n')}\n\n${LONG}`).filter((b) => b.kind === 'table'), dump[0]).toEqual([]);
  });

  it('a table of figures stays in the article, with its sub-heading; the paragraph after it too', () => {
    const dump = [
      'Busch takes the title',
      'The championship was decided in the last race of the season, when Kyle Busch finished fourth and held off his teammate by five points, the closest finish in the history of the series.',
      'Standings',
      standings,
      'Busch said afterwards that the title belonged to the whole team, and that he would take a few weeks off before testing begins again in January.',
    ].join('\n\n');
    const article = rinse(dump);
    expect(article.headline).toBe('Busch takes the title');
    const section = article.sections.find((s) => s.heading === 'Standings');
    expect(section?.blocks[0]).toMatchObject({ kind: 'table' });
    expect(article.body).toContain('held off his teammate');
    expect(article.body).toContain('take a few weeks off');
  });
});

describe('Chinese and Japanese at 80 columns', () => {
  it('lines w3m wrapped between two CJK characters are joined without a space', () => {
    const ja = 'Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、何か書籍で調べながら作業をする場合など、パソコンでそのまま読みたい時もあります。';
    const zh = '北京市政府周二宣布，将把废弃的铁路货场改造成一座大型公共公园。官员表示，这项计划经过十年的讨论终于获得批准，预计明年春天开工。';
    // w3m -dump (80 columns) of <p>ja</p><p>zh</p>
    const dump = [
      'Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むこと',
      'が多いと思いますが、何か書籍で調べながら作業をする場合など、パソコンでそのまま',
      '読みたい時もあります。',
      '',
      '北京市政府周二宣布，将把废弃的铁路货场改造成一座大型公共公园。官员表示，这项计',
      '划经过十年的讨论终于获得批准，预计明年春天开工。',
    ].join('\n');
    // Wrapped English paragraphs around them, as on a page: the wrap width is read off the dump.
    const english = [wrap(LONG, 79), wrap(LONG.replace('Tuesday', 'Monday'), 79)].join('\n\n');
    const texts = parseText(`${english}\n\n${dump}\n\n${english}`).map((b) => b.text);
    expect(texts.slice(2, 4)).toEqual([ja, zh]);
    // Latin words at a break keep their space.
    expect(texts[0]).toBe(LONG);
  });

  it('a break between a Chinese character and a figure, or after an opening quote, had no space either', () => {
    const p1 = '据成都轨道交通集团介绍，19号线二期采用市域快线标准建设，最高运行速度达到每小时160公里，是目前西南地区运行速度最快的地铁线路。';
    const p2 = '家住成华区的市民王女士告诉记者，开通首日她特意带着孩子来体验，说以前要换乘两次，“现在坐19号线一路直达，省心多了。”';
    // w3m -dump (80 columns) of <p>p1</p><p>p2</p>: it breaks before "160" and after "“".
    const dump = [
      '据成都轨道交通集团介绍，19号线二期采用市域快线标准建设，最高运行速度达到每小时',
      '160公里，是目前西南地区运行速度最快的地铁线路。',
      '',
      '家住成华区的市民王女士告诉记者，开通首日她特意带着孩子来体验，说以前要换乘两次，“',
      '现在坐19号线一路直达，省心多了。”',
    ].join('\n');
    const english = [wrap(LONG, 79), wrap(LONG.replace('Tuesday', 'Monday'), 79)].join('\n\n');
    expect(parseText(`${english}\n\n${dump}\n\n${english}`).map((b) => b.text).slice(2, 4)).toEqual([p1, p2]);
  });

  it('a short line above a line of Chinese is not wrapped into it: w3m may break before any Chinese character', () => {
    const tags = '标签：成都地铁天府机场轨道交通';
    const notice = '版权声明：本文系天府新闻网原创稿件，未经授权禁止转载。如需转载，请联系我们获取授权。';
    // The notice's first "word" is one character wide, and it would have fitted after the tags.
    const english = [wrap(LONG, 79), wrap(LONG.replace('Tuesday', 'Monday'), 79)].join('\n\n');
    const texts = parseText(`${english}\n\n${tags}\n${notice.slice(0, 39)}\n${notice.slice(39)}\n\n${english}`).map((b) => b.text);
    expect(texts.slice(2, 4)).toEqual([tags, notice]);
  });

  it('a page of Japanese alone, without a space to go by, is still read at its wrap width', () => {
    const p1 = '大阪市は29日、御堂筋の側道を歩行者空間に転換する事業について、淀屋橋から本町までの第1期区間が2027年春に完成する見通しだと発表した。';
    const p2 = '市によると、車道の一部を歩道に振り替え、ベンチや植栽を設けることで、歩行者が滞在しやすい空間をつくる。工事は夜間を中心に進めており、交通への影響は最小限に抑えているという。';
    const p3 = '沿道で飲食店を営む男性は「人通りが増えれば、週末の売り上げにもつながる。早く完成してほしい」と話した。一方、タクシー運転手からは、乗降場所が減ることへの不安の声も上がっている。';
    // w3m -dump (80 columns) of the three paragraphs
    const dump = [
      '大阪市は29日、御堂筋の側道を歩行者空間に転換する事業について、淀屋橋から本町ま',
      'での第1期区間が2027年春に完成する見通しだと発表した。',
      '',
      '市によると、車道の一部を歩道に振り替え、ベンチや植栽を設けることで、歩行者が滞',
      '在しやすい空間をつくる。工事は夜間を中心に進めており、交通への影響は最小限に抑',
      'えているという。',
      '',
      '沿道で飲食店を営む男性は「人通りが増えれば、週末の売り上げにもつながる。早く完',
      '成してほしい」と話した。一方、タクシー運転手からは、乗降場所が減ることへの不安',
      'の声も上がっている。',
    ].join('\n');
    expect(parseText(dump).map((b) => b.text)).toEqual([p1, p2, p3]);
  });
});

describe('pages laid out in two columns (table layouts)', () => {
  const left = [
    'The council voted on Tuesday night to',
    'convert the abandoned rail yard into a',
    'public park, ending a decade-long debate',
    'over the future of the largest vacant',
    'parcels in the city, officials said.',
    '',
    'The plan, which will cost an estimated',
    '$62 million over six years, includes',
    'walking trails, a playground and gardens.',
  ];
  const right = ['Most read', '• Harbour ferry fares to rise', '  in the spring', '• New library opens downtown', '• School term dates announced', '• Storm warning for the coast', '', '• Road works on the ring road', '• Market hall to reopen'];
  const dump = left.map((l, k) => `${l.padEnd(42)}${right[k] ?? ''}`.trimEnd()).join('\n');

  it('are read column by column: the left column\'s paragraphs whole, then the right column', () => {
    const texts = parseText(dump).map((b) => b.text);
    expect(texts[0]).toBe('The council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of the largest vacant parcels in the city, officials said.');
    expect(texts[1]).toBe('The plan, which will cost an estimated $62 million over six years, includes walking trails, a playground and gardens.');
    expect(texts.slice(2).join('\n').split('\n')).toEqual(['Most read', 'Harbour ferry fares to rise in the spring', 'New library opens downtown', 'School term dates announced', 'Storm warning for the coast', 'Road works on the ring road', 'Market hall to reopen']);
  });

  it('one column of text, a table, or words that happen to line up are not split', () => {
    const prose = left.join('\n');
    expect(parseText(prose).map((b) => b.text).join(' ')).not.toMatch(/Most read/);
    const table = ['Pos.  Driver              Points  Wins', '1     Kyle Busch            5040     5', '2     Martin Truex Jr.      5035     7', '3     Kevin Harvick         5033     4', '4     Denny Hamlin          5027     6', '5     Joey Logano           2380     2', '6     Ryan Blaney           2339     1'].join('\n');
    expect(parseText(table).map((b) => b.kind)).toEqual(['table']);
    // Wide-dump paragraphs typed with three spaces after each full stop.
    const sentences = [
      'The council voted on Tuesday night.',
      'It ends a decade-long debate over the rail yard.',
      'Work on the first trails will begin in the spring.',
      'The plan includes a playground and community gardens.',
      'Residents had asked for a park since 2015.',
      'A restored section of the creek will run through it.',
      'The mayor called the vote a turning point.',
      'Opponents said the money should go to housing.',
    ];
    const paragraphs = sentences.map((t, k) => `${t}   ${sentences[(k + 3) % sentences.length]}   ${sentences[(k + 5) % sentences.length]}`);
    expect(parseText(paragraphs.join('\n\n')).map((b) => b.text)).toEqual(paragraphs.map((p) => p.replace(/ {3}/g, ' ')));
  });
});

describe('ordered lists with right-aligned numbers', () => {
  it('" 9." and "10." are items of one list (w3m and lynx align the numbers, not the markers)', () => {
    const items = Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2)}. Item number ${i + 1} of the list`);
    const lists = parseText(items.join('\n')).filter((b) => b.kind === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.items).toHaveLength(12);
    expect(lists[0]?.items?.[9]).toBe('Item number 10 of the list');
  });

  it('an unordered list at another indentation is still another list', () => {
    const lists = parseText('  • one\n  • two\n    • inner\n    • inner two').filter((b) => b.kind === 'list');
    expect(lists).toHaveLength(2);
  });
});

describe('text browsers\' list bullets and rules', () => {
  it('w3m\'s bullets of nested lists (• □ ☆ ○ ■) start items; a nested item is not the text of its parent', () => {
    const dump = '  • Guides\n      □ Exclusives\n      □ Reviews\n  • Mac\n      □ MacBook Pro\n          ☆ M1\n              ○ Base\n                  ■ Deep';
    const lists = parseText(dump).filter((b) => b.kind === 'list');
    expect(lists.flatMap((l) => l.items)).toEqual(['Guides', 'Exclusives', 'Reviews', 'Mac', 'MacBook Pro', 'M1', 'Base', 'Deep']);
  });

  it('a rule (━━━, ____) is never joined to the text above or below it, even at the wrap width', () => {
    const words = 'The council met again on Thursday to discuss the budget for the coming year and';
    const body = Array.from({ length: 6 }, () => words.slice(0, 79)).join('\n');
    const dump = `${body}\n${'━'.repeat(40)}\nMost stock quote data provided by the exchange. All rights reserved.`;
    const blocks = parseText(dump);
    expect(blocks.some((b) => b.text.includes('━') && /\p{L}/u.test(b.text))).toBe(false);
    expect(blocks.find((b) => b.text.startsWith('Most stock'))?.text).toBe('Most stock quote data provided by the exchange. All rights reserved.');
  });

  it('a dump wrapped at 79 columns with a few stray 80-column lines is read at 79', () => {
    const para = 'The same business logic that you are trapped in a sad and hellish existence dictated by the corporations and that tech can free you underlies the entire gig economy of the past decade, the author argues in the closing chapter of the book. It is the basis for another veneer, this one layered over the inability of people to find meaningful work for reasonable pay, and it shapes how the services are sold.';
    // Greedy wrapping at 79 columns.
    const wrap = (text: string): string[] => {
      const out: string[] = [];
      let line = '';
      for (const w of text.split(' ')) {
        if (line.length > 0 && line.length + 1 + w.length > 79) {
          out.push(line);
          line = w;
        } else line = line.length > 0 ? `${line} ${w}` : w;
      }
      return [...out, line];
    };
    const stray = ['x'.repeat(35) + ' ' + 'y'.repeat(44), 'z'.repeat(40) + ' ' + 'w'.repeat(39)];
    const lines = wrap(para);
    // The line that the next word would fill to exactly 80 columns: a wrap at 79, a break at 80.
    expect(lines.some((l, i) => l.length + 1 + (lines[i + 1]?.split(' ')[0]?.length ?? 99) === 80)).toBe(true);
    const dump = Array.from({ length: 10 }, () => lines.join('\n')).join('\n\n') + '\n\n' + stray.join('\n\n');
    const paragraphs = parseText(dump).filter((b) => b.text.startsWith('The same business'));
    expect(paragraphs).toHaveLength(10);
    for (const p of paragraphs) expect(p.text).toBe(para);
  });
});

describe('Turkish and Indonesian', () => {
  it('are told apart from other Latin-script languages by their function words', () => {
    expect(detectLanguage("Şirketten yapılan yazılı açıklamada, düzenlemenin yolculardan gelen talepler ve gece saatlerindeki yoğunluk verileri incelenerek hazırlandığı belirtildi. Yeni tarife ile birlikte son sefer bir saat ileri alınacak.").lang).toBe('tr');
    expect(detectLanguage('Pemerintah kota mengumumkan bahwa jadwal kapal feri akan diperpanjang mulai bulan depan, dan warga yang bekerja hingga malam dapat pulang dengan lebih mudah.').lang).toBe('id');
    expect(detectLanguage('The city council voted on Tuesday night to convert the abandoned rail yard into a public park.').lang).toBe('en');
  });

  it('a dotless ı matches the i of upper-case text ("KASIM" and "Kasım" are one month)', () => {
    expect(matchKey('29 KASIM 2026 PAZAR')).toBe(matchKey('29 Kasım 2026 Pazar'));
    expect(matchKey('İLGİLİ HABERLER')).toBe(matchKey('İlgili Haberler'));
    expect(rinse('İstanbul\'da vapur seferlerine yeni düzenleme geldi\n\n29 KASIM 2026 PAZAR 10:42\n\n' + LONG + '\n').meta.published).toBe('29 KASIM 2026 PAZAR 10:42');
  });
});

describe('a short lynx or w3m dump', () => {
  // lynx -dump of a brief: two paragraphs of two lines each, too few lines to find a band of widths.
  const dump = [
    "   [1]Home [2]News",
    "",
    "                        Council approves rail yard park",
    "",
    "   The city council voted on Tuesday night to convert the abandoned rail",
    "   yard into a public park, ending a long debate.",
    "",
    "   The plan will cost an estimated $62 million over six years and includes",
    "   walking trails and a playground for children.",
    "",
    "   Residents said the park would change the whole neighbourhood.",
    "",
    "   [3]More news",
    "",
    "References",
    "",
    "   1. file:///",
    "   2. file:///news",
    "   3. file:///more",
    "",
  ].join('\n');
  // w3m -dump of the same brief at its default 80 columns: every line fits, four are long.
  const w3m = [
    "Home News",
    "",
    "Council approves rail yard park",
    "",
    "The city council voted on Tuesday night to convert the abandoned rail yard into",
    "a public park, ending a long debate.",
    "",
    "The plan will cost an estimated $62 million over six years and includes walking",
    "trails and a playground for children.",
    "",
    "Residents said the park would change the whole neighbourhood.",
    "",
    "More news",
    "",
    "",
  ].join('\n');
  it('is unwrapped by the width its line breaks agree with: the headline and every paragraph whole', () => {
    for (const a of [rinse(dump), rinse(w3m)]) {
      expect(a.headline).toBe('Council approves rail yard park');
      expect(a.body.split('\n\n')).toEqual([
        'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a long debate.',
        'The plan will cost an estimated $62 million over six years and includes walking trails and a playground for children.',
        'Residents said the park would change the whole neighbourhood.',
      ]);
    }
  });
});

describe('Indic scripts in an 80-column w3m dump', () => {
  it('their vowel signs take no column, as w3m counts them: a wrapped Bengali paragraph is joined back', () => {
    const l1 = "ঢাকায় বায়ুদূষণ বিপজ্জনক পর্যায়ে পৌঁছানোয় সরকার রাজধানীর সব প্রাথমিক বিদ্যালয় এক সপ্তাহের জন্য বন্ধ ঘোষণা করেছে।";
    const l2 = "বায়ুমান সূচক কয়েকটি এলাকায় চারশো ছাড়িয়ে গেছে।";
    expect(l1.length).toBe(111);
    expect(displayWidth(l1)).toBe(78);
    const head = 'ঢাকায় বায়ুদূষণ: প্রাথমিক বিদ্যালয় এক সপ্তাহ বন্ধ';
    const p2 = 'শিক্ষামন্ত্রী বলেছেন, উঁচু শ্রেণির ক্লাস অনলাইনে চলবে এবং পরিস্থিতির উন্নতি হলে বিদ্যালয়গুলো আবার খুলে দেওয়া হবে।';
    const a = rinse([head, `${l1}\n${l2}`, p2].join('\n\n'));
    // w3m prints য় as the precomposed U+09DF; the output is in NFC (য + ়).
    expect(a.body).toBe(`${l1} ${l2}\n\n${p2}`.normalize('NFC'));
  });
});

describe('a line that starts with a combining mark', () => {
  it('continues the word the wrap cut: lynx breaks Thai before a vowel sign ("เด|ิม")', () => {
    const dump = [
      "   [1]หน้าแรก ข่าว กีฬา บันเทิง",
      "",
      "ข่าวล่าสุด",
      "",
      "     * ข่าวสั้นหนึ่งเกี่ยวกับการจราจรในกรุงเทพ",
      "     * ข่าวสั้นสองเกี่ยวกับราคาทองคำวันนี้",
      "",
      "กรุงเทพฯ เตรียมสร้างสวนสาธารณะแห่งใหม่บนที่ดินการรถไฟ",
      "",
      "   สภากรุงเทพมหานครมีมติเมื่อวันจันทร์ให้สร้างสวนสาธารณะแห่งใหม่บนที่ดินเด",
      "   ิมของการรถไฟแห่งประเทศไทย หลังจากมีการถกเถียงกันมานานเกือบสิบปี",
      "   โครงการนี้จะใช้งบประมาณราวสองพันล้านบาท",
      "",
      "   ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า สวนแห่งนี้จะมีทางเดิน ทางจักรยาน",
      "   และสนามเด็กเล่น ซึ่งจะเปิดให้ประชาชนเข้าใช้บริการได้ภายในสามปี",
      "",
      "   ชาวบ้านในพื้นที่เรียกร้องให้มีพื้นที่สีเขียวเพิ่มขึ้นมาหลายปีแล้ว",
      "   เพราะชุมชนรอบสถานีรถไฟเก่ามีประชากรหนาแน่นและไม่มีสวนสาธารณะใกล้บ้าน",
      "   แชร์: Facebook Twitter Line",
      "",
      "ข่าวที่เกี่ยวข้อง",
      "",
      "     * รถไฟฟ้าสายใหม่เปิดทดลองให้บริการ",
      "",
      "   © 2026 ข่าวไทย สงวนลิขสิทธิ์",
      "",
      "References",
      "",
      "   1. file:///",
      "",
    ].join('\n');
    const body = rinse(dump).body;
    expect(body).toContain('บนที่ดินเดิมของการรถไฟ');
    expect(body).not.toContain('เด ิม');
  });
});

describe('full stops of every script', () => {
  it('end a sentence: Latin, Urdu ۔, the Indic danda । and ॥, Armenian ։, Ethiopic ።, Burmese ။', () => {
    for (const text of ['The park opens in spring.', 'اسکول بند رہیں گے۔', 'स्कूल बंद रहेंगे।', 'ইতি॥', 'զբոսայգի կառուցել։', 'መናፈሻ ለመገንባት ወሰነ።', 'ပန်းခြံ ဆောက်မည်။']) expect(endsSentence(text), text).toBe(true);
    for (const text of ['The park opens in spring', 'Facebook, Twitter;']) expect(endsSentence(text), text).toBe(false);
  });
});

describe('language detection', () => {
  it('names the language of every script it knows, and tells Ukrainian, Serbian and the Latin-script languages apart', () => {
    const texts: [string, string][] = [
      ['hi', 'दिल्ली सरकार ने सोमवार को राजधानी के सभी प्राथमिक स्कूलों को एक हफ्ते के लिए बंद करने का आदेश दिया।'],
      ['bn', 'ঢাকায় বায়ুদূষণ বেড়ে যাওয়ায় সরকার প্রাথমিক বিদ্যালয়গুলো এক সপ্তাহের জন্য বন্ধ ঘোষণা করেছে।'],
      ['ta', 'சென்னையில் கனமழை காரணமாக பள்ளிகளுக்கு இன்று விடுமுறை அறிவிக்கப்பட்டுள்ளது.'],
      ['uk', 'Київська міська рада ухвалила рішення про будівництво нової лінії метро, яка з’єднає лівий і правий береги.'],
      ['sr', 'Градска скупштина је усвојила одлуку о изградњи нове линије метроа, која ће повезати два дела града.'],
      ['ru', 'Городская дума приняла решение о строительстве новой линии метро, которая соединит два района города.'],
      ['pl', 'Rada miasta zdecydowała we wtorek, że na terenie dawnej bocznicy kolejowej powstanie park, a prace ruszą wiosną.'],
      ['cs', 'Městská rada v úterý rozhodla, že na místě bývalého nádraží vznikne park, který bude otevřen příští rok.'],
      ['ro', 'Consiliul local a decis marți că pe terenul fostei gări va fi amenajat un parc, care va fi deschis anul viitor.'],
      ['hu', 'A városi tanács kedden úgy döntött, hogy a régi pályaudvar helyén park épül, amely jövőre nyílik meg, de a munka még nem kezdődött el, és ez már a harmadik terv.'],
      // Hungarian rich in its article "a", which Portuguese writes too.
      ['hu', 'A közgyűlés kedden úgy döntött, hogy a régi teherpályaudvar helyén nagy park épül. A beruházás a város szerint mintegy hatmilliárd forintba kerül, és a munka legalább három évig tart.'],
      ['sv', 'Kommunfullmäktige beslutade på tisdagen att det gamla bangårdsområdet ska bli en park och att arbetet inte börjar förrän i vår.'],
      ['da', 'Byrådet besluttede tirsdag, at det gamle baneterræn skal blive til en park, og at arbejdet ikke starter før efter nytår.'],
      ['no', 'Bystyret vedtok tirsdag at det gamle jernbaneområdet skal bli en park, og at arbeidet ikke starter før etter nyttår.'],
      ['fi', 'Kaupunginvaltuusto päätti tiistaina, että vanhalle ratapihalle rakennetaan puisto, mutta työt eivät ala ennen kevättä.'],
      ['vi', 'Hội đồng thành phố đã quyết định biến khu đường sắt cũ thành một công viên công cộng cho người dân trong khu vực.'],
      ['ka', 'თბილისის საკრებულომ ახალი პარკის მშენებლობის შესახებ გადაწყვეტილება მიიღო.'],
      ['th', 'สภากรุงเทพมหานครมีมติให้สร้างสวนสาธารณะแห่งใหม่บนที่ดินของการรถไฟ'],
      ['el', 'Το δημοτικό συμβούλιο αποφάσισε τη δημιουργία νέου πάρκου στην περιοχή του παλιού σταθμού.'],
      ['he', 'מועצת העיר החליטה להקים פארק חדש בשטח תחנת הרכבת הישנה.'],
      ['kk', 'Алматы қалалық мәслихаты жаңа саябақ салу туралы шешім қабылдады, құрылыс көктемде басталады.'],
      ['hy', 'Հայաստանի կառավարությունը որոշել է նոր զբոսայգի կառուցել։'],
      ['am', 'የአዲስ አበባ ከተማ አስተዳደር አዲስ መናፈሻ ለመገንባት ወሰነ።'],
    ];
    for (const [lang, text] of texts) expect([lang, detectLanguage(text).lang]).toEqual([lang, lang]);
  });

  it('Swahili by its little words (its "na" is also Polish and Portuguese)', () => {
    const sw = 'Serikali imetangaza kuwa mabasi 150 mapya ya mwendokasi yataanza kutoa huduma jijini Dar es Salaam kuanzia mwezi ujao, ili kupunguza msongamano wa magari katika barabara kuu za jiji.';
    expect(detectLanguage(sw).lang).toBe('sw');
    expect(detectLanguage('Rada miasta zdecydowała we wtorek, że na terenie dawnej bocznicy powstanie park, który nie będzie ogrodzony.').lang).toBe('pl');
  });

  it('a name\'s initials are no words, and one stop word is no evidence: a results list stays English', () => {
    expect(detectLanguage('Viera (4-0): K. Hupfer 1 goal. L. Patikas 1 goal. Z. Nielsen 1 goal. A. Sanger 2 saves. Aden O\'Hara 2 goals.').lang).toBe('en');
    // Where the words are there, the initial does not hide them.
    expect(detectLanguage('Z. Nowak powiedział, że prace ruszą wiosną, a park będzie gotowy do końca roku.').lang).toBe('pl');
  });
});

describe('a short article wrapped at 120 columns', () => {
  it('is read as wrapped though its few wrapped lines end nine columns apart (117, 117, 109, 110)', () => {
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/sv-goteborg-park.txt')));
    const at120 = rinse(readFileSync(path.join(import.meta.dirname, '../samples/sv-goteborg-park-120.txt')));
    expect(at120.body).toBe(wide.body);
  });
});

describe('a short dump whose few wrapped lines each end at a column of their own', () => {
  it('is read as wrapped at the widest of them (lynx at 110 columns: 99, 99, 100, 101, 102)', () => {
    // en-liveblog: the last post's short paragraph, packed with its "Share" button, is a paragraph once the button is gone.
    for (const name of ['he-city-park', 'ar-match-report', 'en-liveblog']) {
      const wide = rinse(readFileSync(path.join(import.meta.dirname, `../samples/${name}.txt`)));
      const at110 = rinse(readFileSync(path.join(import.meta.dirname, `../samples/${name}-lynx110.txt`)));
      expect(at110.body, name).toBe(wide.body);
    }
  });
});

describe('Korean at 80 columns', () => {
  const p1 = '시는 지난달부터 실제 운행과 같은 조건으로 시운전을 하고 있으며, 다음 달까지 안전 점검과 종합 평가를 마칠 계획이다. 개통 초기에는 출퇴근 시간대 배차 간격을 6분으로 운영한다.';
  const p2 = '부산시 관계자는 "오륙도선이 성공적으로 자리 잡으면 다른 지역에도 트램 도입을 확대하는 방안을 검토하겠다"고 말했다.';

  it('w3m breaks a full line inside a word, between two syllables or after a figure: joined without a space', () => {
    // w3m -dump (80 columns) of <p>p1</p><p>p2</p>: "안|전", "6|분", "확|대".
    const dump = [
      '시는 지난달부터 실제 운행과 같은 조건으로 시운전을 하고 있으며, 다음 달까지 안',
      '전 점검과 종합 평가를 마칠 계획이다. 개통 초기에는 출퇴근 시간대 배차 간격을 6',
      '분으로 운영한다.',
      '',
      '부산시 관계자는 "오륙도선이 성공적으로 자리 잡으면 다른 지역에도 트램 도입을 확',
      '대하는 방안을 검토하겠다"고 말했다.',
    ].join('\n');
    const english = [wrap(LONG, 79), wrap(LONG.replace('Tuesday', 'Monday'), 79)].join('\n\n');
    expect(parseText(`${english}\n\n${dump}\n\n${english}`).map((b) => b.text).slice(2, 4)).toEqual([p1, p2]);
  });

  it('lynx breaks Korean at its spaces: joined with one', () => {
    const p3 = '사업비는 국비 470억원을 포함해 모두 1천200억원이 들었다. 요금은 도시철도와 같은 1천550원으로 책정됐으며, 도시철도와 버스 간 환승 할인이 적용된다.';
    const p4 = '용호동 주민 박모(64)씨는 "그동안 버스를 두 번 갈아타야 지하철역에 갈 수 있었는데, 트램이 생기면 훨씬 편해질 것 같다"고 말했다.';
    // lynx -dump of <p>p1</p><p>p3</p><p>p4</p>, its lines of up to 74 characters, and its references.
    const dump = [
      '   시는 지난달부터 실제 운행과 같은 조건으로 시운전을 하고 있으며, 다음 달까지 안전 점검과 종합 평가를 마칠 계획이다. 개통',
      '   초기에는 출퇴근 시간대 배차 간격을 6분으로 운영한다.',
      '',
      '   사업비는 국비 470억원을 포함해 모두 1천200억원이 들었다. 요금은 도시철도와 같은 1천550원으로 책정됐으며, 도시철도와',
      '   버스 간 환승 할인이 적용된다.',
      '',
      '   용호동 주민 박모(64)씨는 "그동안 버스를 두 번 갈아타야 지하철역에 갈 수 있었는데, 트램이 생기면 훨씬 편해질 것 같다"고',
      '   말했다.',
      '',
      'References',
      '',
      '   1. https://news.example.kr/',
    ].join('\n');
    expect(parseText(dump).map((b) => b.text).slice(0, 3)).toEqual([p1, p3, p4]);
    // lynx -nolist prints no references: its paragraphs, three columns in, tell it from w3m's.
    const nolist = dump.slice(0, dump.indexOf('\n\nReferences'));
    expect(parseText(nolist).map((b) => b.text)).toEqual([p1, p3, p4]);
  });
});

describe('a wrap right after an opening bracket', () => {
  it('had no space at the break: "[" / "citation needed]" is joined whole', () => {
    const p1 = 'On November 18, 2026, the council voted to convert the site into a park, with construction of the first phase and its trails is planned for 2027.[1][citation needed]';
    const dump = ['On November 18, 2026, the council voted to convert the site into a park, with', 'construction of the first phase and its trails is planned for 2027.^[1]^[', 'citation needed]'].join('\n');
    const english = [wrap(LONG, 79), wrap(LONG.replace('Tuesday', 'Monday'), 79)].join('\n\n');
    expect(parseText(`${english}\n\n${dump}\n\n${english}`).map((b) => b.text)[2]).toBe(p1);
  });
});

describe('lynx dumps with link markers', () => {
  it('a paragraph\'s lines are joined at the width lynx printed them, markers and all; a footnote\'s "[1]" after a marker is the link\'s text', () => {
    const p1 = 'Eastside Rail Park is a public park under construction on the site of a former rail yard in Millbrook, Ohio, United States. The city council approved the plan in November 2026 after a decade-long debate over the future of the 40-acre parcel.[1]';
    const p2 = 'The rail yard closed in 1998 and stood vacant for more than two decades. Proposals to sell the land to developers were rejected by the council in 2012 and again in 2017, and a consultant estimated the cleanup at $14 million.';
    // lynx -dump: the second line is short once "[14]" is out of it, yet it reached the width.
    const dump = [
      '   Eastside Rail Park is a public park under construction on the site of a',
      '   former rail yard in [14]Millbrook, Ohio, United States. The city',
      '   council approved the plan in November 2026 after a decade-long debate',
      '   over the future of the 40-acre parcel.^[15][1]',
      '',
      '   The rail yard closed in 1998 and stood vacant for more than two',
      '   decades. Proposals to sell the land to developers were rejected by the',
      '   council in 2012 and again in 2017, and a consultant estimated the',
      '   cleanup at $14 million.',
      '',
      'References',
      '',
      ...Array.from({ length: 16 }, (_, k) => `  ${k + 1}. https://en.example.org/wiki/${k + 1}`),
    ].join('\n');
    const blocks = parseText(dump);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([p1, p2]);
  });
});

describe('lynx dumps of Chinese or Japanese', () => {
  it('are wrapped at a count of characters, not of display columns, and joined back as such', () => {
    // Three paragraphs whose first lines hold 74 characters each, with more or fewer Latin
    // letters and figures among them: 131 to 151 display columns, no band that w3m's wrap makes.
    const p1 = '市によると、2026年度の予算で車道の一部を歩道に振り替え、ベンチや植栽を設けることで、歩行者が滞在しやすい空間をつくる。工事は夜間を中心に進めている。';
    const p2 = '沿道で飲食店を営む男性は「人通りが増えれば、週末の売り上げにもつながる。早く完成してほしい」と話した。一方、タクシー運転手からは、乗降場所が減ることへの不安の声も上がっている。';
    const p3 = 'Osaka Metro御堂筋線の利用者は1日あたり約1,300,000人で、市はLRT導入の可能性についても2030年度までに検討を進める方針で、沿道の住民や事業者への説明会を来年春から順次開いていくという。';
    const cut = (p: string): string => `   ${p.slice(0, 74)}\n   ${p.slice(74)}`;
    const widths = [p1, p2, p3].map((p) => displayWidth(p.slice(0, 74)));
    expect(Math.max(...widths) - Math.min(...widths)).toBeGreaterThan(7);
    const dump = [cut(p1), cut(p2), cut(p3)].join('\n\n');
    expect(parseText(dump).map((b) => b.text)).toEqual([p1, p2, p3]);
  });

  it('are measured in characters even when their lines fall in one band of display columns', () => {
    // Lines of 74 characters with a figure or two among them: 135 to 141 columns, a band a w3m
    // wrap could make; counted in characters they all reach 74, and lynx moved a full stop that
    // may not open a line... onto the next one ("…共设车站8座" / "。开通后…").
    const p1 = '11月28日上午9时，成都地铁19号线二期正式开通运营。线路从天府新区的天府商务区站引出，向南延伸至天府国际机场，全长约43公里，共设车站8座。开通后，乘客从天府国际机场前往春熙路、天府广场等市中心区域，最快只需38分钟。';
    const p2 = '据成都轨道交通集团介绍，19号线二期采用市域快线标准建设，最高运行速度达到每小时160公里，是目前西南地区运行速度最快的地铁线路。列车采用8节编组市域D型车，每列车定员约2500人，并在车厢内设置了行李架和大件行李存放区。';
    const p3 = '根据运营安排，19号线二期首班车时间为早上6时30分，末班车时间为晚上22时30分，高峰时段行车间隔约为8分钟，平峰时段约为12分钟。运营初期，全线实行统一票价，从天府商务区站至天府国际机场站的单程票价为8元。';
    const cut = (p: string): string => `   ${p.slice(0, 71)}\n   ${p.slice(71)}`;
    const widths = [p1, p2, p3].map((p) => displayWidth(p.slice(0, 71)));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(7);
    expect(p1.charAt(71)).toBe('。');
    const dump = `${[cut(p1), cut(p2), cut(p3)].join('\n\n')}\n\nReferences\n\n   1. https://news.example.cn/\n`;
    expect(parseText(dump).map((b) => b.text).slice(0, 3)).toEqual([p1, p2, p3]);
  });

  it('a wide dump of them, with lines longer than any wrap, is not joined', () => {
    // Three lines of 65 to 67 characters, as a band of wrapped lines would be, among longer ones.
    const a = '使わない時はタスクバーに格納しておき、いつでも呼び出せるようにしていました。ところがソフトをインストールすると立ち上がってしまいます。';
    const b = 'しかも設定画面からでは、このショートカットキーの設定を変更できません。そこで別の方法を探してみたところ、簡単な手順が見つかりました。';
    const c = '以下、その手順です。まずスタートメニューからプログラムを探して右クリックし、表示されるメニューからファイルの場所を開いてください。';
    const long = '大阪市は29日、御堂筋の側道を歩行者空間に転換する事業について、淀屋橋から本町までの第1期区間が2027年春に完成する見通しだと発表し、工事の進め方や交通規制の予定についても詳しく説明した。';
    expect([a, b, c].every((t) => t.length >= 60 && t.length <= 70)).toBe(true);
    // Long lines make it a wide dump (three of them, over 160 columns).
    const lines = [long, a, b, c, long.replace('29日', '30日'), long.replace('29日', '28日')];
    expect(parseText(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe("rinse's own Markdown", () => {
  it('keeps a caret before a figure: only a text browser prints <sup> with one (found by the round-trip property)', () => {
    for (const text of ['^^0\n', 'Headline of the story here\n\nThe score was 2^10 to 3, the report said on Monday morning.\n']) {
      const article = rinse(text);
      const again = rinse(renderMarkdown(article));
      expect(again.body).toBe(article.body);
    }
  });
});
