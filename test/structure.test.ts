import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText, rinse } from 'rinse';

const P1 = 'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
const P2 = 'The plan, which will cost an estimated $62 million over six years, includes walking trails, a playground, community gardens and a restored section of the creek that once ran through the site.';
const H = 'City council approves plan to turn old rail yard into park';
const A1 = 'أطلقت وزارة الصحة اليوم حملة وطنية واسعة للتطعيم ضد الإنفلونزا الموسمية تستهدف أكثر من ثلاثة ملايين مواطن ومقيم في مختلف المناطق، وذلك ضمن خطتها السنوية للوقاية من الأمراض التنفسية.';

const doc = (...parts: string[]): string => parts.join('\n\n');

describe('headline', () => {
  it('is imported through the package name, as users do', () => {
    expect(typeof rinse).toBe('function');
  });

  it('a top bar that opens with the day\'s date is no headline, over a headline long enough to read as prose', () => {
    const long = 'Air pollution in the capital stays in the severe category, and primary schools will close for a week';
    for (const top of ['Monday, 30 November 2026 E-Paper Log in', 'Monday, 30 November 2026 E-Paper']) expect(rinse(doc(top, long, P1, P2)).headline, top).toBe(long);
  });

  it('over a standfirst that its byline anchors, the shorter line above is the headline when the standfirst reads as a summary (a clause)', () => {
    const en = rinse(doc('Council approves new park at the old rail yard', 'The plan passed seven to two, and work starts in spring', 'By Dana Whitfield | 30.11.2026 09:15', P1, P2));
    expect(en.headline).toBe('Council approves new park at the old rail yard');
    expect(en.meta.description).toBe('The plan passed seven to two, and work starts in spring');
    const h = 'פארק חדש יוקם בשטח תחנת הרכבת הישנה בחיפה';
    const he = rinse(doc(h, 'מועצת העיר אישרה את התוכנית, העבודות יימשכו כשלוש שנים', 'מאת נועה לוי | 30.11.2026 09:15', 'מועצת העיר חיפה אישרה ביום שני את הקמתו של פארק עירוני חדש בשטח תחנת הרכבת הישנה, לאחר דיון שנמשך כמעט עשור.'));
    expect(he.headline).toBe(h);
    // A masthead's line over the headline is no headline: the headline has no clause.
    expect(rinse(doc('The Local Ledger Subscribe Sign in', 'Why small towns are rebuilding their main streets', 'By Dana Whitfield | 30.11.2026 09:15', P1, P2)).headline).toBe('Why small towns are rebuilding their main streets');
    const storm = 'Storm hits the coast, thousands of homes without power tonight';
    expect(rinse(doc('The Local Ledger Subscribe Sign in', storm, 'By Dana Whitfield | 30.11.2026 09:15', P1, P2)).headline).toBe(storm);
  });

  it('printed twice is one headline, never repeated in the body', () => {
    const a = rinse(doc(H, 'By Jordan Alvarez', H, P1, P2));
    expect(a.headline).toBe(H);
    expect(a.body).not.toContain(H);
    expect(a.meta.author).toBe('Jordan Alvarez');
  });

  it('printed once truncated is the full headline', () => {
    const a = rinse(doc('City council approves plan to turn old rail…', H, P1, P2));
    expect(a.headline).toBe(H);
    expect(a.body).not.toContain('City council approves plan');
  });

  it('is found after a byline and a date, which go to meta', () => {
    const a = rinse(doc(H, 'By Jordan Alvarez', 'November 20, 2026', P1, P2));
    expect(a.headline).toBe(H);
    expect(a.meta).toMatchObject({ author: 'Jordan Alvarez', published: 'November 20, 2026' });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });

  it('is not an image caption standing between it and the text', () => {
    const a = rinse(doc(H, 'The old rail yard seen from the bridge (Photo: Getty Images)', P1, P2));
    expect(a.headline).toBe(H);
  });

  it('is the line the article opens with, over a masthead line above it', () => {
    const h = 'Rail yard chaos: council approves plan to turn the old yard into a park at last';
    const a = rinse(doc('Gazette. Home of the Daily and Sunday Gazette', h, P1, P2));
    expect(a.headline).toBe(h);
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });

  it('is the line the article opens with when a standfirst and a caption stand between it and the prose', () => {
    const h = 'El Gobierno aprueba un plan para rehabilitar 50.000 viviendas en cinco años';
    const dek = 'El programa destinará 2.400 millones de euros a mejorar edificios construidos antes de 1980';
    const caption = 'Un edificio en obras de rehabilitación en Madrid, en una imagen de archivo';
    const a = rinse(doc('Diario del Sur Suscríbete Iniciar sesión Vivienda', h, dek, caption, P1, P2));
    expect(a.headline).toBe(h);
  });

  it('stays above a standfirst that the article opens with', () => {
    const a = rinse(doc(H, '“We have to make some hard choices,” the council chair said on Tuesday', P1, P2));
    expect(a.headline).toBe(H);
  });

  it('takes Arabic bylines', () => {
    const a = rinse(doc('وزارة الصحة تطلق حملة وطنية للتطعيم', 'بقلم: سارة المطيري', A1));
    expect(a.meta.author).toBe('سارة المطيري');
    expect(a.lang).toBe('ar');
    expect(a.dir).toBe('rtl');
  });
});

describe('an encyclopedia\'s page', () => {
  it('the title that its lead opens with is the headline, far above it, over an infobox\'s rows; a short line that only opens the lead\'s words is not', () => {
    // w3m -dump of a Wikipedia-like page: title, page tabs, tagline, infobox (its caption the title
    // again, its rows "Area 40 acres (16 ha)" right above the lead), lead.
    const dump = readFileSync(path.join(import.meta.dirname, 'fixtures/en-encyclopedia-lead/input.txt'), 'utf8');
    const a = rinse(dump);
    expect(a.headline).toBe('Eastside Rail Park');
    expect(a.body.startsWith('Eastside Rail Park is a public park')).toBe(true);
    const lead = a.body.split('\n')[0] as string;
    // One word that opens the lead is no title, and a title stays one when the lead does not open with it.
    expect(rinse(['City council approves plan for a new park', 'Eastside', lead, 'The rail yard closed in 1998 and stood vacant for more than two decades, officials said on Tuesday.'].join('\n\n')).headline).toBe('City council approves plan for a new park');
  });

  it('a title that reads like a person\'s name is the subject the lead opens with, not a byline under the headline: the short description above it is not the headline', () => {
    const rest = 'The rail yard closed in 1998 and stood vacant for more than two decades, officials said on Tuesday.';
    const lead = 'Eastside Rail Park is a public park under construction on the site of a former rail yard in Millbrook, Ohio, United States.';
    const a = rinse(['From Wikipedia, the free encyclopedia', 'Public park in Millbrook, Ohio, United States', 'Eastside Rail Park', lead, rest].join('\n\n'));
    expect(a.headline).toBe('Eastside Rail Park');
    // A name that the lead does not open with, under a longer line, is still the byline under the headline.
    const news = rinse(['City council approves plan for a new park', 'Jordan Alvarez', '20 November 2026', 'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, officials said.', rest].join('\n\n'));
    expect(news.headline).toBe('City council approves plan for a new park');
  });
});

describe('the article end', () => {
  const items = ['June 9 -- Riverside Park, north entrance', 'June 10 -- Rail yard gate, Elm Street', 'June 14 -- Creek crossing at Mill Road', 'June 17 -- Playground and community gardens'];

  it('goes on over a list that its last sentence introduces, printed line by line, up to the blank line', () => {
    const a = rinse(doc(H, P1, P2, `The trail opens in stages on these dates:\n${items.join('\n')}`, 'Subscribe to the Gazette', 'Read our ethics policy'));
    for (const item of items) expect(a.body).toContain(item);
    expect(a.body).not.toContain('Subscribe to the Gazette');
    expect(a.body).not.toContain('ethics policy');
  });

  it('takes wrapped items too (an 80-column dump)', () => {
    const long = 'June 20 -- Coastal Credit Union Music Park at the old freight depot on Walnut Creek,\nRaleigh';
    const a = rinse(doc(H, P1, P2, `The trail opens in stages on these dates:\n${items[0]}\n${long}\n${items[1]}`, 'Read our ethics policy'));
    expect(a.body).toContain(items[1]);
    expect(a.body).not.toContain('ethics policy');
  });

  it('keeps a sub-heading without stop words between paragraphs (Arabic writes them as prefixes)', () => {
    const p2 = A1.replace('اليوم', 'أمس');
    const a = rinse(doc('وزارة الصحة تطلق حملة وطنية للتطعيم', A1, 'انتقادات لغياب التزامات خفض الانبعاثات', p2));
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'انتقادات لغياب التزامات خفض الانبعاثات']);
  });

  it('takes a bulleted list of sentences right under the last paragraph, not a list of headlines', () => {
    const advice = '  • Check the hallmark on every piece.\n  • Ask for an invoice with the weight and the purity.\n  • Compare prices in more than one shop.';
    const a = rinse(doc(H, P1, P2, advice, 'Tags: gold, prices'));
    expect(a.body).toContain('Compare prices in more than one shop.');
    const teasers = '  • Gold prices in the jewellers today\n  • Will gold keep rising until the end of the year\n  • The central bank keeps interest rates on hold';
    const b = rinse(doc(H, P1, P2, teasers, 'Tags: gold, prices'));
    expect(b.body).not.toContain('central bank');
  });

  it('does not take short lines that a blank line parts from the introduction', () => {
    const a = rinse(doc(H, P1, P2, 'The trail opens in stages on these dates:', 'Read our ethics policy\nContact the newsroom\nWork at the Gazette'));
    expect(a.body).not.toContain('ethics policy');
  });
});

describe('sections', () => {
  it('takes short lines without terminal punctuation as sub-headings, and "heading:" lines', () => {
    const next = 'Construction is expected to begin next spring, and the first section of the trail could open to the public by the end of 2028.';
    const a = rinse(doc(H, P1, 'Opposition over cost', P2, 'What comes next:', next));
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Opposition over cost', 'What comes next']);
  });

  it('keeps a sentence that introduces a list as a paragraph, and numbered Arabic-Indic items as an ordered list', () => {
    const a = rinse(doc('وزارة الصحة تطلق حملة وطنية للتطعيم', A1, 'وتشمل الحملة:', '١. كبار السن\n٢. الحوامل\n٣. الأطفال', A1.replace('اليوم', 'أمس')));
    const blocks = a.sections.flatMap((s) => s.blocks);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph']);
    expect(blocks[2]).toEqual({ kind: 'list', ordered: true, items: ['كبار السن', 'الحوامل', 'الأطفال'] });
  });

  it('takes indented blocks as quotes', () => {
    const a = rinse(doc(H, P1, `    ${P2}`, P1.replace('Tuesday', 'Monday')));
    expect(a.sections[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'quote', 'paragraph']);
  });
});

describe('text printed twice', () => {
  const P3 = 'Construction is expected to begin next spring, and the first section of the trail could open to the public by the end of 2028, according to the parks department.';
  const Q = 'What would you change about the city if you were mayor for a day?';
  const ANSWERS = [
    'I would open the libraries on Sundays, because that is when families have time to read together and the buildings stand empty.',
    'More buses at night. People who work late shifts should not have to walk home for an hour after the last bus has gone.',
    'I would plant trees on every street that has none, starting with the ones near schools, where children walk in the summer heat.',
  ];

  it('the page description shown again under the article (hidden microdata) is not article text', () => {
    const a = rinse(doc(H, P1, P2, P3, 'Share this article', `${P1} ${P2}`, 'Jordan Alvarez', `${P3}`), { explain: true });
    expect(a.body).toBe(doc(P1, P2, P3));
  });

  it('a copy that joins the headline and the first paragraph (microdata) is a repeat; a paragraph with its last words changed is not', () => {
    const a = rinse(doc(H, 'Jordan Alvarez', P1, P2, P3, 'Share this article', `${H} ${P1}`), { explain: true });
    expect(a.body).toBe(doc(P1, P2, P3));
    const edited = P1.replace('in the city.', 'in the whole county.');
    const b = rinse(doc(H, P1, P2, edited, P3));
    expect(b.body).toContain('in the whole county');
  });

  it('a caption printed twice (alt text and caption) is dropped the second time', () => {
    const caption = 'The abandoned rail yard seen from the Fifth Street bridge on a foggy morning last week, with the old signal tower in front';
    const a = rinse(doc(H, caption, P1, caption, P2), { explain: true });
    expect(a.removed?.find((r) => r.rule === 'repeated-text')?.text).toBe(caption);
    expect(a.body.split(caption).length - 1).toBe(1);
  });

  it('the question an interview puts to each guest, and a pull quote, are the article\'s own', () => {
    const a = rinse(doc(H, P1, ...ANSWERS.flatMap((ans) => [Q, ans]), P2));
    expect(a.body.split(Q).length - 1).toBe(3);
    const quote = 'The plan, which will cost an estimated $62 million over six years, includes walking trails and a playground.';
    const b = rinse(doc(H, P1, quote, P3, quote, P2));
    expect(b.body.split(quote).length - 1).toBe(2);
  });
});

describe('before the article', () => {
  it('a menu of short items above the article is not article text, even when no headline is found', () => {
    const menu = ['The Best Credit Cards Of 2019', 'Best Travel Credit Cards For Families', 'Best Business Credit Cards This Year', 'Best Credit Card Sign Up Bonuses', 'Five Innovations Changing The Future Of Food', 'The Power Businesswomen Of Asia'].map((t) => `  • ${t}`).join('\n');
    const a = rinse(doc(menu, P1, P2), { explain: true });
    expect(a.body).toBe(doc(P1, P2));
    const keyPoints = '  • The council approved the park plan by a vote of seven to two on Tuesday night.\n  • Construction is expected to begin next spring and to take about six years.';
    expect(rinse(doc(H, keyPoints, P1, P2)).body).toContain('seven to two');
  });
});

describe('Japanese and Chinese articles of short paragraphs', () => {
  it('one-sentence paragraphs (under 60 characters) are article text, so a how-to with short steps stays whole', () => {
    const title = 'パソコンでショートカットキーを無効にする方法';
    const paras = [
      'パソコンでアプリを使っていると、ショートカットキーが他のソフトと重なって困ることがあります。今回はその設定を変更する方法を紹介します。設定画面からは変更できないため、少し工夫が必要です。',
      '以下、その手順です。',
      'まずスタートメニューからプログラムを探して、右クリックします。',
      '表示されるメニューから「プロパティ」をクリックします。',
      'ショートカットの欄を空欄にして、「適用」をクリックします。',
      'これでようやく元の操作性を取り戻せました。',
    ];
    const a = rinse(doc('ホーム › ソフトウェア', title, ...paras, 'スポンサードリンク', 'タグ: ソフトウェア'));
    expect(a.headline).toBe(title);
    expect(a.body).toBe(doc(...paras));
  });
});

describe('a byline without "By" under the headline', () => {
  it('the name the date anchors is not the headline: the longer line above it is', () => {
    for (const name of ['David Ehrlich', 'Tom Davies Associated Press', 'Kevin Johnson and Kevin McCoy USA TODAY']) {
      const a = rinse(doc('Sections', H, name, 'November 20, 2026', P1, P2));
      expect(a.headline, name).toBe(H);
      expect(a.body, name).toBe(doc(P1, P2));
    }
  });

  it('a short headline with a date under it stays the headline', () => {
    const a = rinse(doc('Volker to testify he was unaware of the effort to investigate', 'The Impeachment Clock', 'November 20, 2026', P1, P2));
    expect(a.headline).toBe('The Impeachment Clock');
  });
});

describe('a headline that opens the article text', () => {
  it('a headline-like line right above the first paragraph is the headline even when the stretch starts on it; a question that opens the article is not', () => {
    const menu = '  • Home\n  • News\n  • Sport';
    // Long and with a comma: judged as prose, so the stretch starts on it.
    const long = 'The VW ID. Space Vizzion is a weird electric sports wagon, and it carries a secret message for its fans';
    const a = rinse(doc(menu, long, P1, P2));
    expect(a.headline).toBe(long);
    expect(a.body).toBe(doc(P1, P2));
    // With its tags line between it and the text.
    expect(rinse(doc(menu, long, 'Health Cars Electric', P1, P2)).headline).toBe(long);
    const q = 'What would you change about the city if you were mayor for a day, and why would you change it?';
    const b = rinse(doc(menu, q, P1, P2));
    expect(b.headline).toBeNull();
    expect(b.body).toBe(doc(q, P1, P2));
  });
});

describe('headline candidates', () => {
  it('a line with an image placeholder is not the headline; brackets with words in them are fine', () => {
    const a = rinse(doc('[logo-header] Anuncie no Autoracing', 'November 20, 2026', P1, P2));
    expect(a.headline).toBeNull();
    const t = 'Theater series [The Palace: Tale of Jang Noksu] opens in Seoul';
    expect(rinse(doc(t, P1, P2)).headline).toBe(t);
  });
});

describe('a numbered run introduced by a colon', () => {
  const LONG = 'The shopping season starts earlier every year, and the week before the holiday has become a long sale of its own, with discounts that run from Monday to the following weekend.';
  const intro = 'Black Friday is here, and these are the deals for nostalgic fans of the eighties and nineties that we found on Amazon this week, with their links:';
  const run = [
    '1) Lego Star Wars 75188 Resistance Bomber\nhttp://amzn.to/2iJFhRj',
    '2) Polistil 960574 Electric Race Track\nhttp://amzn.to/2hZfWFJ',
    '3) Blade Runner The Final Cut (4K Ultra HD)\nhttp://amzn.to/2hWEIX7',
    '4) Hasbro Taboo\nhttp://amzn.to/2hYjEj6',
    '5) Victorinox Swisschamp Pocket Knife, Red\nhttp://amzn.to/2A5qzvo',
  ].join('\n');
  it('keeps every numbered item and the link under it, each item a list of its own', () => {
    const a = rinse(`Black Friday for the nostalgic: deals not to miss\n\n${LONG}\n\n${intro}\n\n${run}\n\n1) The city council approved the new park budget on Monday night in a close vote\n2) The mayor promised a second park for the east side of the city next year\n`);
    // A short item too ("Hasbro Taboo"), which alone would read as page furniture.
    for (const t of ['Lego Star Wars 75188', 'http://amzn.to/2hZfWFJ', 'Blade Runner The Final Cut', 'Hasbro Taboo', 'http://amzn.to/2A5qzvo']) expect(a.body, t).toContain(t);
    // A list numbered from 1 again is another list.
    expect(a.body).not.toContain('The city council approved');
  });
  it('reads the number of an ordered item (Western or Arabic-Indic digits)', () => {
    expect(parseText('3) Third item\n4) Fourth item')[0]?.start).toBe(3);
    expect(parseText('٣- البند الثالث\n٤- البند الرابع')[0]?.start).toBe(3);
  });
});

describe('a live blog', () => {
  // w3m's dump of a live blog: a "Key events" list of the posts' headings, each post under its time.
  const dump = `The Northern CourierNews Sport Weather

Storm Bella live: power cuts and rail disruption across the north

Winds of up to 90 mph have brought down trees and power lines, with thousands of homes without electricity.

By Tom Reid and Aisha Khan
LIVE Updated 3 minutes ago

Key events

  • 14:52 Rail operator cancels evening trains
  • 13:10 Power cut to 12,000 homes
  • 11:45 Amber warning extended

14:52

Rail operator cancels evening trains

Northern Rail has cancelled all evening services between Leeds and Newcastle after fallen trees blocked the line near Thirsk. Passengers are advised not to travel.

Share
14:20

A spokesperson for the fire service said crews had attended more than 200 incidents since midnight, most of them involving fallen trees and loose roofing.

Share
13:10

Power cut to 12,000 homes

Northern Powergrid says around 12,000 homes are without electricity, mostly in rural parts of North Yorkshire and County Durham. Engineers hope to restore most supplies by tonight.

Share
11:45

Amber warning extended

The Met Office has extended its amber wind warning until 06:00 on Monday, saying gusts could reach 90 mph on exposed coasts and hills.

Share

© 2026 The Northern Courier

`;
  it('its headline is not a post\'s heading that its key events list; the times are no headings, the posts\' headings are', () => {
    const a = rinse(dump);
    expect(a.headline).toBe('Storm Bella live: power cuts and rail disruption across the north');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Rail operator cancels evening trains', 'Power cut to 12,000 homes', 'Amber warning extended']);
    expect(a.body.split('\n\n').slice(0, 3)).toEqual(['14:52', 'Rail operator cancels evening trains', 'Northern Rail has cancelled all evening services between Leeds and Newcastle after fallen trees blocked the line near Thirsk. Passengers are advised not to travel.']);
  });
});

describe('the headline of a page with a table of contents', () => {
  it('is not the first section\'s heading, which the contents list', () => {
    const S1 = 'Root vegetables, onions, garlic, cabbages and winter squash are the classic keepers, and they last for months in a cool room.';
    const S2 = 'Twist off the tops, leave the soil on and pack the roots in boxes of damp sand in a garage or an unheated shed over winter.';
    const S3 = 'Cure onions and garlic in the sun for two weeks, then hang them in nets somewhere cool and airy until the spring comes.';
    const list = '  • Which vegetables keep best\n  • Cool and damp: carrots and beets\n  • Cool and dry: onions and garlic';
    const a = rinse(doc('Menu Home Garden', 'How to store winter vegetables', 'Table of Contents', list, 'Which vegetables keep best', S1, 'Cool and damp: carrots and beets', S2, 'Cool and dry: onions and garlic', S3));
    expect(a.headline).toBe('How to store winter vegetables');
    expect(a.sections.map((s) => s.heading)).toEqual(['Which vegetables keep best', 'Cool and damp: carrots and beets', 'Cool and dry: onions and garlic']);
  });
});

describe('an interview', () => {
  it('its labelled questions ("Q: …?", "س: …؟") are its text, not sub-headings', () => {
    const q1 = 'Q: Where did you grow up?';
    const a1 = 'A: In a small town by the sea, where my parents ran a bookshop for thirty years and I read everything on its shelves.';
    const q2 = 'س: كم عدد الكتب التي سيضمها الجناح؟';
    const a2 = 'ج: نحو خمسة عشر ألف كتاب في البداية، باللغتين العربية والإنجليزية، إضافة إلى ركن للكتب الصوتية وقاعة صغيرة للأنشطة.';
    const a = rinse(doc(H, P1, q1, a1, P2));
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.body).toBe([P1, q1, a1, P2].join('\n\n'));
    const b = rinse(doc('حوار مع مديرة المكتبة الوطنية عن جناح الأطفال الجديد', A1, q2, a2, A1.replace('اليوم', 'أمس')));
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
    // A short question without a label still heads its part.
    const c = rinse(doc(H, P1, 'What happens next?', P2));
    expect(c.sections.map((s) => s.heading)).toEqual([null, 'What happens next?']);
  });
});

describe('a language without a phrase file', () => {
  it('keeps short whole sentences with a clause inside, though none of their words is a known stop word (Georgian)', () => {
    const k1 = 'თბილისის საკრებულომ სამშაბათს ახალი ქალაქის პარკის მშენებლობის შესახებ გადაწყვეტილება მიიღო, რომელიც ძველი სარკინიგზო დეპოს ტერიტორიაზე გაშენდება, სამუშაოები გაზაფხულზე დაიწყება და დაახლოებით სამ წელს გაგრძელდება, როგორც ქალაქის მერიამ განაცხადა.';
    const k2 = 'პროექტის ღირებულება დაახლოებით სამოცი მილიონი ლარია, თანხას ქალაქის ბიუჯეტი გამოყოფს.';
    const k3 = 'უბნის მაცხოვრებლები წლების განმავლობაში ითხოვდნენ მეტ მწვანე სივრცეს, განსაკუთრებით ბავშვებისთვის.';
    const a = rinse(doc('მთავარი | ახალი ამბები | სპორტი', 'თბილისში ახალი პარკი გაშენდება', k1, k2, k3, 'ახალი მეტროს ხაზი ბათუმში\nქირის ფასები კვლავ იზრდება', '© 2026 ყველა უფლება დაცულია'));
    expect(a.lang).toBe('ka');
    expect(a.body).toBe([k1, k2, k3].join('\n\n'));
  });

  it('a row of statistics is no such sentence', () => {
    const row = 'DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.';
    const a = rinse(doc(H, P1, P2, row, row.replace('Larry Ogunjobi', 'Myles Garrett'), row.replace('Larry Ogunjobi', 'Chad Thomas'), 'More from the Ledger'), { explain: true });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe('Thai: no spaces between words, a space between clauses', () => {
  it('finds the headline and keeps every paragraph; the related list after the article goes', () => {
    const parts = [
      "หน้าแรก | ข่าว | กีฬา | บันเทิง",
      "กรุงเทพฯ เตรียมสร้างสวนสาธารณะแห่งใหม่บนที่ดินการรถไฟ",
      "สภากรุงเทพมหานครมีมติเมื่อวันจันทร์ให้สร้างสวนสาธารณะแห่งใหม่บนที่ดินเดิมของการรถไฟแห่งประเทศไทย หลังจากมีการถกเถียงกันมานานเกือบสิบปี โครงการนี้จะใช้งบประมาณราวสองพันล้านบาท",
      "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า สวนแห่งนี้จะมีทางเดิน ทางจักรยาน และสนามเด็กเล่น ซึ่งจะเปิดให้ประชาชนเข้าใช้บริการได้ภายในสามปี",
      "ชาวบ้านในพื้นที่เรียกร้องให้มีพื้นที่สีเขียวเพิ่มขึ้นมาหลายปีแล้ว เพราะชุมชนรอบสถานีรถไฟเก่ามีประชากรหนาแน่นและไม่มีสวนสาธารณะใกล้บ้าน",
      "แชร์: Facebook Twitter Line",
      "ข่าวที่เกี่ยวข้อง\nรถไฟฟ้าสายใหม่เปิดทดลองให้บริการ\nราคาค่าเช่าที่พักในกรุงเทพฯ ปรับตัวสูงขึ้น"
    ];
    const a = rinse(parts.join('\n\n'));
    expect(a.lang).toBe('th');
    expect(a.headline).toBe(parts[1]);
    expect(a.body).toBe(parts.slice(2, 5).join('\n\n'));
  });
});

describe('Greek questions', () => {
  it('end with ";", Greek\'s question mark: a short one heads its part, as "What happens next?" does', () => {
    const g1 = 'Η εταιρεία που κατασκευάζει τη νέα γραμμή του μετρό ανακοίνωσε τη Δευτέρα ότι οι πρώτοι έξι σταθμοί θα λειτουργήσουν την άνοιξη του 2027, με καθυστέρηση δύο ετών.';
    const g2 = 'Η νέα γραμμή θα συνδέει το Άλσος Βεΐκου με το Γουδή και αναμένεται να εξυπηρετεί περισσότερους από τριακόσιους χιλιάδες επιβάτες την ημέρα.';
    const a = rinse(doc('Νέα γραμμή μετρό: πότε ανοίγουν οι πρώτοι σταθμοί', g1, 'Τι αλλάζει για τους επιβάτες;', g2));
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Τι αλλάζει για τους επιβάτες;']);
    // A Latin line that ends with a semicolon is no question.
    const b = rinse(doc(H, P1, 'What the council decided on Tuesday;', P2));
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('scripts without capitals', () => {
  it('a name of a few words right above the date is the author (Arabic, Urdu); a section\'s name is not', () => {
    const a = rinse(doc('وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا', 'خالد المنصوري', '29 نوفمبر 2026', A1, A1.replace('اليوم', 'أمس')));
    expect(a.meta).toMatchObject({ author: 'خالد المنصوري', published: '29 نوفمبر 2026' });
    expect(a.headline).toBe('وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا');
    const b = rinse(doc('وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا', 'الصفحة الرئيسية', '29 نوفمبر 2026', A1, A1.replace('اليوم', 'أمس')));
    expect(b.meta.author).toBeUndefined();
  });

  it('a Hindi paragraph ends with its danda (।): it is prose, the article keeps it, and a line that ends with one is no headline', () => {
    const h1 = 'दिल्ली सरकार ने सोमवार को राजधानी के सभी प्राथमिक स्कूलों को एक हफ्ते के लिए बंद करने का आदेश दिया।';
    const h2 = 'पर्यावरण विशेषज्ञों का कहना है कि पराली जलाने और वाहनों के धुएं पर काबू पाए बिना हालात नहीं सुधरेंगे।';
    const head = 'दिल्ली में प्रदूषण गंभीर श्रेणी में, प्राथमिक स्कूल एक हफ्ते के लिए बंद';
    const a = rinse(doc(head, h1, h2, '© 2026 दैनिक समाचार। सर्वाधिकार सुरक्षित।'));
    expect(a.lang).toBe('hi');
    expect(a.headline).toBe(head);
    expect(a.body).toBe(`${h1}\n\n${h2}`);
    // A short sentence over the text is its first line, not a headline.
    const b = rinse(doc('राजधानी में स्कूल बंद रहेंगे।', h1, h2));
    expect(b.headline).toBeNull();
  });

  it('an Urdu paragraph ends with its full stop (۔): it is prose, and the article keeps it', () => {
    const u1 = 'پنجاب حکومت نے لاہور اور گرد و نواح کے اضلاع میں سموگ کی شدت بڑھنے کے بعد تمام سرکاری اور نجی اسکول ایک ہفتے کے لیے بند کرنے کا اعلان کیا ہے۔';
    const u2 = 'ماہرین کا کہنا ہے کہ فصلوں کی باقیات جلانے اور گاڑیوں کے دھوئیں پر قابو پائے بغیر اس مسئلے کا مستقل حل ممکن نہیں۔';
    const a = rinse(doc('لاہور میں سموگ کے باعث اسکول ایک ہفتے کے لیے بند', u1, u2, 'جملہ حقوق محفوظ ہیں © 2026 روزنامہ صبح'));
    expect(a.lang).toBe('ur');
    expect(a.body).toBe(`${u1}\n\n${u2}`);
  });
});

describe('comments under a short article', () => {
  const B1 = 'Traffic police closed the seafront road to cars from Thursday evening for ten days, to repair the sea bridge and resurface the road.';
  const B2 = 'Drivers were asked to use the second ring road and Port Street instead, and patrols will direct traffic at the main junctions.';
  const C1 = 'Ten days is far too long. The works should have been done at night in stages, so that shops along the seafront do not lose their customers and the ring road, which is already jammed at rush hour, is not overwhelmed.';
  const C2 = 'I hope the repairs are done properly this time, because the same road was resurfaced two years ago and the potholes came back after the first rainy season. The council should hold the contractor to account for the quality of the work.';
  it('a counted comments label ends a brief of two paragraphs, though no paragraph of it is long', () => {
    const a = rinse(['Seafront road closed for ten days for repairs', B1, B2, '3 Comments', 'Nasser December 7, 2026 at 6:10 pm', C1, 'Umm Khalid December 7, 2026 at 7:45 pm', C2].join('\n\n'));
    expect(a.body).toBe(`${B1}\n\n${B2}`);
  });
  it('a counted comments link under the standfirst does not cut the article short', () => {
    const dek = 'The closure is the longest since the bridge opened, and shops fear for their trade.';
    const a = rinse(['Seafront road closed for ten days for repairs', dek, '12 Comments', B1, B2, C1].join('\n\n'));
    expect(a.body).toContain(B2);
  });
});

describe('a brief of two paragraphs with its comment thread (w3m, lynx)', () => {
  it('gives the same article in every dump and the HTML, the comments left out', () => {
    const read = (f: string) => rinse(readFileSync(new URL(`../${f}`, import.meta.url)));
    const html = read('test/corpus/pages/ar-short-brief.html');
    expect(html.body.split('\n\n')).toHaveLength(2);
    for (const f of ['samples/ar-short-brief.txt', 'samples/ar-short-brief-80.txt', 'samples/ar-short-brief-lynx.txt', 'samples/ar-short-brief-nolist.txt']) {
      const a = read(f);
      expect(a.headline, f).toBe(html.headline);
      expect(a.body, f).toBe(html.body);
    }
  });
});

describe('an attribution line under an embedded post or a quote', () => {
  it('is no sub-heading ("— Canal Wildlife Trust (@CanalWildlife) December 7, 2026"); a short line over prose is', () => {
    const P = 'The Canal Wildlife Trust, which looked after the bird, said it was cold but unharmed and would be released later in the day.';
    const Q = 'Amazing work by a local hero this morning! The swan is now safe and being checked over by our team.';
    const a = rinse(['Hero dog walker saves swan trapped in frozen canal', P, Q, '— Canal Wildlife Trust (@CanalWildlife) December 7, 2026', P.replace('cold', 'tired'), 'What happens next', P.replace('bird', 'swan')].join('\n\n'));
    const headings = a.sections.map((s) => s.heading).filter(Boolean);
    expect(headings).toEqual(['What happens next']);
    expect(a.body).toContain('— Canal Wildlife Trust (@CanalWildlife) December 7, 2026');
  });
});

describe('pictures whose alt text is the headline', () => {
  const H = 'Hibernating astronauts would need smaller spacecraft';
  const P1 = 'Putting astronauts into hibernation on a mission to Mars would cut the mass of their spacecraft by a third, a study by the European Space Agency has found.';
  const P2 = 'The study found the crew quarters could be removed, with a similar reduction in consumables, equivalent to several tons of saved mass on the way.';
  it('a gallery whose every item opens with the headline goes as captions', () => {
    const gallery = `  • ${H}\n    Functional areas of the hibernation module: private quarters, exercise, hygiene.\n\n  • ${H}\n    A cross-section through the module showing the individual quarters.`;
    const a = rinse([H, P1, gallery, P2].join('\n\n'), { explain: true });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.removed?.filter((r) => r.rule === 'caption')).toHaveLength(2);
  });
  it('a paragraph that opens with the headline\'s words and goes on in its line, or a short headline, stays', () => {
    const glued = `${H} if they slept through the journey, the agency said, and the idea is now being tested.`;
    expect(rinse([H, P1, glued, P2].join('\n\n')).body).toContain(glued);
    const list = '  • Mars mission plans: a crew of six\n  • Mars mission plans: a launch in 2035';
    expect(rinse(['Mars mission plans', P1, list, P2].join('\n\n')).body).toContain('a crew of six');
  });
});

describe('credits under the headline', () => {
  const HA = 'وزارة الصحة تطلق حملة وطنية للتطعيم';
  const HE = 'City council approves plan for a new park';
  const E = 'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
  const E2 = 'The plan, which will cost an estimated $62 million over six years, includes walking trails, a playground, community gardens and a restored section of the creek that once ran through the site.';
  const A2 = 'وأوضح المتحدث الرسمي باسم الوزارة أن اللقاحات متوفرة مجاناً في جميع المراكز الصحية، وأن الحملة تمتد حتى نهاية شهر فبراير المقبل، داعياً الفئات الأكثر عرضة إلى المبادرة بأخذ اللقاح.';

  it('a place and a name or an agency ("القاهرة - أ ش أ", "محمد علي - الرياض"), names alone ("أحمد علي الزهراني", "Jane Doe and John Smith") or over their date, right above the text, are not the headline over them', () => {
    for (const credit of ['القاهرة - أ ش أ', 'محمد علي - الرياض', 'الرياض - محمد علي', 'أحمد علي الزهراني', 'محمد علي\n29 نوفمبر 2026']) {
      const a = rinse([HA, credit, A1, A2].join('\n\n'));
      expect(a.headline, credit).toBe(HA);
      expect(a.body, credit).toBe(`${A1}\n\n${A2}`);
    }
    expect(rinse([HE, 'Jane Doe and John Smith', E, E2].join('\n\n')).headline).toBe(HE);
    // A name and the page's tools beside it (a blogging platform's "· 5 min read", "· Follow").
    for (const credit of ['Jane Doe · 5 min read', 'Jane Doe · Follow']) expect(rinse([HE, credit, E, E2].join('\n\n')).headline, credit).toBe(HE);
    // A headline with a middle dot whose second part is no tool stays the headline.
    expect(rinse(['Budget 2027 · What it means for you', E, E2].join('\n\n')).headline).toBe('Budget 2027 · What it means for you');
  });

  it('a headline shaped like a credit, with no longer line above it, is still the headline; a line above that is shorter does not take its place', () => {
    expect(rinse(['Brexit – what happens next', E, E2].join('\n\n')).headline).toBe('Brexit – what happens next');
    expect(rinse(['World', 'Paris – Berlin rail link opens', E, E2].join('\n\n')).headline).toBe('Paris – Berlin rail link opens');
  });
});

describe('footnote marks', () => {
  const E = 'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
  it('a sentence that ends with a footnote\'s number after its stop is no sub-heading over the list under it; a heading that ends with a decimal still is', () => {
    const page = (p: string): string => `<html><body><article><h1>How the rail yard became a park</h1><p>${E}</p>${p}<ol><li>Phase one: the creek trail, which opens in the spring.</li><li>Phase two: the gardens and the playground.</li></ol><p>${E.replace('Tuesday', 'Monday')}</p></article></body></html>`;
    const note = rinse(page('<p>Mayor Ana Ruiz said the park would open in stages from 2027.<sup><a href="#fn1">1</a></sup></p>'));
    expect(note.sections.map((s) => s.heading)).toEqual([null]);
    const wiki = rinse(page('<p>Mayor Ana Ruiz said the park would open in stages.<sup><a href="#fn1">[2]</a></sup></p>'));
    expect(wiki.sections.map((s) => s.heading)).toEqual([null]);
    const decimal = rinse(page('<h2>Growth forecast cut to 2.1</h2>'));
    expect(decimal.sections.map((s) => s.heading)).toEqual([null, 'Growth forecast cut to 2.1']);
  });
});
