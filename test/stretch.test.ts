/** The signals that tell article text from page text in a dump, each with both cases. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPhrases, rinse, type Block } from '../src/index.js';
import { judge, mainStretch, type Judgement } from '../src/structure/stretch.js';

const para = (text: string, extra: Partial<Block> = {}): Block => ({ kind: 'paragraph', text, origin: {}, ...extra });
const list = (items: string[], extra: Partial<Block> = {}): Block => ({ kind: 'list', text: items.join('\n'), items, origin: {}, ...extra });
const j = (b: Block): Judgement => judge(b, defaultPhrases);

const EN = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
const AR = 'أطلقت وزارة الصحة اليوم حملة وطنية واسعة للتطعيم ضد الإنفلونزا الموسمية تستهدف أكثر من ثلاثة ملايين مواطن ومقيم في مختلف المناطق، وذلك ضمن خطتها السنوية للوقاية من الأمراض التنفسية.';
const FR = "Les ventes de vélos à assistance électrique ont progressé de 23 % en un an dans la métropole de Lyon, selon les chiffres publiés ce lundi par l'observatoire régional des mobilités.";

describe('signals', () => {
  it('one short whole sentence is (weak) article text; a teaser ending in "…" or a title without a stop is not', () => {
    // Arabic writes many function words as prefixes: its sentences have fewer stop words.
    const arabic = ['وأضاف أن اللقاحات متوفرة مجاناً في جميع المراكز الصحية والمستشفيات الحكومية.', 'أطلقت وزارة الصحة اليوم حملة وطنية واسعة للتطعيم ضد الإنفلونزا الموسمية تستهدف أكثر من ثلاثة ملايين مواطن ومقيم في مختلف المناطق.'];
    for (const t of ['The blaze broke out on Tuesday night.', 'The cat is now recovering at a local vet.', '"I just ran in," said the man, 34.', ...arabic]) {
      const v = j(para(t));
      expect(v.cls, t).toBe('near');
      expect(v.value, t).toBeGreaterThan(0);
    }
    for (const t of ['The blaze broke out on Tuesday night and…', 'Man rescues cat from burning building', 'Celebrity spotted at the local supermarket']) expect(j(para(t)).value, t).toBeLessThan(0);
  });

  it('length and stop words: prose in several languages is article text', () => {
    for (const t of [EN, AR, FR]) expect(j(para(t)).cls).toBe('good');
  });

  it('length and stop words: a long run of names and links without stop words is not', () => {
    const names = 'Barrons BigCharts DJX Factiva Mansion Global MarketWatch NewsPlus Risk Compliance WSJ Pro WSJ Video Storyful Unruly Harper Collins Makaan PropTiger REA Checkout51 Housing';
    expect(j(para(names)).cls).toBe('bad');
  });

  it('sentence punctuation (Latin and Arabic ، ؛ ؟): a short sentence is prose, a short label is not', () => {
    expect(j(para('وقال الوزير إن الحملة ستستمر حتى نهاية فبراير، وإن اللقاحات متوفرة مجاناً للجميع.')).cls).toBe('near');
    expect(j(para('آخر الأخبار المحلية والدولية')).cls).toBe('short');
  });

  it('a table of figures counts for the article it stands in; a grid of words counts for nothing', () => {
    const table = (rows: string[][]): Block => ({ kind: 'table', text: rows.map((r) => r.join('\t')).join('\n'), rows, origin: {} });
    const figures = j(table([['Pos.', 'Driver', 'Points'], ['1', 'Kyle Busch', '5040'], ['2', 'Martin Truex Jr.', '5035'], ['3', 'Kevin Harvick', '5033']]));
    expect(figures).toMatchObject({ cls: 'near', list: true });
    expect(figures.value).toBeGreaterThan(0);
    const words = j(table([['About us', 'Contact', 'Careers'], ['Privacy', 'Terms', 'Cookies'], ['Advertise', 'Newsletter', 'Archive']]));
    expect(words.cls).toBe('short');
    expect(words.value).toBe(0);
  });

  it('runs of short items are menus; a list of sentences is not', () => {
    expect(j(list(['Home', 'News', 'Politics', 'Sports', 'Weather'])).cls).toBe('bad');
    expect(j(list([EN, EN.replace('Tuesday', 'Monday')])).cls).toBe('near');
  });

  it('link markers (lynx): a line of links is boilerplate, prose with a link is not', () => {
    expect(j(para('Subscribe Sign In Home News Politics Business', { links: 6 })).cls).toBe('bad');
    expect(j(para(EN, { links: 1 })).cls).toBe('good');
  });

  it('packed lines (teasers with their dates) weigh less than paragraphs of their own', () => {
    expect(j(para(EN, { kind: 'line' })).value).toBeLessThan(j(para(EN)).value);
  });

  it('CJK text without spaces is judged by its length and sentence marks', () => {
    const ja = '東京都は火曜日、旧鉄道操車場を公園に転換する計画を承認した。この計画には遊歩道や遊び場、地域の菜園が含まれており、完成までに六年かかる見込みだと当局者は述べた。';
    expect(j(para(ja)).cls).toBe('good');
    expect(j(para('ホーム ニュース')).cls).toBe('short');
  });
});

describe('the main stretch', () => {
  const judged = (blocks: Block[]): Judgement[] => blocks.map(j);

  it('is the one continuous run of prose, short article lines inside it kept', () => {
    const blocks = [list(['Home', 'News', 'Sports']), para('Menu'), para(EN), para('Opposition over cost'), para(EN), para(EN), list(['About', 'Contact', 'Privacy'])];
    expect(mainStretch(judged(blocks))).toEqual({ start: 2, end: 6 });
  });

  it('ends at a wide gap after which much less prose follows (teasers, comments)', () => {
    const blocks = [para(EN), para(EN), para(EN), para(EN), para('Top Video'), para('Most watched'), para('Weather'), para('Anchor'), para(EN.slice(0, 120) + '.')];
    expect(mainStretch(judged(blocks))).toEqual({ start: 0, end: 4 });
  });
});

describe('the main stretch of a listicle', () => {
  const judged = (blocks: Block[]): Judgement[] => blocks.map(j);
  const weak = 'Sonos speakers have long been some of the best home speakers you can buy, and the Move takes that sound anywhere you go on a single charge.';
  const card = (name: string): Block[] => [para(name), para(`${name} Move for $400`), list(['See it now: Amazon'])];

  it('goes on over a weaker item when a stronger one follows it', () => {
    const blocks = [para(EN), para(EN), para(EN), ...card('Sonos'), para(weak), ...card('Ring'), para(EN)];
    expect(j(para(weak)).value).toBeLessThan(3 * j(para(EN)).value * 0.3);
    expect(mainStretch(judged(blocks))).toEqual({ start: 0, end: blocks.length });
  });

  it('still ends before a weaker item that nothing stronger follows', () => {
    const blocks = [para(EN), para(EN), para(EN), ...card('Sonos'), para(weak), ...card('Ring')];
    expect(mainStretch(judged(blocks))).toEqual({ start: 0, end: 3 });
  });
});

describe('the main stretch cut by a call to action', () => {
  const judged = (blocks: Block[]): Judgement[] => blocks.map(j);
  const weak = 'As we go through each stage of the plan, I want you to identify areas of opportunity for your business.';
  const cta = [para('GET THE QUIZ: INSTANT DOWNLOAD!'), para('Click the link above so you can:'), para('Download it here so you can apply this:'), para('GET THE QUIZ: INSTANT DOWNLOAD!')];
  const headings = [para('Let’s get started.'), para('The four simple stages of the plan'), para('The Plan Stage: Think and dream')];

  it('goes on over a short stretch between two gaps when what follows it weighs half as much as the article before', () => {
    // The short stretch (one paragraph between the call to action and three headings) weighs
    // little; it and the two paragraphs after it make the article's second half.
    const blocks = [para(EN), para(EN), para(EN), para(EN), ...cta, para(weak), ...headings, para(EN), para(EN)];
    expect(mainStretch(judged(blocks))).toEqual({ start: 0, end: blocks.length });
  });

  it('still ends at the call to action when little follows the short stretch (a teaser and its excerpt)', () => {
    const blocks = [para(EN), para(EN), para(EN), para(EN), ...cta, para(weak), ...headings, para(EN)];
    expect(mainStretch(judged(blocks))).toEqual({ start: 0, end: 4 });
  });
});

describe('in the pipeline', () => {
  it('removes boilerplate islands and says by which signal (--explain)', () => {
    const dump = ['City council approves plan for a new park', EN, '  • Home\n  • News\n  • Politics\n  • Sports', EN.replace('Tuesday', 'Monday'), EN.replace('city', 'town')].join('\n\n');
    const a = rinse(dump, { explain: true });
    expect(a.body).not.toContain('Politics');
    const r = a.removed?.find((x) => x.text.includes('Politics'));
    expect(r?.reason).toMatch(/short items|navigation/);
  });

  it('keeps the article, drops the page: menus above, teasers and footer below', () => {
    const page = [
      '  • Home\n  • World\n  • Business\n  • Opinion',
      'Subscribe Sign In',
      'City council approves plan for a new park',
      EN,
      EN.replace('Tuesday', 'Monday'),
      'Opposition over cost',
      EN.replace('city', 'town'),
      'More Stories',
      'Power restored to most homes after overnight storm',
      'School board delays vote on new calendar',
      'Terms of Use Privacy Policy Contact Us',
    ].join('\n\n');
    const a = rinse(page);
    expect(a.headline).toBe('City council approves plan for a new park');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Opposition over cost']);
    expect(a.body).not.toMatch(/Power restored|School board|Terms of Use|Subscribe/);
  });
});

describe('a list without its bullets (copied page text)', () => {
  it('is one box between paragraphs: the article goes on after it (a page copied from a browser)', () => {
    // pl: the list between two paragraphs; hi: the list before a sub-heading.
    for (const name of ['pl-city-news', 'hi-delhi-pollution']) {
      const html = rinse(readFileSync(new URL(`./corpus/pages/${name}.html`, import.meta.url)));
      const copied = rinse(readFileSync(new URL(`../samples/${name}-copied.txt`, import.meta.url)));
      // The same text; the copy's list items are lines of their own, the page's a list.
      expect(copied.body.replace(/\n+/g, '\n'), name).toBe(html.body.replace(/\n+/g, '\n'));
    }
  });
  it('a widget\'s short labels one under the other still part the article from the author\'s bio', () => {
    const P4 = 'It is the largest investment in green space in the history of the city, the mayor said, and the residents have waited ten years for it.';
    const bio = 'Pulitzer Prize-winning journalist Jane Doe writes a daily blog about the city, and her column on housing and transport appears in the paper every Sunday.';
    const article = [EN, P4, EN.replace('Tuesday', 'Monday'), P4.replace('mayor', 'council leader')];
    const a = rinse(['City council approves plan for a new park', ...article, ['Business', 'Newsletter', 'Get our weekly newsletter', 'Jane Doe', 'Follow Us'].join('\n'), bio, 'More From the Chronicle'].join('\n\n'));
    expect(a.body).toBe(article.join('\n\n'));
  });
});
