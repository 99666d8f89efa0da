/** HTML: metadata, main-content choice, furniture pruning, structure, captions. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rinse } from '../src/index.js';
import { limitNesting } from '../src/parse/nesting.js';

const page = (name: string): Buffer => readFileSync(new URL(`./corpus/pages/${name}.html`, import.meta.url));
const P = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';

describe('HTML metadata', () => {
  it('reads JSON-LD NewsArticle, OpenGraph and <meta>', () => {
    const a = rinse(page('en-news'));
    expect(a.meta).toEqual({
      author: 'Jordan Alvarez',
      published: '2026-11-19T21:40:00-05:00',
      modified: '2026-11-20T18:12:00-05:00',
      siteName: 'Riverside Daily',
      url: 'https://riversidedaily.example/news/local/rail-yard-park',
      description: 'The council voted 7-2 to convert the Eastside rail yard into a 40-acre park.',
      section: 'Local',
      tags: ['parks', 'city council', 'Eastside'],
      image: 'https://riversidedaily.example/img/railyard.jpg',
    });
    expect(a.lang).toBe('en');
  });

  it('takes the visible byline and <time> when nothing is declared, and <html lang dir>', () => {
    const a = rinse(page('ar-tagdiv-full'));
    expect(a.meta.author).toBe('سارة المطيري');
    expect(a.meta.published).toBe('2026-11-28T09:30:00+03:00');
    expect(a.meta.url).toBe('https://alofoq.example/health/flu-campaign/');
    expect(a.lang).toBe('ar');
    expect(a.dir).toBe('rtl');
  });

  it('strips the site name from <title> when there is no h1', () => {
    const a = rinse(`<html><head><title>Parks plan approved | Riverside Daily</title></head><body><div><p>${P}</p><p>${P}</p></div></body></html>`);
    expect(a.headline).toBe('Parks plan approved');
  });
});

describe('HTML main content', () => {
  it('keeps the article and drops furniture marked by class, id or role', () => {
    const html = `<html><body>
      <div class="site-header"><a href="/">Home</a></div>
      <div id="main"><article class="post"><h1>Parks plan approved</h1>
        <div class="entry-content"><p>${P}</p><div class="td-a-rec"><img alt="spot_img" src="a.jpg"></div>
        <h2>Opposition over cost</h2><p>${P.replace('Tuesday', 'Monday')}</p>
        <ul><li>walking trails</li><li>a playground</li></ul>
        <div class="sharedaddy"><a>Facebook</a> <a>Twitter</a></div></div>
        <div class="td_block_related_posts"><h4>Related</h4><h3><a>Another story about the parks department budget</a></h3></div>
      </article><aside class="sidebar"><p>${P.replace('council', 'board')}</p></aside></div>
      <div id="comments" class="comments-area"><p>Great article, thanks for writing it, I agree with the council's decision completely.</p></div>
    </body></html>`;
    const a = rinse(html, { explain: true });
    expect(a.headline).toBe('Parks plan approved');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Opposition over cost']);
    expect(a.sections[1]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list']);
    expect(a.body).not.toMatch(/spot_img|Facebook|Another story|board|Great article/);
    const why = (needle: string): string | undefined => a.removed?.find((r) => r.rule === 'html-boilerplate' && r.text.includes(needle))?.reason;
    expect(why('Facebook')).toContain('sharedaddy');
    expect(why('Another story')).toContain('td_block_related_posts');
  });

  it('finds text that is not in <p> (loose text beside block children)', () => {
    // The date over the text is a line of its own (it had been glued to the paragraph), and the
    // two sentences differ (the same words twice read as alt text and title).
    const html = `<html><body><div class="news"><p class="title">Parks plan approved</p><small>05/10/2018</small><br>${P} ${P.replace('Tuesday', 'Monday')}</div><div class="footer">Contact us</div></body></html>`;
    const a = rinse(html);
    expect(a.body).toContain('decade-long debate');
    expect(a.body.startsWith('The council voted')).toBe(true);
    expect(a.meta.published).toBe('05/10/2018');
  });

  it('finds an article wrapped in a whole-page <form> (ASP.NET)', () => {
    const html = `<html><body><form id="aspnetForm"><div class="nav"><a>Home</a></div><div class="story"><p>${P}</p><p>${P}</p></div></form></body></html>`;
    expect(rinse(html).body).toBe(`${P}\n\n${P}`);
  });

  it('keeps tables, code and quotes; keeps figure captions out of the body', () => {
    const html = `<html><body><article><h1>Parks plan approved</h1><p>${P}</p>
      <figure><img src="x.jpg" alt="The yard"><figcaption>The rail yard in 2019.</figcaption></figure>
      <table><tr><th>Phase</th><th>Cost</th></tr><tr><td>1</td><td>$20m</td></tr></table>
      <blockquote><p>This is the biggest investment in green space this city has made in fifty years.</p></blockquote>
      <pre>phase = 1</pre><p>${P}</p></article></body></html>`;
    const a = rinse(html);
    const kinds = a.sections.flatMap((s) => s.blocks.map((b) => b.kind));
    expect(kinds).toEqual(['paragraph', 'table', 'quote', 'code', 'paragraph']);
    expect(a.sections[0]?.blocks[1]).toEqual({ kind: 'table', rows: [['Phase', 'Cost'], ['1', '$20m']] });
    expect(a.body).not.toContain('The rail yard in 2019');
  });

  it('does not overflow on 200,000 nested elements', () => {
    const depth = 200_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${P}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(rinse(html).body).toBe(P);
  });
});

describe('nesting limit', () => {
  const deep = (n: number, inner = 'x') => `${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}`;

  it('leaves pages within the limit untouched', () => {
    const page = `<html><body>${deep(40, '<p>text<br/><img src="a.png"><input></p>')}</body></html>`;
    expect(limitNesting(page, 50)).toBe(page);
  });

  it('drops the tags past the limit and keeps their text', () => {
    const out = limitNesting(deep(60, 'deep text'), 50);
    expect(out).not.toBe(deep(60, 'deep text'));
    expect(out).toContain('deep text');
    expect((out.match(/<div>/g) ?? []).length).toBe(50);
  });

  it('does not count void, self-closing, raw-text or commented tags', () => {
    const noise = `${'<br>'.repeat(100)}${'<span/>'.repeat(100)}<script>${'<div>'.repeat(100)}</script><!--${'<div>'.repeat(100)}-->`;
    const page = deep(40, noise);
    expect(limitNesting(page, 50)).toBe(page);
    // …while real nesting past the limit is still found behind them.
    expect(limitNesting(deep(40, noise + deep(20)), 50)).not.toBe(deep(40, noise + deep(20)));
  });
});

describe('deep pages', () => {
  const para = (i: number) => `Paragraph number ${i} of the article says something long enough to be kept, with a comma, and a full stop.`;

  it('a page nested past the limit keeps its text', () => {
    const page = `<html><body><article>${'<div>'.repeat(3000)}<p>${para(1)}</p>${'</div>'.repeat(3000)}<p>${para(2)}</p></article></body></html>`;
    const body = rinse(page, { inputFormat: 'html' }).body;
    expect(body).toContain(para(1));
    expect(body).toContain(para(2));
  });

  it('thousands of unclosed <p> are paragraphs, not nesting: none is merged', () => {
    const page = `<html><body><article>${Array.from({ length: 1500 }, (_, i) => `<p>${para(i)}`).join('\n')}</article></body></html>`;
    const article = rinse(page, { inputFormat: 'html' });
    expect(article.body.split('\n\n')).toHaveLength(1500);
  });
});

describe('HTML fragments', () => {
  const para = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said.';

  it('an article saved without <html> or <body> is read like a page', () => {
    const article = rinse(`<div class="entry-content"><h1>Park plan approved</h1><p>${para}</p><h2>What comes next</h2><p>${para.replace('Tuesday', 'Monday')}</p></div>`, { inputFormat: 'html' });
    expect(article.headline).toBe('Park plan approved');
    expect(article.body).toBe(`${para}\n\nWhat comes next\n\n${para.replace('Tuesday', 'Monday')}`);
  });

  it('top-level paragraphs of a fragment are kept, its furniture is not', () => {
    const article = rinse(`<p>${para}</p><p>${para.replace('Tuesday', 'Monday')}</p><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="share">Share on Facebook</div>`, { inputFormat: 'html' });
    expect(article.body).toBe(`${para}\n\n${para.replace('Tuesday', 'Monday')}`);
  });
});

describe('<br><br> as paragraph breaks', () => {
  const a = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said.';
  const b = 'Construction is expected to begin next spring, and the first section should open within two years.';
  const c = 'Residents who opposed the plan said they would keep pressing for more housing on the site.';

  it('splits running text at two or more <br>, in a <div> or in a <p>; one <br> is a space', () => {
    for (const wrap of [(t: string) => `<div class="story">${t}</div>`, (t: string) => `<p>${t}</p>`]) {
      const page = `<html><body><article>${wrap(`${a}<br>\n<br>${b}<br><br><br>${c.replace('said', 'said<br>')}`)}</article></body></html>`;
      expect(rinse(page, { inputFormat: 'html' }).body).toBe(`${a}\n\n${b}\n\n${c}`);
    }
  });

  it('loose text broken by single <br>s: a short title over its date are lines of their own (a page laid out with <font> and <br>)', () => {
    const p1 = 'افتتح محافظ المدينة صباح اليوم المكتبة العامة الجديدة في حي الزهور، وهي أكبر مكتبة عامة في المنطقة وتضم أكثر من مئة ألف كتاب.';
    const p2 = 'وتضم المكتبة قاعات للقراءة وركنا خاصا بالأطفال وقاعة للمحاضرات تتسع لمئتي شخص، إضافة إلى مختبر للحاسوب مفتوح مجانا أمام الطلاب.';
    const page = `<html><body><div id="content"><font size="5"><b>افتتاح مكتبة عامة جديدة في المدينة</b></font><br><font color="gray">الأحد 29 نوفمبر 2026</font><br><br>${p1}<br><br>${p2}<br><br></div></body></html>`;
    const a = rinse(page, { inputFormat: 'html' });
    expect(a.headline).toBe('افتتاح مكتبة عامة جديدة في المدينة');
    expect(a.meta.published).toBe('الأحد 29 نوفمبر 2026');
    expect(a.body).toBe(`${p1}\n\n${p2}`);
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
  });

  it('line breaks of the HTML source are not paragraph breaks', () => {
    const page = `<html><body><article><div class="story">${a}\n\n${b}</div></article></body></html>`;
    expect(rinse(page, { inputFormat: 'html' }).body).toBe(`${a} ${b}`);
  });
});

describe('JSON-LD articleBody', () => {
  const a = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said.';
  const b = 'Construction is expected to begin next spring, and the first section should open within two years.';
  const page = (declared: string, shown: string) =>
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Park plan', articleBody: declared })}</script></head><body><div id="root">${shown}</div></body></html>`;

  it('is the article when the page shows next to nothing of it (script-rendered pages)', () => {
    expect(rinse(page(`${a}\n\n${b}`, 'Loading…'), { inputFormat: 'html' }).body).toBe(`${a}\n\n${b}`);
    expect(rinse(page(`<p>${a}</p><p>${b}</p>`, ''), { inputFormat: 'html' }).body).toBe(`${a}\n\n${b}`);
  });

  it('is not used when the page shows the article itself', () => {
    const shown = `<article><p>${a}</p><p>${b}</p></article>`;
    expect(rinse(page(`${a} ${b} And a third sentence that only the declared text has, to tell them apart.`, shown), { inputFormat: 'html' }).body).toBe(`${a}\n\n${b}`);
  });
});

describe('the site name is not the headline', () => {
  const a = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said on Wednesday morning.';
  const b = 'Construction is expected to begin next spring, and the first section should open within two years, the mayor added.';

  it('a logo in <h1> loses to the title without its site suffix', () => {
    const page = `<html><head><title>Park plan approved | Daily Gazette</title></head><body><h1 class="logo">Daily Gazette</h1><div class="post"><h2>Park plan approved</h2><p>${a}</p><p>${b}</p></div></body></html>`;
    const article = rinse(page, { inputFormat: 'html' });
    expect(article.headline).toBe('Park plan approved');
    expect(article.body).toBe(`${a}\n\n${b}`);
  });

  it('… and og:site_name names the site too', () => {
    const page = `<html><head><meta property="og:site_name" content="Daily Gazette"><meta property="og:title" content="Park plan approved"><title>Daily Gazette</title></head><body><h1>Daily Gazette</h1><article><p>${a}</p><p>${b}</p></article></body></html>`;
    expect(rinse(page, { inputFormat: 'html' }).headline).toBe('Park plan approved');
  });

  it('a page that offers nothing but the site name keeps it', () => {
    const page = `<html><head><meta property="og:site_name" content="Daily Gazette"><title>Daily Gazette</title></head><body><h1>Daily Gazette</h1><p>${a}</p></body></html>`;
    expect(rinse(page, { inputFormat: 'html' }).headline).toBe('Daily Gazette');
  });
});

describe('never-content elements inside text', () => {
  const P = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over its future.';
  it('a <script> (an inline ad), <style> or <noscript> inside a paragraph, heading or list item gives no text', () => {
    const html = `<html><body><article><h1>Park plan approved</h1>
      <p>${P}<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></p>
      <h2>What comes next<style>.x{color:red}</style></h2>
      <p>Work begins in spring.<noscript><img src="pixel.gif"></noscript> ${P}</p>
      <ul><li>Trails<script>track()</script></li><li>Gardens</li></ul></article></body></html>`;
    const a = rinse(html, { inputFormat: 'html' });
    expect(a.body).toContain(P);
    expect(a.body).toContain('What comes next');
    for (const junk of ['adsbygoogle', 'color:red', 'track()', 'pixel']) expect(a.body).not.toContain(junk);
  });
});

describe('an article cut into chunks around ads', () => {
  const para = (n: number): string => `Paragraph ${n} of the story: the council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate.`;
  const chunk = (from: number): string => `<div class="grid"><div class="article__body">${[0, 1, 2].map((k) => `<p>${para(from + k)}</p>`).join('')}</div><aside class="rail">Most popular</aside></div>`;

  it('every chunk with the body container\'s content class is part of the article, in order', () => {
    const html = `<html><body><main><h1>Park plan approved</h1><div class="chunks">${chunk(1)}<div class="ad ad--mid">Advertisement</div>${chunk(4)}<div class="ad">Advertisement</div>${chunk(7)}</div></main>
      <div class="related"><div class="teaser"><p>${para(99)}</p></div></div></body></html>`;
    const body = rinse(html, { inputFormat: 'html' }).body;
    expect(body).toBe(Array.from({ length: 9 }, (_, k) => para(k + 1)).join('\n\n'));
  });

  it('chunks need the content class: other blocks elsewhere on the page are not pulled in', () => {
    const html = `<html><body><main><h1>Park plan approved</h1><div class="story">${[1, 2, 3].map((k) => `<p>${para(k)}</p>`).join('')}</div></main>
      <div class="other"><div class="story-like">${[7, 8].map((k) => `<p>${para(k)}</p>`).join('')}</div></div></body></html>`;
    expect(rinse(html, { inputFormat: 'html' }).body).not.toContain('Paragraph 7');
  });
});

describe('paragraphs written as <div>s beside the article container', () => {
  it('a <div> with a paragraph of text and no block inside is kept; a short one is not', () => {
    const P = (n: number): string => `Paragraph ${n}: the council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over its future.`;
    // Link blocks between them (embedded "read more" lists) keep the section from being the container.
    const links = `<div class="el__embedded">${Array.from({ length: 12 }, (_, k) => `<a href="/s${k}">Read the full story number ${k} about the city budget and the harbour ferry fares</a>`).join(' ')}</div>`;
    const html = `<html><body><section class="body-text"><h1>Park plan approved</h1>
      <div class="zn-body__paragraph">${P(1)}</div>${links}
      <div class="zn-body__read-all">${[2, 3, 4].map((k) => `<p>${P(k)}</p>`).join('')}</div>${links}
      <div class="zn-body__paragraph">${P(5)}</div>
      <div class="endcard">Thanks for watching!</div></section></body></html>`;
    const body = rinse(html, { inputFormat: 'html' }).body;
    for (const k of [1, 2, 3, 4, 5]) expect(body).toContain(`Paragraph ${k}:`);
    expect(body).not.toContain('Thanks for watching');
  });
});

describe('microdata dates on page elements', () => {
  const a = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said on Wednesday morning.';
  it('itemprop="datePublished" / "dateModified" (text, content or datetime; hidden or not) give published and modified', () => {
    const page = `<html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Park plan approved</h1><p>${a}</p>
      <div style="display:none"><span itemprop="datePublished">2026-11-29T10:45:00+03:00</span><span itemprop="dateModified" content="2026-11-29T12:10:00+03:00">Sunday</span></div></article></body></html>`;
    const article = rinse(page, { inputFormat: 'html' });
    expect(article.meta.published).toBe('2026-11-29T10:45:00+03:00');
    expect(article.meta.modified).toBe('2026-11-29T12:10:00+03:00');
    expect(article.body).toBe(a);
  });

  it('a JSON-LD date wins over microdata', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Park plan approved', datePublished: '2026-11-28' });
    const page = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Park plan approved</h1><p>${a}</p><time itemprop="datePublished" datetime="2026-11-29">Sunday</time></article></body></html>`;
    expect(rinse(page, { inputFormat: 'html' }).meta.published).toBe('2026-11-28');
  });

  it('hAtom (Blogger, older WordPress): the date is the title of <abbr class="published|updated">, not its text', () => {
    const stamp = (attrs: string): string => `<html><body><div class="post hentry"><h3 class="post-title entry-title">Park plan approved</h3><div class="post-body entry-content"><p>${a}</p></div>
      <div class="post-footer">Posted by Jane Doe at <a class="timestamp-link" href="#" rel="bookmark"><abbr ${attrs}>10:30 AM</abbr></a></div></div></body></html>`;
    const plain = rinse(stamp('class="published" title="2026-11-29T10:30:00+03:00"'), { inputFormat: 'html' });
    expect(plain.meta.published).toBe('2026-11-29T10:30:00+03:00');
    expect(plain.body).toBe(a);
    expect(rinse(stamp('class="published" itemprop="datePublished" title="2026-11-29T10:30:00+03:00"'), { inputFormat: 'html' }).meta.published).toBe('2026-11-29T10:30:00+03:00');
    expect(rinse(stamp('class="updated" title="2026-11-30T08:00:00+03:00"'), { inputFormat: 'html' }).meta).toMatchObject({ modified: '2026-11-30T08:00:00+03:00' });
    // An <abbr> of another class, or a title without a figure, is no date.
    expect(rinse(stamp('class="initialism" title="Before Noon"'), { inputFormat: 'html' }).meta.published).toBeUndefined();
    expect(rinse(stamp('class="published" title="permanent link"'), { inputFormat: 'html' }).meta.published).toBeUndefined();
  });
});

describe('the visible byline in document order', () => {
  const a = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said on Wednesday morning.';
  it('the byline nearest the top wins, and a byline element holding another is read whole', () => {
    const page = `<html><body><article><h1>Park plan approved</h1><div class="byline">By <span class="author">Jane Doe</span></div><p>${a}</p>
      <footer><div class="author-box"><span class="author">Somebody Else</span></div></footer></article></body></html>`;
    expect(rinse(page, { inputFormat: 'html' }).meta.author).toBe('Jane Doe');
    const nested = `<html><body><article><h1>Park plan approved</h1><p class="byline"><a rel="author" href="/jd">Jane Doe</a> and <a rel="author" href="/js">John Smith</a></p><p>${a}</p></article></body></html>`;
    expect(rinse(nested, { inputFormat: 'html' }).meta.author).toBe('Jane Doe and John Smith');
  });

  it("leaves out the marker before the name and the theme's separator after it", () => {
    const page = `<html><body><article><h1>Park plan approved</h1><div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="/a">خالد المنصوري</a><div class="td-author-line"> - </div></div><p>${a}</p></article></body></html>`;
    expect(rinse(page, { inputFormat: 'html' }).meta.author).toBe('خالد المنصوري');
  });

  it('knows a BEM byline element ("read__author", "article__byline--wide") and leaves out its label ("Penulis:")', () => {
    const bem = (cls: string, text: string): string => `<html><body><div class="read__info"><span class="${cls}">${text}</span> | <span class="read__editor">Editor: Rina Wulandari</span></div><article><h1>Park plan approved</h1><p>${a}</p></article></body></html>`;
    expect(rinse(bem('read__author', 'Penulis: Dimas Prasetyo'), { inputFormat: 'html' }).meta.author).toBe('Dimas Prasetyo');
    expect(rinse(bem('article__byline--wide', 'Author: Jane Doe'), { inputFormat: 'html' }).meta.author).toBe('Jane Doe');
    // A BEM element that is no byline ("read__title") names no author.
    expect(rinse(bem('read__title', 'Dimas Prasetyo'), { inputFormat: 'html' }).meta.author).toBeUndefined();
  });
});

describe('a table of contents in the page', () => {
  // An article of some length: a page with little text is read again pruning only what is surely furniture.
  const a = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said on Wednesday morning, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
  const b = 'Work on the park is set to begin next spring, and the first section should open to the public by the end of 2027, with walking trails, a playground and community gardens along a restored stretch of the creek.';
  it('goes whole, its title with it (Easy Table of Contents, Table of Contents Plus, a plain one)', () => {
    const boxes = [
      '<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#">Toggle</a></span></div><nav><ul class="ez-toc-list"><li><a href="#the-vote">The vote</a></li><li><a href="#what-comes-next">What comes next</a></li></ul></nav></div>',
      '<div id="toc_container" class="no_bullets"><p class="toc_title">Contents</p><ul class="toc_list"><li><a href="#the-vote">The vote</a></li><li><a href="#what-comes-next">What comes next</a></li></ul></div>',
      '<div class="table-of-contents"><p>Contents</p><ol><li><a href="#the-vote">The vote</a></li><li><a href="#what-comes-next">What comes next</a></li></ol></div>',
    ];
    for (const box of boxes) {
      const page = `<html><body><article><h1>Park plan approved</h1><div class="entry-content"><p>${a}</p>${box}<h2 id="the-vote">The vote</h2><p>${b}</p><h2 id="what-comes-next">What comes next</h2><p>${a}</p></div></article></body></html>`;
      const article = rinse(page, { inputFormat: 'html' });
      expect(article.sections.map((s) => s.heading), box).toEqual([null, 'The vote', 'What comes next']);
      expect(article.body, box).toBe([a, 'The vote', b, 'What comes next', a].join('\n\n'));
    }
  });
});

describe('the date shown under the headline', () => {
  const a = 'The council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said on Wednesday morning, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
  const b = 'Work on the park is set to begin next spring, and the first section should open to the public by the end of 2027, with walking trails, a playground and community gardens along a restored stretch of the creek.';
  const page = (top: string, under: string, head = ''): string =>
    `<html><head>${head}</head><body><div class="top-bar"><span class="date">${top}</span></div><div class="article-page"><h1>Park plan approved</h1><div class="post-date">${under}</div><div class="article-text"><p>${a}</p><p>${b}</p></div></div></body></html>`;
  it('is meta.published when the page declares none; a top bar\'s date (today\'s, above the headline) is not', () => {
    expect(rinse(page('Monday, 30 November 2026', 'Sunday, 29 November 2026 10:45'), { inputFormat: 'html' }).meta.published).toBe('Sunday, 29 November 2026 10:45');
    expect(rinse(page('الاثنين، 30 نوفمبر 2026', 'الأحد، 29 نوفمبر 2026 10:45 ص'), { inputFormat: 'html' }).meta.published).toBe('الأحد، 29 نوفمبر 2026 10:45 ص');
    // A label before the date goes, as in a text dump's date line.
    expect(rinse(page('Monday, 30 November 2026', 'Published: 29 November 2026'), { inputFormat: 'html' }).meta.published).toBe('29 November 2026');
  });
  it('is not taken when it reads as no date, or when the page declares one', () => {
    expect(rinse(page('Monday, 30 November 2026', 'Updated daily by the parks desk'), { inputFormat: 'html' }).meta.published).toBeUndefined();
    expect(rinse(page('', ''), { inputFormat: 'html' }).meta.published).toBeUndefined();
    const declared = '<meta property="article:published_time" content="2026-11-28T08:00:00Z">';
    expect(rinse(page('Monday, 30 November 2026', 'Sunday, 29 November 2026 10:45', declared), { inputFormat: 'html' }).meta.published).toBe('2026-11-28T08:00:00Z');
  });
});

describe('the meta line shown under the headline', () => {
  const a = 'L’automne est sans doute la plus belle saison pour découvrir le Vercors : les hêtres prennent des couleurs dorées, les sentiers sont moins fréquentés et la lumière rasante sublime les falaises du massif.';
  const b = 'Depuis le parking de la Molière, un sentier facile mène en une heure au belvédère, d’où l’on aperçoit par temps clair le Mont-Blanc et toute la chaîne de Belledonne, au-delà de la vallée.';
  const page = (meta: string, head = ''): string =>
    `<html><head>${head}</head><body><article><h1>Les plus beaux sentiers du Vercors</h1><div class="entry-meta">${meta}</div><div class="entry-content"><p>${a}</p><p>${b}</p></div></article></body></html>`;
  it('is read as a text dump\'s line: "Publié le … par … — 3 commentaires" gives the date and the author', () => {
    const article = rinse(page('Publié le 27 novembre 2026 par <a href="/author/claire">Claire Dubois</a> — <a href="#comments">3 commentaires</a>'), { inputFormat: 'html' });
    expect(article.meta).toMatchObject({ author: 'Claire Dubois', published: '27 novembre 2026' });
    expect(article.body).toBe(`${a}\n\n${b}`);
  });
  it('fills only what the page did not declare, and a line that tells nothing gives nothing', () => {
    const declared = '<meta name="author" content="Équipe Carnets"><meta property="article:published_time" content="2026-11-26">';
    expect(rinse(page('Publié le 27 novembre 2026 par Claire Dubois', declared), { inputFormat: 'html' }).meta).toMatchObject({ author: 'Équipe Carnets', published: '2026-11-26' });
    const none = rinse(page('Lecture facile, à partager'), { inputFormat: 'html' }).meta;
    expect(none.author).toBeUndefined();
    expect(none.published).toBeUndefined();
  });
});

describe('a standfirst over a meta line that holds the byline', () => {
  const summary = 'The council voted 7-2 to turn the Eastside rail yard into a forty-acre park, ending a decade of debate.';
  const b = 'The plan, which will cost an estimated $62 million over six years, includes walking trails, a playground, community gardens and a restored section of the creek that once ran through the site.';
  const page = (meta: string): string =>
    `<html><body><main><article><h1>Council approves rail yard park</h1><p class="summary">${summary}</p>${meta}<div class="story-content"><p>${P}</p><p>${b}</p></div></article></main></body></html>`;
  it('is the description when the line left out holds the author or the date ("<div class=row><span class=author>…")', () => {
    for (const meta of ['<div class="row"><span class="author">By Dana Whitfield</span> <span class="date">30 November 2026</span></div>', '<div class="row"><time datetime="2026-11-30">30 November 2026</time></div>']) {
      const article = rinse(page(meta), { inputFormat: 'html' });
      expect(article.meta.description, meta).toBe(summary);
      expect(article.body, meta).toBe(`${P}\n\n${b}`);
    }
  });
  it('is text when no byline or date stands under it', () => {
    const article = rinse(page('<div class="row"><span class="views">1,204 views</span></div>'), { inputFormat: 'html' });
    expect(article.meta.description).toBeUndefined();
    expect(article.body).toBe(`${summary}\n\n${P}\n\n${b}`);
  });
});

describe('the byline marker before the author\'s name, in any language', () => {
  const body = `<div class="entry-content"><p>${P}</p></div>`;
  const page = (head: string, byline = ''): string => `<html><head>${head}</head><body><article><h1>Council approves rail yard park</h1>${byline}${body}</article></body></html>`;
  it('is taken off the byline element and the metadata ("מאת נועה לוי", "By GREG BEACHAM, AP Sports Writer", "Analysis by …")', () => {
    expect(rinse(page('', '<div class="byline">מאת נועה לוי</div>'), { inputFormat: 'html' }).meta.author).toBe('נועה לוי');
    expect(rinse(page('<meta name="author" content="By GREG BEACHAM, AP Sports Writer">'), { inputFormat: 'html' }).meta.author).toBe('GREG BEACHAM, AP Sports Writer');
    expect(rinse(page('<meta name="author" content="Analysis by Chris Cillizza">'), { inputFormat: 'html' }).meta.author).toBe('Chris Cillizza');
  });
  it('is not a name\'s first word: "Di Stefano" stays', () => {
    expect(rinse(page('<meta name="author" content="Di Stefano">'), { inputFormat: 'html' }).meta.author).toBe('Di Stefano');
  });
});

describe('the declared language', () => {
  const page = (lang: string): string => `<html lang="${lang}"><body><article><h1>Council approves rail yard park</h1><p>${P}</p></article></body></html>`;
  it('is a BCP 47 tag in its canonical form ("pl_pl" → "pl-PL", "zh-hant-tw" → "zh-Hant-TW", the old "iw" → "he")', () => {
    expect(rinse(page('pl_pl'), { inputFormat: 'html' }).lang).toBe('pl-PL');
    expect(rinse(page('zh-hant-tw'), { inputFormat: 'html' }).lang).toBe('zh-Hant-TW');
    const he = rinse(page('iw'), { inputFormat: 'html' });
    expect([he.lang, he.dir]).toEqual(['he', 'rtl']);
  });
});

describe('an AMP page', () => {
  it('keeps none of the components\' fallbacks and placeholders ("Ad failed to load", "Loading video…", the menu drawer)', () => {
    const p1 = 'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
    const p2 = 'The plan, which will cost an estimated $62 million over six years, includes walking trails, a playground, community gardens and a restored section of the creek that once ran through the site.';
    const html = `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>Council approves rail yard park</title></head><body>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></amp-sidebar>
<article><h1>Council approves rail yard park</h1><amp-social-share type="facebook"></amp-social-share>
<amp-img src="/yard.jpg" width="800" height="450" alt="The old rail yard"><amp-img fallback src="/yard-small.jpg" width="800" height="450"></amp-img></amp-img>
<p>${p1}</p><amp-ad width="300" height="250" type="adsense"><div fallback>Ad failed to load</div></amp-ad>
<p>${p2}</p><amp-iframe src="https://example.com/video" width="560" height="315"><div placeholder>Loading video…</div></amp-iframe>
<amp-list src="/related.json" height="100"><template type="amp-mustache"><a href="{{url}}">{{title}}</a></template></amp-list></article></body></html>`;
    const a = rinse(html, { inputFormat: 'html' });
    expect(a.headline).toBe('Council approves rail yard park');
    expect(a.body).toBe(`${p1}\n\n${p2}`);
  });
});

describe('the previous and next posts\' links', () => {
  const nav = (cls: string): string => `<html><body><article class="post"><h1>Parks plan approved</h1><div class="entry-content"><p>${P}</p><p>${P.replace('Tuesday', 'Monday')}</p></div>
    <div class="${cls}"><div class="post"><a href="/a" class="post prev-post"><span>Previous article</span><h3 class="post-title">Book fair opens with three hundred publishers from twelve countries</h3></a>
    <a href="/b" class="post next-post"><span>Next article</span><h3 class="post-title">Council closes University Street for repairs until the end of the month</h3></a></div></div></article></body></html>`;
  it('are furniture under a class that names both, whatever its words (JNews, a custom theme)', () => {
    for (const cls of ['jnews_prev_next_container', 'jeg_prevnext_post', 'prev-next-post-nav', 'article-prev-next']) {
      const a = rinse(nav(cls), { explain: true });
      expect(a.body, cls).not.toMatch(/Book fair|University Street/);
      expect(a.removed?.find((r) => r.text.includes('Book fair'))?.rule, cls).toBe('html-boilerplate');
    }
  });
  it('a class that names only one of them is no post navigation', () => {
    const a = rinse(`<html><body><article class="post"><h1>Parks plan approved</h1><div class="entry-content"><p>${P}</p><div class="next-steps"><p>${P.replace('council', 'board')}</p></div></div></article></body></html>`);
    expect(a.body).toContain('The board voted');
  });
});

describe('a page builder\'s layout (Elementor)', () => {
  const widget = (kind: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div>`;
  const page = (extra: string): string => `<html><body><div class="elementor elementor-412 elementor-location-single post-412 post type-post"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
    ${widget('theme-post-title elementor-widget-heading', '<h1 class="elementor-heading-title">Parks plan approved</h1>')}
    ${widget('theme-post-content', `<p>${P}</p><p>${P.replace('Tuesday', 'Monday')}</p>`)}
    ${extra}</div></div></div></section></div></body></html>`;
  it('its wrappers of every widget are no widgets: the article is found, and its post navigation goes', () => {
    const a = rinse(page(widget('post-navigation', '<div class="elementor-post-navigation"><a rel="prev" href="/a"><span>Previous</span><span>Ten herbs that grow well indoors in winter</span></a><a rel="next" href="/b"><span>Next</span><span>A guide to composting in an apartment</span></a></div>')), { explain: true });
    expect(a.headline).toBe('Parks plan approved');
    expect(a.body).toBe(`${P}\n\n${P.replace('Tuesday', 'Monday')}`);
    expect(a.removed?.find((r) => r.text.includes('Ten herbs'))?.reason).toContain('navigation');
  });
  it('a widget whose words name no strong negative, beside a positive one, keeps its text ("elementor-widget-text-editor")', () => {
    const html = `<html><body><div class="elementor-widget-wrap"><h1>Parks plan approved</h1>${widget('text-editor', `<p>${P.replace('council', 'board')}</p><p>${P}</p>`)}</div></body></html>`;
    expect(rinse(html).body).toContain('The board voted');
  });
});
