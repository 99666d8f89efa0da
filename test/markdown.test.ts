/** Markdown dumps (crawlers' output: Firecrawl, Jina Reader, crawl4ai, html2text, pandoc) → blocks → articles. */
import { describe, expect, it } from 'vitest';
import { parseText, rinse } from '../src/index.js';
import { parseTextDocument } from '../src/parse/text.js';

const E1 =
  'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
const E2 =
  'The plan, which will cost an estimated $62 million over six years, includes walking trails, a playground, community gardens and a restored section of the creek that once ran through the site.';
const HE = 'City council approves plan for a new park';

/** A crawler's Markdown of a news page: its menus and links as much as its article. */
const PAGE = [
  '[![The Valley Courier](/logo.png)](/) [Subscribe](/subscribe) [Sign in](/login)',
  '',
  '[Home](/) | [News](/news) | [Business](/business) | [Sport](/sport)',
  '',
  `# ${HE}`,
  '',
  'By [Jordan Alvarez](/staff/jalvarez) · November 20, 2026',
  '',
  '![A crowd at the council chamber](/img/council.jpg)',
  '',
  // html2text wraps paragraphs at 78 columns.
  'The city council voted on Tuesday night to convert the abandoned rail yard into a',
  'public park, ending a decade-long debate over the future of one of the largest',
  'vacant parcels in the city.',
  '',
  '## Opposition over **cost**',
  '',
  E2,
  '',
  '**Read more:** [Bus fares to rise by 5% in April](/x)',
  '',
  '## Related',
  '',
  '  * [Five things to do this weekend](/a/1)',
  '  * [Eagles advance to state semifinal](/a/2)',
  '',
  '© 2026 The Valley Courier. All rights reserved.',
].join('\n');

describe('Markdown dumps', () => {
  it('a crawler\'s page: the menus, link lists and notices go; headline, byline, sections and paragraphs come out as from its HTML', () => {
    const a = rinse(PAGE, { explain: true });
    expect(a.source.format).toBe('markdown');
    expect(a.headline).toBe(HE);
    expect(a.meta).toMatchObject({ author: 'Jordan Alvarez', published: 'November 20, 2026' });
    expect(a.sections).toEqual([
      { heading: null, blocks: [{ kind: 'paragraph', text: E1 }] },
      { heading: 'Opposition over cost', blocks: [{ kind: 'paragraph', text: E2 }] },
    ]);
    // No image's alt text, no link address, no emphasis mark.
    expect(JSON.stringify(a.sections)).not.toMatch(/crowd|\]\(|\*\*/);
  });

  it('is told from a text dump by its marked headings and its links with their addresses', () => {
    expect(parseTextDocument(PAGE).headline).toBe(HE);
    // A dump with a line that opens with "#" and no links is a text dump.
    const dump = `${HE}\n\n# 1 on the list was the creek, residents said.\n\n${E1}\n\n${E2}`;
    expect(parseTextDocument(dump).headline).toBeUndefined();
    expect(parseText(dump).map((b) => b.text)).toContain('# 1 on the list was the creek, residents said.');
    // A tutorial's code with its comments, in a w3m dump, is no Markdown either.
    const code = `${HE}\n\n${E1}\n\n# install the tools\nnpm install rinse\n# clean a folder\nnpx rinse dumps -o out\n\n${E2}`;
    expect(parseTextDocument(code).crawled).toBeUndefined();
  });

  it('links give their text, images nothing (an image inside a link included); emphasis, code, escapes, tags and entities give their text', () => {
    const md = [
      '# Title',
      '',
      '## Notes',
      '',
      'See [the plan](https://example.com/plan "The plan") and [![x](/x.png)](/x) the `park_map()` call, **bold**, *it*, _em_, snake_case stays, 5 \\* 3, <span class="a">tagged</span>, A &amp; B, <https://example.com>.',
      '',
      'A reference [link][1] and ![an image][2].',
      '',
      '[1]: https://example.com/',
      '[2]: /img.png',
    ].join('\n');
    const blocks = parseText(md);
    expect(blocks.map((b) => b.text)).toEqual([
      'Title',
      'Notes',
      'See the plan and the park_map() call, bold, it, em, snake_case stays, 5 * 3, tagged , A & B, https://example.com.',
      'A reference link and .',
    ]);
    expect(blocks[2]?.links).toBe(2);
  });

  it('headings (ATX and underlined), lists with their continuation lines, quotes by paragraph, tables, code and rules are blocks of their kinds', () => {
    const md = [
      'Title',
      '=====',
      '',
      'Section',
      '-------',
      '',
      '3. third, wrapped',
      '   onto a second line',
      '4. fourth',
      '',
      '> A quote that runs',
      '> on two lines.',
      '>',
      '> — Its author',
      '',
      '| City | Riders |',
      '|------|-------:|',
      '| Lyon | 1,200 |',
      '',
      '```',
      'let x = 1;',
      '```',
      '',
      '* * *',
      '',
      '[Read more](/more) about [it](/it).',
    ].join('\n');
    const blocks = parseText(md);
    expect(blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['heading', 1, 'Title'],
      ['heading', 2, 'Section'],
      ['list', null, 'third, wrapped onto a second line\nfourth'],
      ['quote', null, 'A quote that runs on two lines.'],
      ['quote', null, '— Its author'],
      ['table', null, 'City\tRiders\nLyon\t1,200'],
      ['code', null, 'let x = 1;'],
      ['paragraph', null, 'Read more about it.'],
    ]);
    expect(blocks[2]).toMatchObject({ ordered: true, start: 3, items: ['third, wrapped onto a second line', 'fourth'] });
  });

  it('a paragraph\'s hard breaks part it into lines of one group; a word broken after its hyphen is joined whole', () => {
    const md = ['# Title', '', '## A', '', 'Le Journal du Soir avec AFP  ', 'Publié le 24 novembre 2026\\', 'Lecture 3 min.', '', 'nesta segunda-', 'feira, a cidade.'].join('\n');
    const blocks = parseText(md);
    expect(blocks.slice(2).map((b) => [b.kind, b.text, b.origin.group])).toEqual([
      ['line', 'Le Journal du Soir avec AFP', 2],
      ['line', 'Publié le 24 novembre 2026', 2],
      ['line', 'Lecture 3 min.', 2],
      ['paragraph', 'nesta segunda-feira, a cidade.', 3],
    ]);
  });

  it('the one "# " heading is the headline; a blog\'s name as a link over every page is not; of several, the first that text follows', () => {
    const body = `\n\n## Section\n\n${E1}\n\n${E2}\n\n[a](/a) [b](/b)`;
    expect(parseTextDocument(`# ${HE}${body}`).headline).toBe(HE);
    expect(parseTextDocument(`# [The Valley Blog](/)\n\n### ${HE}${body}`).headline).toBeUndefined();
    expect(parseTextDocument(`# [The Valley Blog](https://blog.example/)\n\n### ${HE}${body}`).headline).toBeUndefined();
    // A title linked to its own article is the title.
    expect(parseTextDocument(`# [${HE}](https://courier.example/2026/11/park/)${body}`).headline).toBe(HE);
    // Of several, the first that text follows: a theme sets its widgets' titles in <h1> too.
    expect(parseTextDocument(`# ${HE}${body}\n\n# Most read\n\n* [a](/a)`).headline).toBe(HE);
    expect(parseTextDocument(`# Menu\n\n* [a](/a)\n\n# ${HE}${body}`).headline).toBe(HE);
  });

  it('Jina Reader\'s header gives the headline, the address and the time, and is no part of the page', () => {
    const header = `Title: ${HE}\n\nURL Source: https://courier.example/news/park\n\nPublished Time: 2026-11-20T18:12:00Z\n\nMarkdown Content:\n`;
    const page = `${header}[Home](/) | [News](/news)\n\n${HE}\n${'='.repeat(HE.length)}\n\n${E1}\n\n${E2}\n`;
    const a = rinse(page, { explain: true });
    expect(a.headline).toBe(HE);
    expect(a.meta).toMatchObject({ url: 'https://courier.example/news/park', published: '2026-11-20T18:12:00Z' });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(JSON.stringify(a.removed)).not.toContain('URL Source');
    // The same lines in a text dump, without "Markdown Content:", are its lines.
    const dump = `Title: ${HE}\n\nURL Source: https://courier.example/news/park\n\n${E1}\n\n${E2}`;
    expect(parseTextDocument(dump).meta).toBeUndefined();
  });

  it('--input-format markdown reads a dump as Markdown that would not be found to be one; a text dump stays "text"', () => {
    const md = `**${HE}**\n\n${E1} See the [plan](https://example.com/plan).\n\n${E2}`;
    expect(rinse(md).source.format).toBe('text');
    const a = rinse(md, { inputFormat: 'markdown' });
    expect(a.source.format).toBe('markdown');
    expect(a.body).toContain('See the plan.');
    expect(rinse(`${HE}\n\n${E1}\n\n${E2}`).source.format).toBe('text');
  });

  it('a fence that nothing closes is a stray line, not the rest of the page as code; a line with a "|" after a table of "| rows |" is no row (found by the property test)', () => {
    const md = `# Title\n\n## A\n\n\`\`\`\n${E1}\n\n| a | b |\n|---|---|\n| 1 | 2 |\nSee [![a|b](/i.png)](/x) [the plan](/plan).`;
    const blocks = parseText(md);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'table', 'paragraph']);
    expect(blocks[2]?.text).toBe(E1);
    expect(blocks[4]?.text).toBe('See the plan.');
  });

  it('a table whose header html2text wrapped over lines is one table; a table of links (teasers in cells) is lines, not data', () => {
    const md = `# Title\n\n## A\n\n**Pos.** | **Driver** | **Points** |\n**Wins**\n---|---|---|---\n1 | Kyle Busch | 5040 | 5\n2 | Martin Truex Jr. | 5035 | 7\n\n| [![a](/a.jpg)](/news/1) | [Council votes on the park](/news/1) |\n|---|---|\n| [![b](/b.jpg)](/news/2) | [Bus fares rise in April](/news/2) |`;
    const blocks = parseText(md);
    expect(blocks[2]).toMatchObject({ kind: 'table', rows: [['Pos.', 'Driver', 'Points', 'Wins'], ['1', 'Kyle Busch', '5040', '5'], ['2', 'Martin Truex Jr.', '5035', '7']] });
    expect(blocks.slice(3).map((b) => [b.kind, b.text])).toEqual([
      ['line', 'Council votes on the park'],
      ['line', 'Bus fares rise in April'],
    ]);
  });

  it('many links with their addresses make a dump Markdown without a heading; html2text\'s wrapped title is one heading', () => {
    const links = Array.from({ length: 8 }, (_, k) => `[Section ${k}](/s/${k})`).join(' | ');
    const md = `${links}\n\n**${HE}**\n\n${E1}\n\n${E2}`;
    expect(parseTextDocument(md).crawled).toBe(true);
    const title = '‘He died in my hands’: 3 pro-Morales demonstrators killed in clashes with';
    const wrapped = `${links}\n\n# ${title}\nBolivia’s police & soldiers near barricaded fuel plant\n\n${E1}`;
    expect(parseTextDocument(wrapped).headline).toBe(`${title} Bolivia’s police & soldiers near barricaded fuel plant`);
    // A short heading with a line under it is not wrapped: that line is a paragraph.
    expect(parseText(`${links}\n\n# ${HE}\nBy Jane Doe\n\n${E1}`).map((b) => b.text).slice(1, 3)).toEqual([HE, 'By Jane Doe']);
  });

  it('of several "# " headings, one over a list that is no menu (a calendar\'s stages) is the title', () => {
    const md = `# Stock Car calendar 2018\n\n1. March 10 – Interlagos\n2. April 8 – Curitiba\n\n# » Columns\n\n${E1}\n\n[a](/a) [b](/b)`;
    expect(parseTextDocument(md).headline).toBe('Stock Car calendar 2018');
  });

  it('a site\'s name set as the one "# " heading over long menus is no headline; a "|" inside a link parts no cell (found by the property test)', () => {
    const menu = (n: number): string => Array.from({ length: 6 }, (_, k) => `  * [Section ${n}.${k}](/s/${k})`).join('\n');
    const md = `# India Post\n\n${[1, 2, 3, 4, 5, 6].map(menu).join('\n\nMore\n\n')}\n\n## ${HE}\n\n${E1}\n\n${E2}`;
    expect(parseTextDocument(md).headline).toBeUndefined();
    expect(rinse(md).headline).toBe(HE);
    const table = parseText('# T\n\n## A\n\n| a | [b|c](/x) |\n|---|---|\n| 1 | 2 |');
    expect(table[2]).toMatchObject({ kind: 'table', rows: [['a', 'b|c'], ['1', '2']] });
  });
});
