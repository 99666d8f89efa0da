/**
 * Every rule of the default preset: a dump it must clean (removes) and a look-alike it must keep.
 * Each case is a small text dump run through the whole pipeline, so a rule is tested in the
 * company it keeps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET, rinse, type RinseOptions } from '../src/index.js';
import { accumulate, documentLines, finalize } from '../src/learn/profile.js';
import { isDateLine } from '../src/clean/signals.js';
import { defaultPhrases } from '../src/clean/phrases.js';
import { judge } from '../src/structure/stretch.js';
import { withoutAvatarName } from '../src/clean/rules/meta.js';
import { writersOf as writersOfForTest } from '../src/clean/rules/regions.js';

const P1 =
  'أطلقت وزارة الصحة اليوم حملة وطنية واسعة للتطعيم ضد الإنفلونزا الموسمية تستهدف أكثر من ثلاثة ملايين مواطن ومقيم في مختلف المناطق، وذلك ضمن خطتها السنوية للوقاية من الأمراض التنفسية.';
const P2 =
  'وأوضح المتحدث الرسمي باسم الوزارة أن اللقاحات متوفرة مجاناً في جميع المراكز الصحية، وأن الحملة تمتد حتى نهاية شهر فبراير المقبل، داعياً الفئات الأكثر عرضة إلى المبادرة بأخذ اللقاح.';
const E1 =
  'The city council voted on Tuesday night to convert the abandoned rail yard into a public park, ending a decade-long debate over the future of one of the largest vacant parcels in the city.';
const E2 =
  'The plan, which will cost an estimated $62 million over six years, includes walking trails, a playground, community gardens and a restored section of the creek that once ran through the site.';
const HA = 'وزارة الصحة تطلق حملة وطنية للتطعيم';
const HE = 'City council approves plan for a new park';

const ar = (...parts: string[]): string => parts.join('\n\n');

interface RuleCase {
  removes: string;
  /** Text that must be among the removals of `rule`. */
  removed: string;
  keeps: string;
  /** Text that must stay in the article. */
  kept: string;
  options?: RinseOptions;
}

/** A profile of a site whose pages all end with the same members' call to action. */
const CTA = 'Support independent journalism: become a member today for five pounds a month.';
const templateProfile = finalize(
  accumulate(Array.from({ length: 10 }, (_, i) => documentLines('site', [`Story number ${i} about the harbour`, E1, CTA]))),
);

const page = (...parts: string[]): string => `<!doctype html><html><body><article><h1>${HE}</h1>${parts.join('')}</article></body></html>`;

const CASES: Record<string, RuleCase> = {
  'site-template': {
    removes: ar(HE, E1, E2, CTA),
    removed: CTA,
    keeps: ar(HE, E1, 'Support independent journalism, the mayor said, is what the new grant is for.', E2),
    kept: 'Support independent journalism, the mayor said',
    options: { profile: templateProfile, site: 'site' },
  },
  caption: {
    removes: page(`<p>${E1}</p>`, '<figure><img src="a.jpg" alt=""><figcaption>The rail yard seen from the bridge in 2019</figcaption></figure>', `<p>${E2}</p>`),
    removed: 'The rail yard seen from the bridge in 2019',
    keeps: page(`<p>${E1}</p>`, '<p>The rail yard was seen from the bridge in 2019 by thousands of commuters every day, the survey found.</p>', `<p>${E2}</p>`),
    kept: 'The rail yard was seen from the bridge',
  },
  'ad-placeholder': {
    removes: ar('spot_img', HA, P1, 'spot_imgspot_img', P2),
    removed: 'spot_imgspot_img',
    keeps: ar(HA, P1, 'يستخدم القالب صورة اسمها spot image في الإعلانات داخل الصفحات، وهذه جملة عادية من المقال تذكر ذلك.', P2),
    kept: 'spot image',
  },
  'image-placeholder': {
    removes: ar(HE, E1, '[https://example.com/img/photo_167x94.jpg]', E2),
    removed: '[https://example.com/img/photo_167x94.jpg]',
    keeps: ar(HE, E1, '[Editor’s note: this story was updated with the final vote count.]', E2),
    kept: '[Editor’s note',
  },
  'form-control': {
    removes: ar(HE, E1, E2, 'Name *[                    ]'),
    removed: 'Name *[ ]',
    keeps: ar(HE, E1, 'Council [members] spoke for hours before the vote, and the chair closed the debate at midnight.', E2),
    kept: 'Council [members]',
  },
  shortcode: {
    removes: ar(HE, E1, '[button link="https://example.com/submit" type="big"] Send us YOUR review[/button]', E2),
    removed: '[button link="https://example.com/submit" type="big"] Send us YOUR review[/button]',
    keeps: ar(HE, E1, '[Editor’s note: the council meets again on Monday, and the vote on the budget is expected then.]', E2),
    kept: 'the council meets again on Monday',
  },
  'ad-label': {
    removes: ar(HE, E1, 'Advertisement', E2),
    removed: 'Advertisement',
    keeps: ar(HE, E1, 'Advertisement revenue at the city paper fell by a third last year, the publisher said.', E2),
    kept: 'Advertisement revenue',
  },
  'share-bar': {
    removes: ar(HA, 'شارك فيسبوك تويتر واتساب', P1, P2),
    removed: 'شارك فيسبوك تويتر واتساب',
    keeps: ar(HA, P1, 'شارك الوزير في الاجتماع', P2),
    kept: 'شارك الوزير في الاجتماع',
  },
  'embed-frame': {
    // BBC-style frame around an embedded post, as w3m prints it.
    removes: ar(
      HE,
      E1,
      'Skip twitter post by City Parks',
      'Allow Twitter content?',
      'This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.',
      'Accept and continue',
      'End of twitter post by City Parks',
      E2,
    ),
    removed: 'Skip twitter post by City Parks',
    keeps: ar(HE, E1, 'A post shared by the mayor on Facebook drew hundreds of comments, many from residents of the rail yard district.', E2),
    kept: 'A post shared by the mayor on Facebook',
  },
  'media-player': {
    // w3m -dump of a video.js player embedded between two paragraphs (abridged).
    removes: ar(
      HE,
      E1,
      'Video',
      'Video Player is loading.\nPlay Video\nMute\nCurrent Time 0:00\n/\nDuration 0:00\nLoaded: 0%',
      'Playback Rate',
      '1x\nChapters',
      '  • captions off, selected',
      'Fullscreen',
      'This is a modal window.',
      'Beginning of dialog window. Escape will cancel and close the window.',
      'Close Modal Dialog',
      'End of dialog window.',
      E2,
    ),
    removed: 'Playback Rate',
    keeps: ar(HE, E1, 'Video player is loading faster on the new site, the council said, and the archive of meetings is online.', E2),
    kept: 'Video player is loading faster',
  },
  widget: {
    removes: ar(HA, P1, 'تكبير الخط تصغير الخط طباعة', P2),
    removed: 'تكبير الخط تصغير الخط طباعة',
    keeps: ar(HA, P1, 'طباعة الكتب المدرسية تبدأ الشهر المقبل في المطابع الحكومية بحسب الوزارة.', P2),
    kept: 'طباعة الكتب المدرسية',
  },
  'skip-link': {
    removes: ar('Skip to content The Weeknight Table', HE, E1, E2),
    removed: 'Skip to content The Weeknight Table',
    keeps: ar(HE, E1, 'Skip to content you care about: the new park guide lists every trail, playground and garden by neighbourhood.', E2),
    kept: 'Skip to content you care about',
  },
  breadcrumb: {
    removes: ar('الرئيسية » أخبار » محليات', HA, P1, P2),
    removed: 'الرئيسية » أخبار » محليات',
    keeps: ar(HE, E1, 'Turnout rose from 31% > 28% / 2 years ago, officials said, a larger jump than expected.', E2),
    kept: 'Turnout rose',
  },
  masthead: {
    removes: ar('رئيس التحرير', 'أحمد السيد', HA, P1, P2),
    removed: 'رئيس التحرير',
    keeps: ar(HA, P1, 'وقال رئيس التحرير في كلمته إن الصحيفة ستطلق موقعاً جديداً خلال العام المقبل لخدمة القراء.', P2),
    kept: 'وقال رئيس التحرير',
  },
  copyright: {
    removes: ar(HA, P1, P2, '© 2026 صحيفة الأفق - جميع الحقوق محفوظة'),
    removed: '© 2026 صحيفة الأفق - جميع الحقوق محفوظة',
    keeps: ar(HE, E1, 'The copyright lawsuit was filed in federal court on Monday, and the hearing is set for March.', E2),
    kept: 'The copyright lawsuit',
  },
  'link-references': {
    removes: `${ar(HE, E1, E2)}\n\nReferences\n\n   1. https://example.com/a\n   2. https://example.com/b\n`,
    removed: '1. https://example.com/a',
    keeps: ar(HE, E1, 'References to the 1950s culvert appear in the consultant report, which the council released on Monday.', E2),
    kept: 'References to the 1950s culvert',
  },
  'link-notice': {
    removes: ar(HE, `${E1} Read the full report (opens in a new tab).`, E2),
    removed: '(opens in a new tab).',
    keeps: ar(HE, E1, 'Clicking the button opens a new window where residents can see the plans for the park.', E2),
    kept: 'opens a new window where residents',
  },
  'section-label': {
    removes: ar(HE, 'By Maya Okafor', 'Published in Engineering Notes', 'Nov 20, 2026', E1, E2),
    removed: 'Published in Engineering Notes',
    keeps: ar(HE, E1, 'Published in 1925, the novel was a modest success at first.', E2),
    kept: 'Published in 1925',
  },
  'symbols-only': {
    removes: ar(HE, E1, '━━━━━━━━━━━━━━━━━━━━', E2),
    removed: '━━━━',
    keeps: ar(HE, E1, '2 + 2 = 4, the council member joked, before the vote was called on the park plan.', E2),
    kept: '2 + 2 = 4',
  },
  'cookie-notice': {
    removes: ar(HE, E1, E2, "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish."),
    removed: 'This website uses cookies',
    keeps: ar(HE, E1, 'The bakery that uses cookies from a family recipe opened its second shop downtown on Saturday, the owner said.', E2),
    kept: 'The bakery that uses cookies',
  },
  'teaser-cards': {
    removes: ar(
      HE,
      E1,
      E2,
      'Bridge Repairs Begin On The Harbour RoadCrews will close one lane for six weeks starting Monday.',
      '2 hours ago',
      'Local Bakery Wins Regional Bread AwardThe family-run shop beat forty entrants with its rye loaf.',
      'Three Ways To Keep Your Garden Green?Watering at dawn is the first, experts say.',
    ),
    removed: 'Local Bakery Wins Regional Bread AwardThe',
    keeps: ar(
      HE,
      E1,
      'Singer Michael McDonald returned to the stage on Tuesday night for the first time in nearly twenty years, the band said.',
      'Guitarist Tom McFee and the drummers joined him for the encore, which the crowd had called for since the lights went down.',
      'Keyboardist Jane DeWitt closed the show with a song from their first album, the one that made the band famous.',
      E2,
    ),
    kept: 'Guitarist Tom McFee and the drummers',
  },
  'markup-text': {
    removes: ar(HE, E1, '&lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px;" class="mce_SELRES_start"&gt;&amp;#65279;&lt; /span&gt;', E2),
    removed: 'data-mce-type',
    keeps: ar(HE, E1, 'Editors can use the &lt;b&gt; tag to set a word in bold, the council\'s web team explained on Tuesday.', E2),
    kept: 'Editors can use the',
  },
  'legal-notice': {
    removes: ar(HE, E1, E2, '*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.'),
    removed: 'These statements have not been evaluated',
    keeps: ar(HE, E1, 'The Food and Drug Administration has not yet evaluated the new water treatment, a spokeswoman for the agency said on Tuesday.', E2),
    kept: 'has not yet evaluated the new water treatment',
  },
  'section-date': {
    removes: ar('اقتصاد | 24 نوفمبر 2026', HA, P1, P2),
    removed: 'اقتصاد | 24 نوفمبر 2026',
    keeps: ar(HE, E1, 'Sales rose 12% | down from 2025 peaks', E2),
    kept: 'Sales rose 12%',
  },
  byline: {
    removes: ar(HA, 'كتب: محمد حسن', P1, P2),
    removed: 'كتب: محمد حسن',
    keeps: ar(HE, E1, 'By the end of the year', 'the park will open its first trails to the public, officials said on Tuesday night.', E2),
    kept: 'By the end of the year',
  },
  contact: {
    removes: ar(HE, E1, E2, 'minsu@hanbit.example.kr'),
    removed: 'minsu@hanbit.example.kr',
    keeps: ar(HE, E1, 'Residents can send their comments to parks@city.example.gov until the end of the month.', E2),
    kept: 'parks@city.example.gov',
  },
  'comment-form': {
    removes: ar(HE, E1, E2, 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *[          ]'),
    removed: 'Leave a Reply',
    keeps: ar(HE, E1, 'Residents who want to leave a comment on the plan can do so at city hall until Friday, the clerk said.', E2),
    kept: 'leave a comment on the plan',
  },
  'related-block': {
    removes: ar(HA, P1, P2, 'ذات صلة', 'ارتفاع حالات الإصابة بالإنفلونزا في دول الجوار', 'نصائح غذائية لتقوية المناعة في فصل الشتاء'),
    removed: 'نصائح غذائية لتقوية المناعة في فصل الشتاء',
    keeps: ar(HE, E1, 'Related costs, such as soil cleanup, could add another $14 million to the project, the report said.', E2),
    kept: 'Related costs',
  },
  'most-read': {
    removes: ar(HE, E1, E2, 'Most Popular', '  • Five things to do this weekend\n  • Eagles advance to state semifinal'),
    removed: 'Most Popular',
    keeps: ar(HE, E1, 'Most popular among residents was the plan for community gardens, according to a city survey.', E2),
    kept: 'Most popular among residents',
  },
  ticker: {
    removes: ar('عاجل', 'ارتفاع أسعار الذهب في الأسواق المحلية', HA, P1, P2),
    removed: 'ارتفاع أسعار الذهب في الأسواق المحلية',
    keeps: ar(HA, P1, 'عاجل من الوزارة: يجب على جميع المواطنين تحديث بياناتهم قبل نهاية الشهر الجاري لتجنب الغرامات.', P2),
    kept: 'عاجل من الوزارة',
  },
  tags: {
    removes: ar(HA, P1, P2, 'الوسوم: الإنفلونزا، اللقاحات'),
    removed: 'الوسوم: الإنفلونزا، اللقاحات',
    keeps: ar(HE, E1, 'Tags on the trees mark the ones that will stay, the parks director said during the walk.', E2),
    kept: 'Tags on the trees',
  },
  'table-of-contents': {
    removes: ar(HA, P1, 'جدول المحتويات', '  • أهداف الحملة\n  • أماكن التطعيم\n  • الفئات المستهدفة', 'أهداف الحملة', P1.replace('اليوم', 'أمس'), 'أماكن التطعيم', P2, 'الفئات المستهدفة', P2.replace('مجاناً', 'بالمجان')),
    removed: 'أهداف الحملة\nأماكن التطعيم\nالفئات المستهدفة',
    // The same list where its items do not come back as headings over text.
    keeps: ar(HA, P1, '  • أهداف الحملة\n  • أماكن التطعيم\n  • الفئات المستهدفة', P2, 'أهداف الحملة', 'أماكن التطعيم', 'الفئات المستهدفة'),
    kept: 'أهداف الحملة',
  },
  'prev-next': {
    removes: ar(HA, P1, P2, 'المقال السابق', 'افتتاح أكبر مستشفى تخصصي للأطفال'),
    removed: 'افتتاح أكبر مستشفى تخصصي للأطفال',
    keeps: ar(HA, P1, 'المقال السابق للكاتب تناول القضية نفسها بالتفصيل، وأثار نقاشاً واسعاً بين القراء والمتخصصين.', P2),
    kept: 'المقال السابق للكاتب',
  },
  'author-box': {
    removes: ar(HE, 'By Jordan Alvarez', E1, E2, 'About the author', 'Jordan Alvarez covers city hall.'),
    removed: 'About the author',
    keeps: ar(HE, E1, 'About the author of the plan, little is known beyond her long career in the parks department.', E2),
    kept: 'About the author of the plan',
  },
  'newsletter-cta': {
    removes: ar(HA, P1, P2, 'تابعونا على قناتنا في تيليجرام', 'https://t.me/example_news'),
    removed: 'https://t.me/example_news',
    keeps: ar(HE, E1, 'The mayor urged residents to follow us on the new city app, which went live last week with park maps and event calendars for every district.', E2),
    kept: 'follow us on the new city app',
  },
  'date-line': {
    removes: ar(HE, 'November 20, 2026', E1, E2),
    removed: 'November 20, 2026',
    keeps: ar(HE, E1, 'November 20, 2026 will be remembered as the day the park was approved', E2),
    kept: 'November 20, 2026 will be',
  },
  counter: {
    removes: ar(HA, '0', P1, P2),
    removed: '0',
    keeps: ar(HA, P1, '  1. الخطوة الأولى\n  2. الخطوة الثانية', P2),
    kept: 'الخطوة الأولى',
  },
  menu: {
    removes: ar('  • Home\n  • News\n  • Politics\n  • Sports', HE, E1, E2),
    removed: 'Home',
    keeps: ar(HE, 'The plan includes:', '  • walking trails\n  • a playground\n  • community gardens', E2),
    kept: 'a playground',
  },
};

function run(text: string, options: RinseOptions = {}) {
  const article = rinse(text, { ...options, explain: true });
  const kept = JSON.stringify([article.headline, article.sections]);
  return { article, kept, removed: article.removed ?? [] };
}

/** Each line, set in a dump by `place`, is removed by its rule, and the article stays whole. */
function expectEachRemoved(lines: Record<string, string>, place: (line: string) => string): void {
  for (const [line, rule] of Object.entries(lines)) {
    const a = rinse(place(line), { explain: true });
    expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe(rule);
    expect(a.body, line).toBe(`${E1}\n\n${E2}`);
  }
}

describe('rules', () => {
  it('every rule of the default preset has a case', () => {
    expect(Object.keys(CASES).sort()).toEqual(DEFAULT_PRESET.map((r) => r.id).sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    describe(id, () => {
      it('removes what it should', () => {
        const { removed, kept } = run(c.removes, c.options);
        const mine = removed.filter((r) => r.rule === id);
        expect(mine.length, JSON.stringify(removed)).toBeGreaterThan(0);
        expect(mine.some((r) => r.text.includes(c.removed)), JSON.stringify(mine)).toBe(true);
        expect(kept).not.toContain(c.removed);
      });
      it('keeps a look-alike that belongs to the article', () => {
        const { removed, kept } = run(c.keeps, c.options);
        expect(kept).toContain(c.kept);
        expect(removed.filter((r) => r.rule === id && r.text.includes(c.kept))).toEqual([]);
      });
    });
  }
});

describe('date lines in every language with a phrase file', () => {
  const phrases = defaultPhrases;
  const dates: Record<string, string[]> = {
    ar: ['29 نوفمبر 2026'],
    en: ['November 28, 2026 at 2:05 pm', 'Published Tuesday, 28 November 2026', '28/11/2026 14:05 (GMT+7)', 'Saturday, 28 November 2026, 14:05 (GMT+05:30)'],
    fr: ['Publié le 28 novembre 2026 à 14h05'],
    es: ['28 de noviembre de 2026 - 14:05', 'Actualizado el martes, 28 de noviembre de 2026'],
    de: ['Veröffentlicht am 28. November 2026, 14:05 Uhr', 'Dienstag, 28.11.2026'],
    pt: ['28 de novembro de 2026 às 14h05', 'Atualizado em 28/11/2026 14:05'],
    it: ['Pubblicato il 28 novembre 2026 alle 14:05', 'martedì 28 novembre 2026'],
    ru: ['28 ноября 2026, 14:05', 'Опубликовано 28 ноября 2026 года в 14:05'],
    nl: ['Gepubliceerd op 28 november 2026 om 14:05', 'dinsdag 28 november 2026'],
    ur: ['اتوار 29 نومبر 2026', '3 گھنٹے پہلے', 'شائع: 29 نومبر 2026'],
    th: ['วันจันทร์ที่ 30 พฤศจิกายน 2569', '30 พฤศจิกายน 2569 เวลา 09:15 น.', 'เผยแพร่: 30 พ.ย. 2569 09:15 น.', '3 ชั่วโมงที่แล้ว'],
  };
  it('are dates', () => {
    for (const [lang, lines] of Object.entries(dates)) for (const line of lines) expect(isDateLine(line, phrases), `${lang}: ${line}`).toBe(true);
  });
  it('a date\'s label (dateLabels) is one of its words, and is not kept in meta.published', () => {
    expect(isDateLine('تم النشر 29 نوفمبر 2026', phrases)).toBe(true);
    const a = rinse(ar(HA, 'تم النشر: 29 نوفمبر 2026 - 10:45 ص', P1, P2), { explain: true });
    expect(a.meta.published).toBe('29 نوفمبر 2026 - 10:45 ص');
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
  it('a rating is none, though "out" is a month\'s short name (Portuguese)', () => {
    for (const line of ['4.8 out of 5', '4 out of 5']) expect(isDateLine(line, phrases), line).toBe(false);
    for (const line of ['10 out 2026', '3 de out. de 2026', '29 out of 2026']) expect(isDateLine(line, phrases), line).toBe(true);
  });
  it('sentences with the same little words are not', () => {
    for (const line of ['El 28 de noviembre de 2026 el ayuntamiento votó el plan', 'Am 28. November 2026 hat der Stadtrat den Plan beschlossen', '28 ноября 2026 года городской совет одобрил план', 'Op 28 november 2026 stemde de gemeenteraad in']) {
      expect(isDateLine(line, phrases), line).toBe(false);
    }
  });
});

describe('figures in text dumps', () => {
  it('a caption that ends with its credit goes, and so do the alt text and caption beside a credit line', () => {
    for (const tail of ['The minister at the summit in the capital. Photo: Reuters', 'Un edificio en obras de rehabilitación en Madrid, en una imagen de archivo. EFE', 'Rep. Jane Roe speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file', 'Pittsburgh Steelers v Cleveland Browns Photo by Kirk Irwin/Getty Images', 'The minister speaks during the hearing in Washington. Photographer: Andrew Harrer/Bloomberg via Getty Images']) {
      const a = rinse(ar(HE, E1, tail, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === tail)?.rule, tail).toBe('caption');
    }
    const sentence = 'The council said on Tuesday that the photographs of the old yard would be shared with Reuters.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
    // A wire caption runs long; its labelled credit vouches for it. A long paragraph that ends
    // with a bare agency name in brackets stays.
    const wire = `${E1} ${E2} - The vote ends a decade of debate over the site. (Photo by Jane Roe / AFP)`;
    expect(rinse(ar(HE, E1, wire, E2), { explain: true }).removed?.find((r) => r.text === wire)?.rule).toBe('caption');
    const by = 'The mural on the old depot wall was painted by local artists in 1978 and restored by the city.';
    expect(rinse(ar(HE, E1, by, E2)).body).toContain(by);
    const paragraph = `${E1} ${E2} (Reuters)`;
    expect(rinse(ar(HE, E1, paragraph, E2)).body).toContain(paragraph);
    const figure = 'Delegates in the closing session\nImage source: Reuters\nDelegates from every country during the closing session';
    const b = rinse(ar(HE, E1, figure, E2));
    expect(b.body).toBe(`${E1}\n\n${E2}`);
    const c = rinse(ar(HA, P1, 'صورة من الجلسة الختامية\nمصدر الصورة: رويترز\nوفود الدول المشاركة خلال الجلسة الختامية للقمة', P2));
    expect(c.body).toBe(`${P1}\n\n${P2}`);
  });
  it('the alt text right above a caption that ends with its credit goes with it; a line a blank line apart stays', () => {
    const caption = 'A tram at the main station: from August pupils ride for free. Photo: Jan Woitas/dpa';
    const a = rinse(ar(HE, E1, `A tram of the city's transport company at the main station\n${caption}`, E2));
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const b = rinse(ar(HE, E1, 'Trams at the main station', caption, E2));
    expect(b.body).toContain('Trams at the main station');
    expect(b.body).not.toContain('Jan Woitas');
  });

  it('a sentence that ends with a colon and an amount, and prose under a credit line after a blank line, stay', () => {
    const sentence = 'Every family on the street received the same tax credit: $500.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
    const d = rinse(ar(HE, E1, 'Image source: Reuters', E2));
    expect(d.body).toBe(`${E1}\n\n${E2}`);
  });
});

describe('a source and its labelled dates', () => {
  it('go to meta.published and meta.modified; a line that merely ends with a date stays', () => {
    const a = rinse(ar(HA, 'الشبكة العربية - وكالات نشر في 24 نوفمبر 2026 08:30 ص آخر تحديث: 24 نوفمبر 2026 10:05 ص', P1, P2));
    expect(a.meta).toMatchObject({ published: '24 نوفمبر 2026 08:30 ص', modified: '24 نوفمبر 2026 10:05 ص' });
    expect(a.headline).toBe(HA);
    const b = rinse(ar(HE, 'Reuters Published 24 Nov 2026 Updated 10:05 am', E1, E2));
    expect(b.meta).toMatchObject({ published: '24 Nov 2026', modified: '10:05 am' });
    const line = 'The vote on the park is set for 24 November 2026';
    expect(rinse(ar(HE, E1, line, E2)).body).toContain(line);
  });
});

describe('a related label and a question', () => {
  it('"يهمك أيضاً" with a teaser that asks a question is a related block; a two-word label in a sentence is not', () => {
    const line = 'يهمك أيضاً ما هو صندوق الخسائر والأضرار ولماذا يثير الخلاف؟';
    expect(rinse(ar(HA, P1, line, P2), { explain: true }).removed?.find((r) => r.text === line)?.rule).toBe('related-block');
    const sentence = 'Most popular among residents was the plan for a playground.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a newsletter box in the article', () => {
  it('"Sign up for our … newsletter — … in your inbox" goes, with the form under it', () => {
    const cta = "Sign up for our Morning Briefing newsletter — the day's top stories in your inbox at 7am.";
    const a = rinse(ar(HE, E1, cta, '[                    ]Sign up', E2), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.removed?.find((r) => r.text === cta)?.rule).toBe('newsletter-cta');
  });

  it('a sentence of the article about what lands in an inbox stays', () => {
    const s = 'Phishing emails that land in your inbox often imitate banks and parcel firms, the police said on Tuesday, urging residents to report them.';
    expect(rinse(ar(HE, E1, s, E2)).body).toContain(s);
  });
});

describe('French article furniture', () => {
  const F1 = "La SNCF mettra en circulation 800 trains supplémentaires pendant les vacances de fin d'année, a annoncé lundi son président, qui veut répondre à une demande en forte hausse.";
  const F2 = "Les réservations ont progressé de 12 % par rapport à la même période l'an dernier, selon l'entreprise, qui prévoit de transporter plus de six millions de voyageurs.";
  const FH = 'La SNCF annonce 800 trains supplémentaires pour les fêtes';

  it('a newsroom with its agency is the author line; gift and save buttons and a paywall notice go', () => {
    const a = rinse(ar(FH, 'Le Journal du Soir avec AFP', 'Offrir cet article Ajouter à vos sélections Partager', F1, F2, 'Il vous reste 45 % de cet article à lire. La suite est réservée aux abonnés.'), { explain: true });
    expect(a.meta.author).toBe('Le Journal du Soir avec AFP');
    expect(a.body).toBe(`${F1}\n\n${F2}`);
    expect(a.removed?.find((r) => r.text.startsWith('Il vous reste'))?.rule).toBe('newsletter-cta');
    const de = 'Sie lesen einen Artikel aus unserem Abo-Angebot. Jetzt 4 Wochen für 0 € testen.';
    expect(rinse(ar(HE, E1, E2, de), { explain: true }).removed?.find((r) => r.text === de)?.rule).toBe('newsletter-cta');
  });

  it('a sentence that names an agency, and one about the rest of a journey, stay', () => {
    const s1 = "Le ministre s'est entretenu avec l'AFP à la sortie du conseil, sans donner de calendrier précis.";
    const s2 = 'Il vous reste encore quelques jours pour réserver un billet à prix réduit, rappelle la compagnie.';
    const a = rinse(ar(FH, F1, s1, s2, F2));
    expect(a.body).toContain(s1);
    expect(a.body).toContain(s2);
  });
});

describe('a related label inside the article', () => {
  it('takes its one headline though the article goes on after it; at the top of the page the headline under it is the article\'s', () => {
    const teaser = 'Council to vote on new bus lanes next month';
    const a = rinse(ar(HE, E1, 'Read more', teaser, E2));
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const b = rinse(ar('Read more', HE, E1, E2));
    expect(b.headline).toBe(HE);
  });
});

describe('images that text browsers print', () => {
  it('an alt text and title printed one after the other, and glued placeholders, go; a doubled short name and a repeated phrase in a sentence stay', () => {
    for (const line of ['Stairs leading upward to the old rail yardStairs leading upward to the old rail yard', 'The new park seen from the bridge The new park seen from the bridge', '[Screen-Shot-2018-02-19][Screen-Shot-2018-02-19]']) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('image-placeholder');
    }
    for (const line of ['Bora Bora', 'Walla Walla', 'The council voted again and again, and again and again the plan was delayed.']) {
      expect(rinse(ar(HE, E1, line, E2)).body, line).toContain(line);
    }
  });
});

describe("a reviewer's line", () => {
  it('"Medically reviewed by …" goes without becoming the author; a sentence that starts the same way stays', () => {
    const a = rinse(ar(HE, 'By Jane Smith', 'Medically reviewed by Athena Robinson, PhD', E1, E2), { explain: true });
    expect(a.meta.author).toBe('Jane Smith');
    expect(a.removed?.find((r) => r.text.startsWith('Medically'))?.rule).toBe('byline');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const sentence = 'Reviewed by the state board in March, the plan was sent back to the council for changes.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('comment moderation notices', () => {
  it('go wherever they stand; a sentence about a moderator stays', () => {
    const notice = 'Thank you! Your comment will be reviewed by the moderator for compliance with the rules.';
    const a = rinse(ar(HE, E1, E2, notice), { explain: true });
    expect(a.removed?.find((r) => r.text === notice)?.rule).toBe('comment-form');
    const sentence = 'The meeting had no moderator, and the debate over the park ran past midnight on Tuesday.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('relative dates', () => {
  it('"منذ 3 ساعات", "3 hours ago", "il y a 2 heures" are dates, the marker kept in meta.published; a marker alone or a marker before words is not', () => {
    for (const line of ['منذ 3 ساعات', 'منذ يومين', 'قبل 5 دقائق', '3 hours ago', 'il y a 2 heures', 'hace 3 horas', 'vor 2 Stunden', '2 ore fa', '3 uur geleden', '2 часа назад']) {
      expect(isDateLine(line, defaultPhrases), line).toBe(true);
    }
    for (const line of ['منذ', 'قبل الظهر', 'ago', 'منذ بداية الأزمة']) expect(isDateLine(line, defaultPhrases), line).toBe(false);
    expect(rinse(ar(HA, 'منذ 3 ساعات', P1, P2)).meta.published).toBe('منذ 3 ساعات');
  });
});

describe('a post-meta line', () => {
  it('gives the author and the date without the counts and the reading time after them', () => {
    const a = rinse(ar(HA, 'بواسطة ليلى الحسن منذ 3 ساعات 0 تعليق 1٬245 مشاهدة دقيقتين للقراءة', P1, P2));
    expect(a.meta).toMatchObject({ author: 'ليلى الحسن', published: 'منذ 3 ساعات' });
    expect(a.headline).toBe(HA);
    const b = rinse(ar(HE, 'By Jane Smith 3 hours ago 12 comments 4 min read', E1, E2));
    expect(b.meta).toMatchObject({ author: 'Jane Smith', published: '3 hours ago' });
    // A reading time or a count beside the date, between separators, is not part of the date.
    expect(rinse(ar(HE, 'Published in Engineering Notes · 7 min read · Nov 18, 2026', E1, E2)).meta.published).toBe('Nov 18, 2026');
    expect(rinse(ar(HA, '24 نوفمبر 2026 | 1٬245 مشاهدة', P1, P2)).meta.published).toBe('24 نوفمبر 2026');
  });
});

describe('a date with its time', () => {
  it('is one date for meta.published, not a section and a date', () => {
    const a = rinse(['الرئيسية | أخبار | رياضة', 'وزارة الصحة تطلق حملة وطنية للتطعيم', 'الثلاثاء 28 نوفمبر 2026 - 02:05 م', 'أطلقت وزارة الصحة اليوم حملة وطنية واسعة للتطعيم ضد الإنفلونزا الموسمية تستهدف أكثر من ثلاثة ملايين مواطن ومقيم في مختلف المناطق.', 'وقال المتحدث باسم الوزارة إن الحملة تستمر حتى نهاية فبراير، وإن اللقاحات متوفرة مجاناً للجميع في المراكز الصحية.'].join('\n\n'));
    expect(a.meta.published).toBe('الثلاثاء 28 نوفمبر 2026 - 02:05 م');
    expect(a.meta.section).toBeUndefined();
  });
});

describe('Chinese', () => {
  it('a CJK date is a date line; 相关新闻 and 版权所有 are template, the article stays', () => {
    expect(isDateLine('2026年11月28日 14:05', defaultPhrases)).toBe(true);
    expect(isDateLine('2026년 11월 28일', defaultPhrases)).toBe(true);
    expect(isDateLine('北京市政府宣布新公园计划', defaultPhrases)).toBe(false);
    const article = '北京市政府周二宣布，将把废弃的铁路货场改造成一座大型公共公园。官员表示，这项计划经过十年的讨论终于获得批准，预计明年春天开工。';
    const a = rinse(['首页 | 新闻 | 体育 | 财经', article, '相关新闻', '  • 上海地铁新线路开通', '  • 广州举办国际车展', '版权所有 © 2026 新闻网'].join('\n\n'), { explain: true });
    expect(a.body).toBe(article);
    expect(a.removed?.map((r) => r.rule)).toEqual(expect.arrayContaining(['related-block', 'copyright']));
  });
});

describe('a meta line of labelled fields', () => {
  const H = '成都地铁19号线二期开通运营 天府机场至市区最快38分钟';
  const Z1 = '11月28日上午9时，成都地铁19号线二期正式开通运营。线路从天府新区的天府商务区站引出，向南延伸至天府国际机场，全长约43公里，共设车站8座。';
  const Z2 = '据成都轨道交通集团介绍，19号线二期采用市域快线标准建设，最高运行速度达到每小时160公里，是目前西南地区运行速度最快的地铁线路。';
  const Z3 = '成都轨道交通集团相关负责人表示，后续将根据客流变化情况，适时优化调整行车间隔，并在节假日和重大活动期间加开临时列车。';

  it('gives the date and the author before the source, whether the fields are spaced or glued by w3m', () => {
    const cases: [string, Record<string, string>][] = [
      ['2026-11-28 09:15 来源：成都日报 作者：李明 张华 字号：大 中 小', { author: '李明 张华', published: '2026-11-28 09:15' }],
      ['2026-11-28 09:15 来源：成都日报作者：李明张华字号：大中小', { author: '李明张华', published: '2026-11-28 09:15' }],
      ['来源：成都日报 作者：李明 2026-11-28', { author: '李明', published: '2026-11-28' }],
      ['来源：成都日报 作者：李明', { author: '李明' }],
      // A source names the author when no one else is named.
      ['发布时间：2026-11-28 09:15 来源：新华社', { author: '新华社', published: '2026-11-28 09:15' }],
      ['Source: Reuters | Author: Jane Doe | Published: 28 November 2026', { author: 'Jane Doe', published: '28 November 2026' }],
      ['Author: Ruth Okafor, Transport Correspondent | Published: 28 November 2026', { author: 'Ruth Okafor', published: '28 November 2026' }],
    ];
    for (const [line, meta] of cases) {
      const a = rinse(ar(/^[A-Z]/.test(line) ? HE : H, line, /^[A-Z]/.test(line) ? E1 : Z1, /^[A-Z]/.test(line) ? E2 : Z2), { explain: true });
      const removal = a.removed?.find((r) => r.text === line);
      expect(removal?.rule, line).toMatch(/^(byline|date-line)$/);
      expect(removal?.detail, line).toMatch(/^labelled fields: /);
      expect(a.meta, line).toEqual(meta);
    }
  });

  it('a line with a label no phrase list knows stays ("时间：2026年11月28日 地点：成都市天府广场")', () => {
    const line = '时间：2026年11月28日 地点：成都市天府广场';
    const a = rinse(ar(H, '2026-11-28 09:15', Z1, line, Z2, Z3));
    expect(a.body).toContain(line);
    expect(a.meta).toEqual({ published: '2026-11-28 09:15' });
  });

  it('a label glued to the name by its colon leaves the name whole ("作者：李明 张华")', () => {
    expect(rinse(ar(H, '作者：李明 张华', Z1, Z2)).meta.author).toBe('李明 张华');
    expect(rinse(ar(HE, 'By:Jane Doe', E1, E2)).meta.author).toBe('Jane Doe');
  });
});

describe('a Chinese caption credited after its full stop', () => {
  const H = '成都地铁19号线二期开通运营 天府机场至市区最快38分钟';
  const Z1 = '11月28日上午9时，成都地铁19号线二期正式开通运营。线路从天府新区的天府商务区站引出，向南延伸至天府国际机场，全长约43公里，共设车站8座。';
  const Z2 = '据成都轨道交通集团介绍，19号线二期采用市域快线标准建设，最高运行速度达到每小时160公里，是目前西南地区运行速度最快的地铁线路。';
  const Z3 = '成都轨道交通集团相关负责人表示，后续将根据客流变化情况，适时优化调整行车间隔，并在节假日和重大活动期间加开临时列车。';

  it('goes, and so does the picture\'s alt text above it, a blank line apart, when the caption repeats it', () => {
    for (const cap of ['11月28日，乘客在天府国际机场站乘坐19号线列车。记者 张华 摄', '11月28日，乘客在天府国际机场站乘坐19号线列车。记者张华摄']) {
      const a = rinse(ar(H, Z1, '19号线列车', cap, Z2, Z3), { explain: true });
      expect(a.removed?.find((r) => r.text === cap)?.rule, cap).toBe('caption');
      expect(a.removed?.find((r) => r.text === '19号线列车')?.rule, cap).toBe('caption');
      expect(a.body).toBe(`${Z1}\n\n${Z2}\n\n${Z3}`);
    }
  });

  it('a paragraph that ends "…。详见下图" stays, and a sub-heading the caption does not repeat stays above it', () => {
    const see = '线路走向和各站位置已经公布，乘客可以提前规划出行路线。详见下图';
    expect(rinse(ar(H, Z1, see, Z2, Z3)).body).toContain(see);
    const cap = '11月28日，乘客在天府国际机场站乘坐列车。记者 张华 摄';
    const a = rinse(ar(H, Z1, '换乘更便捷', cap, Z2, Z3), { explain: true });
    expect(a.removed?.find((r) => r.text === cap)?.rule).toBe('caption');
    expect(a.sections.map((s) => s.heading)).toContain('换乘更便捷');
  });
});

describe('a Korean article in text dumps', () => {
  const H = '부산 오륙도선 트램 내년 3월 개통…시속 25㎞로 5.15㎞ 달린다';
  const K1 = '(부산=한빛일보) 김민수 기자 = 부산시는 남구 경성대·부경대역과 오륙도를 잇는 오륙도선 트램이 내년 3월 개통한다고 29일 밝혔다.';
  const K2 = '오륙도선은 총연장 5.15㎞ 구간에 정거장 7곳과 차량기지 1곳을 갖춘 국내 첫 도심형 무가선 저상 트램이다. 전력선 없이 배터리로 달리는 방식이다.';
  const K3 = '시는 지난달부터 실제 운행과 같은 조건으로 시운전을 하고 있으며, 다음 달까지 안전 점검과 종합 평가를 마칠 계획이다.';

  it('a caption credited in brackets to what a source supplied goes, with the picture\'s alt text above it ("[부산시 제공. 재판매 및 DB 금지]")', () => {
    const alt = '시운전 중인 오륙도선 트램';
    const cap = '지난 27일 부산 남구 용호동 일대에서 시운전 중인 오륙도선 트램. [부산시 제공. 재판매 및 DB 금지]';
    const a = rinse(`${H}\n\n${K1}\n\n${alt}\n${cap}\n\n${K2}\n\n${K3}`, { explain: true });
    expect(a.removed?.find((r) => r.text === cap)?.rule).toBe('caption');
    expect(a.removed?.find((r) => r.text === alt)?.rule).toBe('caption');
    expect(a.body).toBe(`${K1}\n\n${K2}\n\n${K3}`);
    // A paragraph that ends with a bracket of its own stays.
    const own = '시는 다음 달까지 안전 점검을 마칠 계획이다. [관련 기사 참조]';
    expect(rinse(ar(H, K1, own, K2, K3)).body).toContain(own);
  });

  it('a line of hashtags is the tags, without their marks; a sentence with a hashtag in it stays', () => {
    const a = rinse(ar(H, K1, K2, K3, '#트램 #부산 #오륙도선'), { explain: true });
    expect(a.meta.tags).toEqual(['트램', '부산', '오륙도선']);
    expect(a.removed?.find((r) => r.text === '#트램 #부산 #오륙도선')?.rule).toBe('tags');
    expect(rinse(ar(HE, E1, '#Budget2026#CityHall', E2)).meta.tags).toEqual(['Budget2026', 'CityHall']);
    const said = '#1 on the list was the creek, residents said in the survey that the council published on Tuesday.';
    expect(rinse(ar(HE, E1, said, E2)).body).toContain(said);
  });
});

describe('a breaking-news ticker', () => {
  it('ends with its list: the lines after a blank one below it (the breadcrumb, the headline) are the page\'s, not items', () => {
    // lynx -dump -nolist: the ticker's list, then the breadcrumb joined to the author's line.
    const list = '     * ارتفاع أسعار الذهب في التعاملات المسائية\n     * الأرصاد: طقس مائل للبرودة غدا على أغلب الأنحاء';
    const crumbs = '   الرئيسية > مقالات الرأي > وزارة الصحة تطلق حملة وطنية للتطعيم د. سامي عبد الحميد أستاذ الصحة العامة';
    const dump = ['   عاجل\n' + list, crumbs, HA, '   الأحد 29 نوفمبر 2026 - 10:45 ص', `   ${P1}`, `   ${P2}`].join('\n\n');
    const a = rinse(dump, { explain: true });
    expect(a.headline).toBe(HA);
    expect(a.removed?.filter((r) => r.rule === 'ticker').map((r) => r.text)).toEqual(['عاجل', 'ارتفاع أسعار الذهب في التعاملات المسائية\nالأرصاد: طقس مائل للبرودة غدا على أغلب الأنحاء']);
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
});

describe('German article tools', () => {
  const H = 'Stadtrat beschließt neuen Park am alten Güterbahnhof';
  const D1 = 'Der Stadtrat hat am Dienstagabend beschlossen, das brachliegende Gelände des alten Güterbahnhofs in einen öffentlichen Park umzuwandeln, nach einer jahrzehntelangen Debatte über die Zukunft der Fläche.';
  const D2 = 'Der Plan sieht Spazierwege, einen Spielplatz, Gemeinschaftsgärten und einen renaturierten Abschnitt des Baches vor, der einst durch das Gelände floss, teilte die Stadtverwaltung mit.';
  it('a line of them goes, printed without the link markers that would tell them ("Artikel verschenken Zur Merkliste hinzufügen Teilen Feedback"); a sentence with the words stays', () => {
    const tools = 'Artikel verschenken Zur Merkliste hinzufügen Teilen Feedback';
    const a = rinse(ar(H, tools, D1, D2), { explain: true });
    expect(a.removed?.find((r) => r.text === tools)?.rule).toBe('share-bar');
    expect(a.body).toBe(`${D1}\n\n${D2}`);
    const said = 'Abonnenten können den Artikel verschenken und ihn zur Merkliste hinzufügen, erklärte der Verlag.';
    expect(rinse(ar(H, D1, said, D2)).body).toContain(said);
  });
});

describe('a count alone under its label', () => {
  it('goes ("عدد القراءات: 1٬482", "Views: 1,482"); a label and a sentence stay', () => {
    for (const line of ['عدد القراءات: 1٬482', 'Views: 1,482']) {
      const a = rinse(ar(HE, 'November 20, 2026', E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('counter');
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
    const note = 'Views: 1,482 residents signed the petition before the vote, the clerk said on Tuesday.';
    expect(rinse(ar(HE, E1, note, E2)).body).toContain(note);
  });
});

describe('the date it was updated on a line of its own', () => {
  it('is meta.modified beside the date it was published, whichever comes first; alone, it is the date', () => {
    const cases: [string, string, Record<string, string>][] = [
      ['입력 2026.11.29 10:42', '수정 2026.11.29 14:05', { published: '2026.11.29 10:42', modified: '2026.11.29 14:05' }],
      ['Updated: 18 Nov 2019 9:38 pm', 'Posted: 18 Nov 2019 8:11 pm', { published: '18 Nov 2019 8:11 pm', modified: '18 Nov 2019 9:38 pm' }],
    ];
    for (const [first, second, meta] of cases) {
      const a = rinse(`${HE}\n\n${first}\n${second}\n\n${E1}\n\n${E2}`);
      expect(a.meta, first).toEqual(meta);
    }
    expect(rinse(`${HE}\n\nUpdated: 18 Nov 2019 9:38 pm\n\n${E1}\n\n${E2}`).meta).toEqual({ published: '18 Nov 2019 9:38 pm' });
  });
});

describe('a table of contents with numbered items', () => {
  it('goes when its items come back below as headings, one over a list ("3 References"); a footer\'s menu of labels over lists stays the menu rule\'s', () => {
    const dump = readFileSync(path.join(import.meta.dirname, 'fixtures/en-encyclopedia-lead/input.txt'), 'utf8');
    const a = rinse(dump, { explain: true });
    expect(a.removed?.filter((r) => r.rule === 'table-of-contents').map((r) => r.text)).toEqual(['Contents', '1 History\n2 Design\n3 References']);
    expect(a.sections.map((sec) => sec.heading)).toEqual([null, 'History', 'Design', 'References']);
  });
});

describe('Chinese and Japanese headlines', () => {
  it('a title line of Chinese characters is the headline (words are not spaced); a sentence ending in 。 is not', () => {
    const title = '北京市政府宣布废弃货场将改造为公共公园';
    const p1 = '北京市政府周二宣布，将把废弃的铁路货场改造成一座大型公共公园。官员表示，这项计划经过十年的讨论终于获得批准，预计明年春天开工。';
    const p2 = '公园将包括步道、儿童游乐场、社区花园以及一段修复的河道。市政府估计，整个项目将在六年内花费约四亿元人民币。';
    const a = rinse(['首页 | 新闻 | 体育 | 财经', title, '2026年11月28日 14:05', p1, p2, '版权所有 © 2026 新闻网'].join('\n\n'));
    expect(a.headline).toBe(title);
    expect(a.meta.published).toBe('2026年11月28日 14:05');
    expect(a.body).toBe(`${p1}\n\n${p2}`);
    expect(rinse([p1, p2].join('\n\n')).headline).toBeNull();
  });
});

describe('numbers that are no date', () => {
  it('a phone number is not a date line; numeric dates and times still are', () => {
    for (const t of ['03-5829-8082', '555 123 4567', '+1 212 555 0100']) expect(isDateLine(t, defaultPhrases), t).toBe(false);
    for (const t of ['29/11/2026', '2016.12.01 14:05', '28.11.2026 - 14:05', '11/28/19']) expect(isDateLine(t, defaultPhrases), t).toBe(true);
  });
});

describe('share widgets in English', () => {
  it('"Share this on WhatsApp" and "AddThis Sharing Buttons" are share bars; a sentence about sharing is not', () => {
    for (const line of ['Share this on WhatsApp', 'Share on Telegram', 'Share via Email', 'AddThis Sharing Buttons']) {
      const article = rinse(ar(HE, line, E1, E2), { explain: true });
      expect(article.removed?.find((r) => r.text === line)?.rule).toBe('share-bar');
      expect(article.body).not.toContain(line);
    }
    const sentence = 'Share on the new line rose to 40 percent in the first month, the transit agency said.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a byline with the date beside the name', () => {
  it('gives the author without the date, and the date as published', () => {
    for (const [line, author, published] of [
      ['كتب: سامي العتيبي 28 نوفمبر 2026', 'سامي العتيبي', '28 نوفمبر 2026'],
      ['By Joseph Tsidulko November 19, 2019, 07:47 PM EST', 'Joseph Tsidulko', 'November 19, 2019, 07:47 PM EST'],
      // A time in "a.m." ends the line like a sentence; two authors; a name ending in "Do".
      ['By Maria Lopez , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.', 'Maria Lopez, Minh Do', 'Monday, November 18th, 2019 at 11:08 a.m.'],
    ] as const) {
      const article = rinse(ar(line.startsWith('By') ? HE : HA, line, ...(line.startsWith('By') ? [E1, E2] : [P1, P2])));
      expect(article.meta.author).toBe(author);
      expect(article.meta.published).toBe(published);
      expect(article.body).not.toContain(author);
    }
  });

  it('a sentence that ends with a time in "a.m." is no byline', () => {
    const sentence = 'By the end of the year, the park will open every day at 8 a.m.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });

  it('a name that merely ends in a number is left whole', () => {
    expect(rinse(ar(HE, 'By Louis 14', E1, E2)).meta.author).toBe('Louis 14');
  });
});

describe('a one-word label with its items on the same line', () => {
  it('"Tags a, b, c" is a tags line, kept in meta.tags, even with many items; a sentence that starts with the label is not', () => {
    const tags = 'Tags calendario stock car 2018, stock car brasil, stock car cascavel, stock car corrida milhão, stock car interlagos, stock car santa cruz do sul, stock car taruma, stock car velopark, stock-car londrina';
    const a = rinse(ar(HE, E1, E2, tags), { explain: true });
    expect(a.removed?.find((r) => r.text === tags)?.rule).toBe('tags');
    expect(a.meta.tags).toContain('stock car santa cruz do sul');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const sentence = 'Tags, labels and badges are sewn into every garment, the inspectors said on Friday.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('more page furniture in English', () => {
  it('"Advert", "Explore further", "This slideshow requires JavaScript.", a Google+ share bar and "Tell us what YOU think..." go; the article stays', () => {
    const lines = {
      Advert: 'ad-label',
      'Explore further': 'related-block',
      'This slideshow requires JavaScript.': 'widget',
      'Facebook Twitter Google+ Whatsapp': 'share-bar',
      'Tell us what YOU think...': 'comment-form',
      // A newspaper's menu items (discounts, the paper) and Spanish share buttons.
      'Apps Puzzles Horoscopes Discounts Shop Paper': 'menu',
      'Compartir en Whatsapp Compartir en Facebook Copiar enlace Ir a los comentarios': 'share-bar',
    };
    expectEachRemoved(lines, (line) => ar(HE, E1, line, E2));
    const sentence = 'The advert ran for six weeks before the council voted, and explore further options it did not.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('calls to follow and trademark notices', () => {
  it('"Follow … on Facebook, Twitter and Instagram", breaking-news alerts and trademark notices go; a sentence about following a story on social networks stays', () => {
    const lines = {
      'Follow The Gazette Opinion section on Facebook, Twitter (@GazetteOpinion) and Instagram.': 'newsletter-cta',
      'Get breaking news alerts and special reports, delivered weekday mornings.': 'newsletter-cta',
      'Apple logo, Apple TV, App Store and iPhone are registered trademarks of Apple Inc.': 'legal-notice',
    };
    expectEachRemoved(lines, (line) => ar(HE, E1, E2, line));
    const sentence = 'Followers of the council on Facebook and Twitter had asked for a park for years. Now they have one.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('affiliate disclosures and shop buttons', () => {
  it('a review site\'s commission notice and its deal buttons go, in several languages; prose about commissions and a sentence that says "buy now" stay', () => {
    const lines = {
      'When you purchase through links on our site, we may earn an affiliate commission. Here’s how it works.': 'legal-notice',
      'We independently review everything we recommend. When you buy through our links, we may earn a commission.': 'legal-notice',
      'Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.': 'legal-notice',
      'Cet article contient des liens affiliés.': 'legal-notice',
      'Si compras a través de estos enlaces, podemos recibir una comisión.': 'legal-notice',
      'View Deal': 'widget',
      'Check Price': 'widget',
      'Zum Angebot': 'widget',
      "Voir l'offre": 'widget',
    };
    expectEachRemoved(lines, (line) => ar(HE, E1, line, E2));
    for (const sentence of [
      'Brokers may earn a commission on every sale, the regulator warned, and buyers are rarely told how much.',
      'Buy now, pay later schemes have spread to groceries, the survey found, and most users are under 30.',
    ]) {
      expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
    }
  });
});

describe('ad labels, paywall lines, news-tip calls, gallery buttons and feedback questions', () => {
  it('go between two paragraphs; a sentence that opens like a label stays', () => {
    const lines = {
      'Article continues below this ad': 'ad-label',
      'The story continues below': 'ad-label',
      'This article is for subscribers only': 'newsletter-cta',
      'Have a news tip? Email us at tips@gazette.example': 'newsletter-cta',
      'Open this photo in gallery:': 'widget',
      'Click here to view the gallery': 'widget',
      'Did you find this article useful?': 'widget',
      // A newspaper's markers between its ad slots and its photo credits, printed with an ellipsis.
      'SKIP ADVERTISEMENT': 'ad-label',
      'Credit…Jane Doe for The New York Times': 'caption',
      'Illustration by Jane Doe': 'caption',
      'Send any friend a story': 'share-bar',
      'Jump to comments': 'widget',
      'المزيد من الصور': 'widget',
      'هل وجدت هذا المقال مفيدا؟': 'widget',
    };
    expectEachRemoved(lines, (line) => ar(HE, E1, line, E2));
    for (const sentence of [
      'The story continues below the fold, said the editor, who has run the paper for twenty years.',
      'Supported by donations from readers, the paper has survived for a century, its editor said.',
      'Credit card fees will rise next year… the bank said on Tuesday, blaming inflation.',
    ]) {
      expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
    }
  });
});

describe('Arabic template lines', () => {
  it('"تم النشر في …" is a date line (kept in meta.published); an app\'s call, an e-mail field and a reading time go; a sentence about reading time stays', () => {
    const a = rinse(ar(HA, 'تم النشر في 29 نوفمبر 2026', P1, P2), { explain: true });
    expect(a.meta.published).toBe('29 نوفمبر 2026');
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    // "بتاريخ" (on the date of) labels the date, it names no author.
    expect(rinse(ar(HA, 'بتاريخ 29 نوفمبر 2026', P1, P2)).meta).toEqual({ published: '29 نوفمبر 2026' });
    for (const [line, rule] of [
      ['حمّل تطبيق الوطن اليوم', 'newsletter-cta'],
      ['أدخل بريدك الإلكتروني', 'newsletter-cta'],
      ['وقت القراءة: 3 دقائق', 'widget'],
      ['دقيقتان للقراءة', 'widget'],
    ] as const) {
      const b = rinse(ar(HA, P1, line, P2), { explain: true });
      expect(b.removed?.find((r) => r.text === line)?.rule, line).toBe(rule);
      expect(b.body, line).toBe(`${P1}\n\n${P2}`);
    }
    const sentence = 'حملة التطعيم تستمر حتى فبراير، ووقت القراءة في المدارس سيتغير خلالها بحسب الوزارة التي نظمت الحملة.';
    expect(rinse(ar(HA, P1, sentence, P2)).body).toContain(sentence);
  });
});

describe('media players', () => {
  it('a video player\'s buttons without the end of its dialog go up to the next paragraph; in HTML, video.js, JW Player and MediaElement.js controls are furniture', () => {
    const buttons = 'Video Player is loading.\nPlay Video\nPlay\nMute\nCurrent Time 0:00\nDuration 0:00\nLoaded: 0%\nFullscreen';
    const a = rinse(ar(HE, E1, buttons, 'This is a modal window.', E2), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.removed?.filter((r) => r.rule === 'media-player').length).toBeGreaterThanOrEqual(8);
    for (const player of [
      '<div class="video-js vjs-paused"><div class="vjs-loading-spinner"><span class="vjs-control-text">Video Player is loading.</span></div><div class="vjs-control-bar"><div class="vjs-current-time"><span class="vjs-control-text">Current Time </span>0:00</div><div class="vjs-duration"><span class="vjs-control-text">Duration </span>0:00</div></div></div>',
      '<div class="jwplayer jw-reset"><div class="jw-controls"><div class="jw-text-elapsed">00:00</div><div class="jw-text-duration">02:13</div><div class="jw-tooltip-title">Council members debate the rail yard plan</div></div></div>',
      '<div class="mejs__container"><div class="mejs__controls"><div class="mejs__time"><span class="mejs__currenttime">00:00</span></div><div class="mejs__duration-container">02:13</div></div></div>',
    ]) {
      // An article of some length: a short page's furniture is pruned only when it is sure.
      const E3 = 'Construction is expected to begin next spring, and the first section of the trail could open to the public by the end of 2027, the parks department said in a statement.';
      expect(rinse(page(`<p>${E1}</p>`, `<p>${E2}</p>`, player, `<p>${E3}</p>`)).body, player.slice(0, 30)).toBe(`${E1}\n\n${E2}\n\n${E3}`);
    }
    // A paragraph about a player stays, and so does a figure of a video with its caption.
    const about = 'Play, pause and mute buttons were added to the council\'s video archive last year, the clerk said.';
    expect(rinse(ar(HE, E1, 'Video Player is loading.', about, E2)).body).toContain(about);
  });
});

describe('opinion disclaimers', () => {
  it('an opinion page\'s disclaimer goes, in Arabic, English, French and German; a news sentence reporting that views differ stays', () => {
    const arabic = 'المقالات المنشورة تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.';
    const a = rinse(ar(HA, P1, P2, arabic), { explain: true });
    expect(a.removed?.find((r) => r.text === arabic)?.rule).toBe('legal-notice');
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    const lines = {
      "The views expressed in this article are the author's own and do not necessarily reflect the editorial stance of the Gazette.": 'legal-notice',
      "Les propos tenus dans cette tribune n'engagent que leur auteur.": 'legal-notice',
      'Dieser Kommentar gibt die Meinung des Autors wieder.': 'legal-notice',
    };
    expectEachRemoved(lines, (line) => ar(HE, E1, E2, line));
    const sentence = 'The views of residents do not necessarily reflect those of the council, the mayor said, and the vote on the park will be close.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('microdata that text browsers show', () => {
  it('an ISO 8601 timestamp is a date line; an image URL alone is an image placeholder; a page URL and a sentence naming a .jpg are kept', () => {
    for (const t of ['2019-11-19T08:57:40+01:00', '2019-11-19T08:57Z', '2026-11-29T16:56:54.123+0000']) expect(isDateLine(t, defaultPhrases), t).toBe(true);
    for (const t of ['2019-11-19T99:99', 'T2019-11-19', '2019-11-19T08:57:40 and later']) expect(isDateLine(t, defaultPhrases), t).toBe(false);
    const url = 'https://static.example.com/image/5dd3a081-500-250/park-plan.jpg';
    const a = rinse(ar(HE, E1, '2019-11-19T08:57:40+01:00', url, E2), { explain: true });
    expect(a.removed?.find((r) => r.text === url)?.rule).toBe('image-placeholder');
    expect(a.removed?.find((r) => r.text === '2019-11-19T08:57:40+01:00')?.rule).toBe('date-line');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const page = 'https://example.com/news/park-plan';
    const sentence = 'The file park-plan.jpg, released on Monday, shows the trails and the restored creek.';
    const b = rinse(ar(HE, E1, page, sentence, E2));
    expect(b.body).toContain(page);
    expect(b.body).toContain(sentence);
  });
});

describe('a date set as a list item', () => {
  it('goes to meta.published, so the headline above it is found; a list of dated sentences stays', () => {
    const a = rinse(ar(HE, '  • Jane Doe, City Desk', '  • 19.11.2019, 08:57', E1, E2), { explain: true });
    expect(a.meta.published).toBe('19.11.2019, 08:57');
    expect(a.removed?.find((r) => r.text === '19.11.2019, 08:57')?.rule).toBe('date-line');
    expect(a.headline).toBe(HE);
    const list = '  • 19.11.2019: the council votes on the plan\n  • 20.11.2019: the mayor signs it';
    expect(rinse(ar(HE, E1, 'The timeline, as the council published it:', list, E2)).body).toContain('the mayor signs it');
  });
});

describe('captions in text dumps', () => {
  it('a line a caption label opens ("Image caption …", "Photo: …", "صورة: …") is a caption; prose that starts with the same word is not', () => {
    const lines = ['Image caption The rail yard has stood empty since 2009', 'Image copyright Getty Images', 'Photo: Jordan Alvarez/City Paper', 'Photo by Kevin Mazur/Getty Images', 'Credit: iStock', 'Pictured: the rail yard from the bridge'];
    for (const line of lines) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('caption');
      expect(a.body, line).toBe(`${E1}\n\n${E2}`);
    }
    const arabic = 'صورة: وزير الصحة خلال إطلاق الحملة';
    expect(rinse(ar(HA, P1, arabic, P2)).body).toBe(`${P1}\n\n${P2}`);
    for (const sentence of ['Image is everything in politics, the mayor said after the vote on the rail yard.', 'Photo booths will stand at every entrance of the new park, the plan says.']) {
      expect(rinse(ar(HE, E1, sentence, E2)).body, sentence).toContain(sentence);
    }
  });

  it('"Related post: …", "Get short URL" and "View all (4)" are page furniture', () => {
    const lines = { 'Related post: Pickled Brussels Sprouts Recipe': 'related-block', 'Get short URL': 'share-bar', 'View all (4)': 'widget' };
    expectEachRemoved(lines, (line) => ar(HE, E1, line, E2));
  });
});

describe('wire-service and slideshow captions, credits and notices', () => {
  it('"In this … file photo, …", "In this photo provided by …" and "1of4Grass …" are captions; prose that opens the same way is not', () => {
    const lines = [
      'In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work on the station.',
      'In this photo provided by the city, the rail yard is seen from the air on Monday.',
      'En esta foto del 12 de diciembre de 2006, dos astronautas trabajan en la estación.',
      '1of4Grass Valley residents line up for gas cans before the planned power shut-off.',
      'How can a rail yard stay empty for ten years in the middle of a city? (Photo: Getty Images)',
    ];
    for (const line of lines) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('caption');
    }
    for (const sentence of [
      'In this case, the photo shows that the council knew about the costs before the vote, he said.',
      'In this image-conscious age, the council wants the park to look good in every season, she said.',
      '1 of 4 residents said they would use the park every week, according to the survey.',
    ]) {
      expect(rinse(ar(HE, E1, sentence, E2)).body, sentence).toContain(sentence);
    }
  });

  it('credit lines, reprint, reCAPTCHA and browser notices and feedback buttons go', () => {
    const lines = ['Getty', 'The Associated Press', 'This copy is for your personal, non-commercial use only. To order presentation-ready copies, visit the reprints page.', 'This site is protected by reCAPTCHA Privacy Policy | Terms of Service', 'Give Feedback'];
    for (const line of lines) {
      const a = rinse(ar(HE, E1, E2, line), { explain: true });
      expect(a.body, line).toBe(`${E1}\n\n${E2}`);
    }
    const sentence = 'The Associated Press reported on Monday that the council had approved the plan.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a date and the author without a marker; image file names; icon share bars', () => {
  it('"November 20, 2019 Emiliano Bellini" gives published and author; a sentence that starts with a date stays', () => {
    const a = rinse(ar(HE, 'November 20, 2019 Emiliano Bellini', E1, E2), { explain: true });
    expect(a.meta.published).toBe('November 20, 2019');
    expect(a.meta.author).toBe('Emiliano Bellini');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(rinse(ar(HE, E1, 'November 20, 2019 was the day the council finally voted on the plan.', E2)).body).toContain('was the day');
  });

  it('an image file name alone (w3m alt text) and an "Icon Facebook Icon Twitter" bar go; a sentence naming a file stays', () => {
    for (const line of ['wyze-sense-yellow.jpgwyze-sense-yellow.jpg', 'Icon Facebook Icon Twitter Icon LinkedIn Icon WhatsApp Icon Email']) {
      expect(rinse(ar(HE, E1, line, E2)).body, line).toBe(`${E1}\n\n${E2}`);
    }
    const sentence = 'The map, park-plan.jpg, was released on Monday.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('photo credits, agency captions, time zones and labelled bylines', () => {
  it('credit lines go as captions; headlines with a slash stay', () => {
    for (const line of ['(Reed Saxon / Associated Press)', 'Amy K. Dragoo/AIMMEDIA', 'REUTERS/Brendan McDermid', 'AP Photo/Evan Vucci', 'VICTOR TANGERMANN, FUTURISM', 'WASHINGTON, DC - NOVEMBER 19: Jennifer Williams, an adviser to the vice president, arrives for the hearing.']) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('caption');
    }
    for (const line of ['AC/DC Announce A Reunion Tour For Next Summer', 'Apple/Google Deal Falls Apart After Talks']) {
      const a = rinse(ar(line, E1, E2));
      expect(a.headline, line).toBe(line);
    }
  });

  it('"Updated 1:33 am CST, Wednesday, November 20, 2019" is a date line; "Analysis by …" is a byline, not the headline', () => {
    const a = rinse(ar(HE, 'Analysis by Chris Cillizza, CNN Editor-at-large', 'Updated 1:33 am CST, Wednesday, November 20, 2019', E1, E2), { explain: true });
    expect(a.headline).toBe(HE);
    expect(a.meta.author).toBe('Chris Cillizza, CNN Editor-at-large');
    expect(a.meta.published).toBe('1:33 am CST, Wednesday, November 20, 2019');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
});

describe('follow lines', () => {
  it('"Follow NBC News" and "Follow @AppleInsider ● RSS" are calls to action; a sentence starting with "Follow" is not', () => {
    for (const line of ['Follow NBC News', 'Follow @AppleInsider ● RSS', 'Share Close extra sharing options', '0Tweet about this on Twitter', '12Email this to someone']) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.body, line).toBe(`${E1}\n\n${E2}`);
    }
    for (const line of ['Follow the money, the auditor told the council on Monday.', 'Follow the river trail north']) {
      expect(rinse(ar(HE, E1, line, E2)).body, line).toContain(line);
    }
  });
});

describe('a theme\'s meta line: a date and a byline together', () => {
  it('"Posted on … by admin", "By admin - 2018-09-16", "05/10/2018 - Publicado por: … - Categoria: …" and "date | By Name" give published and author', () => {
    const cases: [string, string, string][] = [
      ['Posted on November 19, 2019 by admin', 'admin', 'November 19, 2019'],
      ['By admin - 2018-09-16', 'admin', '2018-09-16'],
      ['05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde', 'Clarissa Borba', '05/10/2018'],
      ['November 19, 2019 | By Jane Doe', 'Jane Doe', 'November 19, 2019'],
      ['29 نوفمبر 2026 | بواسطة أحمد علي', 'أحمد علي', '29 نوفمبر 2026'],
      ['نشر في 28 نوفمبر 2026 بواسطة محرر الموقع', 'محرر الموقع', '28 نوفمبر 2026'],
    ];
    for (const [line, author, published] of cases) {
      const arabic = /[\u0600-\u06ff]/.test(line);
      const a = rinse(arabic ? ar(HA, line, P1, P2) : ar(HE, line, E1, E2), { explain: true });
      expect(a.meta.author, line).toBe(author);
      expect(a.meta.published, line).toBe(published);
      expect(a.body, line).toBe(arabic ? `${P1}\n\n${P2}` : `${E1}\n\n${E2}`);
      expect(a.meta.section, line).toBeUndefined();
    }
  });

  it('a title with "by" in it, a sentence with a date and "by", and a section with its date stay what they are', () => {
    expect(rinse(ar('Stand By Me', E1, E2)).headline).toBe('Stand By Me');
    const sentence = 'Published 2 hours ago by the city council, the plan drew hundreds of comments.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
    expect(rinse(ar(HE, 'News | November 19, 2019', E1, E2)).meta.section).toBe('News');
  });
});

describe('newsletter sign-up messages', () => {
  it('"Stay up to date with …" (a call that opens the line, though a longer one follows) and the subscription confirmation go; a sentence about staying informed in the article stays', () => {
    for (const line of ['Stay up to date with Ascom. Subscribe to our newsletter.', 'You have successfully subscribed. Thank you!']) {
      const a = rinse(ar(HE, E1, E2, line), { explain: true });
      expect(a.body, line).toBe(`${E1}\n\n${E2}`);
    }
    const sentence = 'Residents who want to stay informed about the park can attend the monthly meetings at city hall, the mayor said.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a date line with the article\'s counts', () => {
  it('goes to meta.published without the counts ("عدد القراءات: 1٬482", "Views: 1,482"); a count alone or a sentence is no date line', () => {
    const line = 'الأحد 29 نوفمبر 2026 - 10:45 ص عدد القراءات: 1٬482';
    const a = rinse(ar(HA, line, P1, P2), { explain: true });
    expect(a.removed?.find((r) => r.text === line)?.rule).toBe('date-line');
    expect(a.meta.published).toBe('الأحد 29 نوفمبر 2026 - 10:45 ص');
    expect(a.headline).toBe(HA);
    const en = rinse(ar(HE, 'November 29, 2026 | Views: 1,482', E1, E2));
    expect(en.meta.published).toBe('November 29, 2026');
    expect(en.body).toBe(`${E1}\n\n${E2}`);
    const sentence = 'The council met on November 29, 2026 and counted views: 1,482';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
    expect(rinse(ar(HA, P1, 'عدد القراءات: 1٬482', P2)).meta.published).toBeUndefined();
  });
});

describe('a question as headline or sub-heading', () => {
  const Q = 'هل تنقذ الطاقة الشمسية قرى الصعيد من العطش؟';
  it('is the headline when a date stands under it, over an author line above it', () => {
    const a = rinse(ar('د. سامي عبد الحميد أستاذ هندسة الموارد المائية', Q, 'الأحد 29 نوفمبر 2026', P1, P2));
    expect(a.headline).toBe(Q);
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
  it('opening the article without a date or byline under it, is its first paragraph', () => {
    const q = 'Have you ever wondered why the city never finished its park?';
    const a = rinse(ar(HE, 'November 20, 2026', q, E1, E2));
    expect(a.headline).toBe(HE);
    expect(a.body).toContain(q);
  });
  it('heads a part when short and alone between paragraphs; a remark with a comma stays a paragraph', () => {
    const a = rinse(ar(HE, E1, 'What happens next?', E2));
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'What happens next?']);
    const b = rinse(ar(HE, E1, 'Really, who could have known?', E2));
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
    expect(b.body).toContain('Really, who could have known?');
  });
});

describe('a tags line without separators', () => {
  it('is removed, but its words are not told as tags (where one tag ends is unknown)', () => {
    const glued = 'Tags: climate change city council parks';
    const a = rinse(ar(HE, E1, E2, glued), { explain: true });
    expect(a.removed?.find((r) => r.text === glued)?.rule).toBe('tags');
    expect(a.meta.tags).toBeUndefined();
    expect(rinse(ar(HE, E1, E2, 'Tags: climate change, city council, parks')).meta.tags).toEqual(['climate change', 'city council', 'parks']);
    expect(rinse(ar(HE, E1, E2, 'Tags: parks')).meta.tags).toEqual(['parks']);
  });
});

describe('a Jannah-style post header and figure in text dumps', () => {
  const H = 'دراسة: المشي 20 دقيقة يوميا يقلل خطر أمراض القلب';
  it('a name and a date under the headline are the byline; the counts line, the share bar and the glued ad label go', () => {
    const a = rinse(ar(H, 'هيئة التحرير 27 نوفمبر، 2026\n2٬304 دقيقتين\nفيسبوك ‫X لينكدإن واتساب تيلقرام مشاركة عبر البريد طباعة', 'إعلان[468]', P1, 'إعلان[300x250]', P2), { explain: true });
    expect(a.headline).toBe(H);
    expect(a.meta.author).toBe('هيئة التحرير');
    expect(a.meta.published).toBe('27 نوفمبر، 2026');
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.removed?.find((r) => r.text === 'إعلان[300x250]')?.rule).toBe('ad-label');
    expect(a.removed?.find((r) => r.text === '2٬304 دقيقتين')?.rule).toBe('counter');
    expect(rinse(ar(HE, '1,245 views 3 min read', E1, E2)).body).toBe(`${E1}\n\n${E2}`);
  });
  it('a headline that ends with a date, an embedded post\'s credit, a labelled air date and a unit before its number are no byline or counts', () => {
    const headline = 'Elections set for 24 November 2026';
    const a = rinse(ar('City Hall Politics Today', headline, E1, E2));
    expect(a.headline).toBe(headline);
    expect(a.meta.author).toBeUndefined();
    const tweet = '— Jane Doe (@janedoe) November 1, 2019';
    expect(rinse(ar(HE, E1, 'The council has finally approved the new park plan for the old rail yard', tweet, E2)).body).toContain(tweet);
    expect(rinse(ar(HE, 'Air Date: November 19, 2019', E1, E2)).meta.author).toBeUndefined();
    const day = rinse(ar(HE, E1, 'Day 3', E2));
    expect(day.body).toContain('Day 3');
  });
  it('a caption with its credit after a dash goes, and the alt text above it; a sentence before a dash stays', () => {
    const a = rinse(ar(H, 'المشي يوميا\nالمشي المنتظم يحسن صحة القلب - تعبيرية', P1, P2), { explain: true });
    expect(a.removed?.find((r) => r.text === 'المشي المنتظم يحسن صحة القلب - تعبيرية')?.rule).toBe('caption');
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.headline).toBe(H);
    const line = 'The council voted late on Tuesday. The mayor signed it - Reuters';
    expect(rinse(ar(HE, E1, line, E2)).body).toContain(line);
  });
  it('a labelled source line goes without becoming the author; a newsroom with its agency is still the author', () => {
    const a = rinse(ar(HA, P1, P2, 'المصدر: وكالات'), { explain: true });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.meta.author).toBeUndefined();
    expect(rinse(ar(HE, 'Detroit News wire services', E1, E2)).meta.author).toBe('Detroit News wire services');
  });
  it('one line of links under a tags label tells no tags; lines of one tag each do', () => {
    expect(rinse(ar(HA, P1, P2, 'الوسوم\nأمراض القلب المشي')).meta.tags).toBeUndefined();
    expect(rinse(ar(HE, E1, E2, 'Tags', 'climate change', 'city parks')).meta.tags).toEqual(['climate change', 'city parks']);
  });
});

describe('the standfirst between the headline and the byline', () => {
  const DEK = 'Five years of moving-van data, one surprising pattern.';
  it('leaves the body for meta.description; a name right above the date is the author', () => {
    const a = rinse(ar(HE, DEK, 'Maya Okafor\nNov 24, 2026', E1, E2), { explain: true });
    expect(a.headline).toBe(HE);
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.meta.description).toBe(DEK);
    expect(a.meta.author).toBe('Maya Okafor');
    expect(a.meta.published).toBe('Nov 24, 2026');
    expect(a.removed?.find((r) => r.text === DEK)?.rule).toBe('standfirst');
  });
  it('a name line right under the headline and over the date is the author; a few words there are no summary', () => {
    const a = rinse(ar(HE, 'Kevin Johnson and Kevin McCoy USA TODAY', 'Nov 24, 2026', E1, E2));
    expect(a.meta.author).toBe('Kevin Johnson and Kevin McCoy USA TODAY');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    // The avatar's name glued to the byline, and the staff role after it (the page's JSON-LD says "Eric Song").
    expect(rinse(ar(HE, 'Eric SongBy Eric Song, IGN Staff', 'Nov 24, 2026', E1, E2)).meta.author).toBe('Eric Song');
    const b = rinse(ar(HE, 'letture', 'Film', 'Nov 24, 2026', E1, E2));
    expect(b.meta.description).toBeUndefined();
    expect(b.body).toBe(`${E1}\n\n${E2}`);
  });
  it('a brief\'s one paragraph over the byline at its foot is its text', () => {
    const a = rinse(ar(HE, E1, 'By Jane Doe, Nov 24, 2026'));
    expect(a.body).toBe(E1);
    expect(a.meta.description).toBeUndefined();
  });
  it('under the byline, or over a machine timestamp, is the first paragraph', () => {
    const b = rinse(ar(HE, 'By Maya Okafor', DEK, E1, E2));
    expect(b.body).toContain(DEK);
    const c = rinse(ar(HE, E1, '2019-11-19T08:57:40+01:00', E2));
    expect(c.body).toBe(`${E1}\n\n${E2}`);
    expect(c.meta.description).toBeUndefined();
  });
  it('in HTML, a paragraph between the h1 and the byline element leaves the body too', () => {
    const html = `<!doctype html><html><body><article><h1>${HE}</h1><p class="intro">${DEK}</p><div class="byline">By Maya Okafor, Nov 24, 2026</div><div class="article-body"><p>${E1}</p><p>${E2}</p></div></article></body></html>`;
    const a = rinse(html);
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.meta.description).toBe(DEK);
    const after = `<!doctype html><html><body><article><h1>${HE}</h1><div class="byline">By Maya Okafor, Nov 24, 2026</div><p>${DEK}</p><div class="article-body"><p>${E1}</p><p>${E2}</p></div></article></body></html>`;
    expect(rinse(after).body).toContain(DEK);
  });
});

describe('newsletter posts in text dumps', () => {
  it('a sub-heading printed right under a subscribe form heads its part; the call to subscribe goes; sup carets go', () => {
    const cta = 'Thanks for reading The Local Ledger! Subscribe for free to receive new posts and support my work.';
    const a = rinse(ar(HE, E1, cta, '[                    ][Subscribe]\nThe airport rule', `${E2.slice(0, -1)} per shift^[1] in m^2, the plan says.^[citation needed]`));
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'The airport rule']);
    expect(a.body).not.toContain('Thanks for reading');
    expect(a.body).toContain('per shift[1] in m2, the plan says.[citation needed]');
    // A short line with another line of text in its group is no heading.
    const b = rinse(ar(HE, E1, 'The airport rule\nsee the map below', E2));
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('Persian is a data change (phrases/fa.json)', () => {
  const H = 'افزایش ۲۰ درصدی مسافران قطار در پاییز امسال';
  const F1 = 'به گزارش خبرگزاری نمونه، مدیرعامل شرکت راه‌آهن اعلام کرد که تعداد مسافران قطارهای مسافری در سه ماه نخست پاییز امسال نسبت به مدت مشابه سال گذشته حدود ۲۰ درصد افزایش یافته است.';
  const F2 = 'وی افزود که برای پاسخ به این تقاضا، ۱۲ رام قطار جدید به ناوگان اضافه شده و برنامه حرکت قطارها در روزهای پایانی هفته افزایش خواهد یافت و فروش اینترنتی بلیت از دو هفته قبل امکان‌پذیر است.';
  it('the news code and date line, the share bar, an inline "بیشتر بخوانید" and the tags go; the date is kept', () => {
    const a = rinse(ar(H, 'کد خبر: ۴۵۶۷۸۹ ۹ آذر ۱۴۰۵ - ۱۰:۳۰\nتلگرام واتساپ توییتر کپی لینک', F1, 'بیشتر بخوانید: قیمت بلیت قطار برای نوروز اعلام شد', F2, 'برچسب‌ها: راه آهن، قطار، مسافر'));
    expect(a.headline).toBe(H);
    expect(a.meta.published).toBe('۹ آذر ۱۴۰۵ - ۱۰:۳۰');
    expect(a.meta.tags).toEqual(['راه آهن', 'قطار', 'مسافر']);
    expect(a.body).toBe(`${F1}\n\n${F2}`);
  });
  it('a sentence that starts like a label stays', () => {
    const s = 'بیشتر بخوانید تا بدانید چرا مسافران قطار را به اتوبوس ترجیح می‌دهند و این روند در سال‌های اخیر چگونه تغییر کرده است.';
    expect(rinse(ar(H, F1, s, F2)).body).toContain(s);
  });
});

describe('link cards whose headline has a colon or semicolon, or whose summary opens with "A"', () => {
  it('a run of them goes; capitals inside a link address glue nothing', () => {
    const cards = [
      'Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman and a 28-year-old man have been arrested.',
      'Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left without paying.',
      'Auto Union Opens Talks With Fiat Chrysler; Strike PossibleThe union on Tuesday began talks with the carmaker.',
    ];
    const a = rinse(ar(HE, E1, E2, ...cards), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    for (const c of cards) expect(a.removed?.find((r) => r.text === c)?.rule, c).toBe('teaser-cards');
    const products = ['1) Lego Star Wars 75188 Bombardiere della Resistenza http://amzn.to/2iJFhRj', '2) Polistil 960574 Pista Elettrica Sorpasso http://amzn.to/2hZfWFJ', '3) Cofanetto Nolan: Interstellar/Inception/Memento (Blu-Ray) http://amzn.to/2hWw372'];
    const b = rinse(page(`<p>${E1}</p><p>${E2}</p>`, ...products.map((p) => `<p>${p}</p>`)), { explain: true });
    for (const p of products) expect(b.removed?.find((r) => r.text === p)?.rule, p).not.toBe('teaser-cards');
  });
});

describe('a list of dated rows under a heading that names the article\'s subject', () => {
  const H = 'The Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour';
  const P = 'The Doobie Brothers will celebrate their 50th anniversary with a tour across North America next summer, and Michael McDonald will join the band for the first time in years, the group said on Monday.';
  const Q = 'The band’s current tour continues November 19th in Greenville, South Carolina; after a break later that month, the schedule picks up February 7th in Las Vegas.';
  const rows = ['June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre', 'June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre', 'June 17 – Nashville, TN @ Bridgestone Arena', 'June 19 – Charlotte, NC @ PNC Music Pavilion'];
  it('stays in the article, every row (none is taken for a section and date line)', () => {
    const a = rinse(ar(H, P, Q, 'The Doobie Brothers Tour Dates', rows.join('\n')));
    expect(a.body).toContain('The Doobie Brothers Tour Dates');
    for (const r of rows) expect(a.body, r).toContain(r);
    expect(a.meta.section).toBeUndefined();
  });
  it('under a heading that names another subject, or of headlines without figures, it goes', () => {
    const b = rinse(ar(H, P, Q, 'Upcoming Events', rows.join('\n')));
    expect(b.body).not.toContain('June 9');
    const teasers = ['Doobie Brothers Announce New Album', 'Michael McDonald Talks About His Solo Work', 'Doobie Brothers Share Rare Footage'];
    const c = rinse(ar(H, P, Q, 'More Doobie Brothers News', teasers.join('\n')));
    expect(c.body).not.toContain('Announce New Album');
  });
  it('a section and date line alone is still meta', () => {
    const a = rinse(ar(HE, 'Politics – Nov 24, 2026', E1, E2));
    expect(a.meta.section).toBe('Politics');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
});

describe('the masthead over the page\'s date, far above the article', () => {
  it('loses to the line that opens the article when a byline or date stands a few blocks under it', () => {
    const H = 'Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play and Pay';
    const sections = ['World', 'Business', 'Technology', 'Markets', 'Opinion', 'Life & Arts', 'Real Estate', 'Sports', 'Travel'];
    const a = rinse(ar('The Daily Gazette\nTuesday, November 24, 2026', ...sections, H, 'By\nJane Doe', 'Nov. 19, 2019 8:03 am ET', E1, E2));
    expect(a.headline).toBe(H);
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.meta.author).toBe('Jane Doe');
  });
});

describe('a Spanish national-news layout', () => {
  const H = 'El Gobierno aprueba una ayuda de 200 euros para el alquiler joven';
  const DEK = 'La medida beneficiará a unos 120.000 jóvenes de entre 18 y 35 años con ingresos bajos y se podrá solicitar a partir de enero';
  const S1 = 'El Consejo de Ministros ha aprobado este martes una ayuda directa de 200 euros al mes para el pago del alquiler de los jóvenes con menos ingresos, según el Ministerio de Vivienda.';
  const S2 = 'Para acceder a la ayuda, los solicitantes deberán acreditar unos ingresos inferiores a tres veces el indicador público de renta y un alquiler que no supere los 600 euros mensuales.';
  it('text: a standfirst too long for a headline under the headline; the share bar with its comments link; the alt text over a credited caption; the Trust Project line', () => {
    const a = rinse(ar('Vivienda', H, DEK, 'María García\nMadrid - 29 nov 2026 - 10:45 CET\nCompartir en Whatsapp Compartir en Facebook Copiar enlace Comentarios', 'Bloque de viviendas en Madrid\nUn bloque de viviendas en alquiler en el barrio de Vallecas, en Madrid. Juan Pérez (EFE)', S1, S2, 'Se adhiere a los criterios de The Trust Project'), { explain: true });
    expect(a.headline).toBe(H);
    expect(a.meta.author).toBe('María García');
    expect(a.meta.description).toBe(DEK);
    expect(a.body).toBe(`${S1}\n\n${S2}`);
    expect(a.removed?.find((r) => r.text.startsWith('Compartir en Whatsapp'))?.rule).toBe('share-bar');
  });
  it('HTML: an <h2> standfirst between the <h1> and the byline leaves the body', () => {
    const html = `<!doctype html><html><body><article><h1>${H}</h1><h2>${DEK}</h2><div class="a_md">María García</div><div class="a_md_f">Madrid - <time datetime="2026-11-29">29 nov 2026 - 10:45 CET</time></div><div class="a_c"><p>${S1}</p><p>${S2}</p></div></article></body></html>`;
    const a = rinse(html);
    expect(a.body).toBe(`${S1}\n\n${S2}`);
    expect(a.meta.author).toBe('María García');
  });
  it('a comment section\'s label alone stays the comment form\'s', () => {
    const a = rinse(ar(HE, E1, E2, 'Top Rated Comments', 'Great piece, thanks for writing it.'), { explain: true });
    expect(a.removed?.find((r) => r.text === 'Top Rated Comments')?.rule).toBe('comment-form');
  });
});

describe('a region\'s items', () => {
  it('end at another region\'s label that an earlier rule took out; a picture between two teasers does not end them', () => {
    const a = rinse(ar(HE, E1, E2, 'Archivado En', '  • Vivienda\n  • Alquiler', 'Comentarios', 'Normas'));
    expect(a.meta.tags).toEqual(['Vivienda', 'Alquiler']);
    const b = rinse(ar(HE, E1, E2, 'Related Stories', '[thumb-1]', 'Bridge Repairs Begin On The Harbour Road', '[thumb-2]', 'Local Bakery Wins Regional Bread Award'), { explain: true });
    expect(b.removed?.find((r) => r.text === 'Local Bakery Wins Regional Bread Award')?.rule).toBe('related-block');
  });
  const CARDS = [
    'Ferry timetable changes for the summer season',
    'The operator will add two evening crossings from May, it said on Tuesday.',
    'School roof repairs to start in the holidays',
    '12 March 2026',
    'Pupils will return to a new roof on the sports hall, the head teacher said.',
    'Market square to close for resurfacing',
    'The Saturday market will move to the car park for eight weeks…',
  ];
  it('may be teaser cards, each a headline and its summary', () => {
    const a = rinse(ar(HE, E1, E2, 'More stories', ...CARDS), { explain: true });
    expect(a.body).not.toContain('Ferry');
    expect(a.body).not.toContain('Saturday market');
    for (const line of CARDS) expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('related-block');
    // Two cards are enough at the end of a page.
    const b = rinse(ar(HE, E1, E2, 'More stories', ...CARDS.slice(0, 5)));
    expect(b.body).not.toContain('Pupils will return');
  });
  it('are no cards when a section of the article follows the label, or calls to act follow a headline', () => {
    // A label inside the article (its one headline taken), then the article's next sections,
    // each a heading and a short paragraph, then more of the article.
    const sections = ['The trails will open first, the parks director said.', 'Who pays for it', 'A state grant covers half of the cost, the report said.', 'When work begins', 'Crews will start clearing the yard in the spring.'];
    const a = rinse(ar(HE, E1, 'See also', 'Rail yard plan goes to a public vote', ...sections, E2));
    for (const line of sections) expect(a.body).toContain(line);
    expect(a.body).not.toContain('public vote');
    // Boxes of the page's furniture under a list of other stories are no cards: a summary is a
    // sentence or an excerpt.
    const b = rinse(ar(HE, E1, E2, 'More stories', 'Ferry timetable changes for the summer season', 'Morning briefing', 'Get the top stories in your inbox:', 'Contact the newsroom', 'Write to us or call at:'), { explain: true });
    expect(b.removed?.find((r) => r.text === 'Ferry timetable changes for the summer season')?.rule).toBe('related-block');
    expect(b.removed?.find((r) => r.text === 'Write to us or call at:')?.rule).not.toBe('related-block');
  });
});

describe('visible tags in HTML', () => {
  it('the article\'s rel="tag" links are its tags when the page declares none; categories and a sidebar\'s tag cloud are not', () => {
    const html = `<!doctype html><html><body><article><h1>${HE}</h1><div class="entry-content"><p>${E1}</p><p>${E2}</p></div><div class="post-tags"><a rel="tag" href="/tag/parks">parks</a> <a rel="tag" href="/tag/city-council">city council</a> <a rel="category tag" href="/c/news">News</a></div></article><aside class="sidebar"><div class="tagcloud"><a rel="tag" href="/tag/x">weather</a></div></aside></body></html>`;
    const a = rinse(html);
    expect(a.meta.tags).toEqual(['parks', 'city council']);
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const declared = html.replace('<head>', '').replace('<body>', '<head><meta property="article:tag" content="urban planning"></head><body>');
    expect(rinse(declared).meta.tags).toEqual(['urban planning']);
  });
  it('without rel="tag", the links of an element that lists tags are the tags; a share bar\'s "tag" modifier is no tag list', () => {
    const body = `<main><div class="post-wrap"><h1>${HE}</h1><div class="post-content"><p>${E1}</p><p>${E2}</p></div>`;
    const share = '<div class="share-tools--event-tag"><a href="/s/fb">Share on Facebook</a> <a href="/s/x">Share on X</a></div>';
    const a = rinse(`<!doctype html><html><body>${body}${share}<div class="post-tags">Tags: <a href="/tag/parks">parks</a>, <a href="/tag/rail">rail yards</a></div></div></main></body></html>`);
    expect(a.meta.tags).toEqual(['parks', 'rail yards']);
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    for (const list of ['<ul class="tags-links">', '<ul id="article-keywords">', '<ul class="td-tags tag-list">']) {
      const b = rinse(`<!doctype html><html><body>${body}${list}<li><a href="/t/1">parks</a></li></ul></div></main></body></html>`);
      expect(b.meta.tags, list).toEqual(['parks']);
    }
    expect(rinse(`<!doctype html><html><body>${body}${share}</div></main></body></html>`).meta.tags).toBeUndefined();
  });
  it('a hashtag link\'s mark is no part of its tag ("#트램"), as in a text dump\'s line of hashtags', () => {
    const body = `<main><h1>${HE}</h1><div class="post-content"><p>${E1}</p><p>${E2}</p></div>`;
    const a = rinse(`<!doctype html><html><body>${body}<div class="article-tags"><a href="/tag/1">#parks</a> <a href="/tag/2">#rail yards</a></div></main></body></html>`);
    expect(a.meta.tags).toEqual(['parks', 'rail yards']);
  });
});

describe('a match report\'s byline and an embedded post', () => {
  it('a byline whose date begins before its separator: the name without the date', () => {
    const a = rinse(ar(HA, 'كتب: فهد العتيبي السبت 28 نوفمبر 2026 | 10:40 م', P1, P2));
    expect(a.meta.author).toBe('فهد العتيبي');
    expect(a.meta.published).toBe('السبت 28 نوفمبر 2026 | 10:40 م');
  });
  it('HTML: a quote of a paragraph and a credit line is two quotes, as text browsers print it', () => {
    const html = `<!doctype html><html><body><article><h1>${HE}</h1><p>${E1}</p><blockquote class="twitter-tweet"><p>Three points in front of our fans</p>— City FC (@cityfc) <a href="https://x.com/a">November 28, 2026</a></blockquote><p>${E2}</p></article></body></html>`;
    const quotes = rinse(html).sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'quote').map((b) => (b as { text: string }).text);
    expect(quotes).toEqual(['Three points in front of our fans', '— City FC (@cityfc) November 28, 2026']);
  });
});

describe('a post\'s meta line with a date in figures', () => {
  it('is no headline over the line above it', () => {
    const H = 'Uma palinha das brincadeiras musicais do grupo Serelepe';
    const a = rinse(ar(H, 'Carlos Nadalim 27/09/2018 Comente! Alfabetização, Brinquedos e Brincadeiras, Música', E1, E2));
    expect(a.headline).toBe(H);
  });
});

describe('a bulleted list under a heading that names the article\'s subject', () => {
  const H = 'Euro 2020 qualifying: which teams are in and how the playoffs work';
  const P = 'Euro 2020 qualifying is over, sort of. The group stage of qualifying finished on Tuesday, and twenty teams have booked their tickets to next summer\'s tournament across Europe.';
  const Q = 'Below are all the teams that qualified for the tournament during the group stage, with the number of times each has taken part.';
  it('stays when its items are rows of figures; a list of headlines under it goes', () => {
    const rows = '  • England (Group A): 10th appearance\n  • Czech Republic (Group A): Seventh appearance\n  • Ukraine (Group B): Third appearance';
    const a = rinse(ar(H, P, Q, 'Qualified teams', rows));
    expect(a.body).toContain('England (Group A): 10th appearance');
    const teasers = '  • Qualified teams celebrate across Europe\n  • Which teams could still qualify through the playoffs\n  • The teams that missed out on the tournament';
    const b = rinse(ar(H, P, Q, 'Qualified teams news', teasers));
    expect(b.body).not.toContain('celebrate across Europe');
  });
});

describe('a Russian city-news layout', () => {
  const H = 'В Казани откроют четыре новые станции метро к 2028 году';
  const R1 = 'Четыре новые станции второй линии казанского метрополитена планируется открыть к концу 2028 года. Об этом на пресс-конференции в понедельник сообщил руководитель городского управления транспорта.';
  const R2 = 'По его словам, строительство ведется одновременно на трех участках, а проходка тоннелей между будущими станциями завершена более чем на половину, и работы идут по графику.';
  it('a caption whose credit after its last full stop starts in lower case; the date line with a count in spaced thousands', () => {
    const a = rinse(ar(H, '29 ноября 2026, 09:15 1 245 просмотров', 'Станция метро\nСтроительство второй линии метро. Фото: пресс-служба мэрии', R1, R2), { explain: true });
    expect(a.headline).toBe(H);
    expect(a.meta.published).toBe('29 ноября 2026, 09:15');
    expect(a.body).toBe(`${R1}\n\n${R2}`);
  });
  it('a sentence with a colon and a lower-case word after a label-like word stays', () => {
    const s = 'Лучшее за неделю фото: строители работают даже ночью';
    expect(rinse(ar(H, R1, s, R2)).body).toContain(s);
  });
});

describe('a picture\'s words printed line after line', () => {
  it('go, every copy; a short row repeated (a table\'s header) stays', () => {
    const title = 'Watch: how the council voted on the park plan';
    const a = rinse(ar(HE, E1, `${title}\n${title}\n${title}`, E2), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.removed?.filter((r) => r.text === title).every((r) => r.rule === 'image-placeholder')).toBe(true);
    const cta = "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.";
    expect(rinse(ar(HE, E1, E2, cta), { explain: true }).removed?.find((r) => r.text === cta)?.rule).toBe('newsletter-cta');
    const header = 'Pos Player Plays % Stats';
    expect(rinse(ar(HE, E1, `${header}\n${header}`, E2)).body).toContain(header);
  });
});

describe('notices and credits found on the bench\'s pages', () => {
  it('an affiliate disclosure, a privacy banner, a comments notice, a newsletter line and a Russian archive credit go', () => {
    expectEachRemoved(
      {
        'If you buy something through this post, IGN may get a share of the sale. For more, learn more.': 'legal-notice',
        'Your privacy is important to us. We have updated our privacy policy to better explain how we use data on this site.': 'cookie-notice',
        'JavaScript is required to load the comments.': 'comment-form',
        'Keep an eye on your inbox for the latest sports news.': 'newsletter-cta',
      },
      (line) => ar(HE, E1, E2, line),
    );
    const a = rinse(ar(HE, E1, 'личный архив Андрея Рудькова', E2), { explain: true });
    expect(a.removed?.find((r) => r.text === 'личный архив Андрея Рудькова')?.rule).toBe('caption');
  });
});

describe('a date line with the date it was updated', () => {
  it('gives the first date as published and the labelled one as modified, with or without the author\'s name before them', () => {
    const a = rinse(ar(HE, 'Jane Doe 29 November 2026 10:42 Updated: 29.11.2026 - 11:15', E1, E2), { explain: true });
    expect(a.meta).toMatchObject({ author: 'Jane Doe', published: '29 November 2026 10:42', modified: '29.11.2026 - 11:15' });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const b = rinse(ar(HE, 'Published: 24 Nov 2026 Updated: 25 Nov 2026', E1, E2));
    expect(b.meta).toMatchObject({ published: '24 Nov 2026', modified: '25 Nov 2026' });
    const c = rinse(ar(HE, '10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019', E1, E2));
    expect(c.meta).toMatchObject({ published: '10:48, Tue, Nov 19, 2019', modified: '11:05, Tue, Nov 19, 2019' });
    // A sentence that mentions an update keeps its place.
    const sentence = 'The plan was published on 24 Nov 2026 and updated on 25 Nov 2026 after the vote.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });

  it('a name and a date under the headline\'s standfirst are the byline; under an article paragraph they stay', () => {
    const dek = 'The park will replace the rail yard, and the council expects the first trails to open next spring.';
    const byline = 'Jane Doe 29 November 2026 10:42';
    const a = rinse(ar(HE, dek, byline, E1, E2));
    expect(a.meta).toMatchObject({ author: 'Jane Doe', published: '29 November 2026 10:42', description: dek });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const b = rinse(ar(HE, E1, E2, 'Kevin Brown 29 November 2026', E1.replace('Tuesday', 'Monday')));
    expect(b.body).toContain('Kevin Brown 29 November 2026');
  });
});

describe('a share bar that ends with the page\'s tools', () => {
  it('goes whole ("… Linki Kopyala Yazı Boyutu", "… Copy link Font size Print"); a line of tools alone is rule widget\'s', () => {
    for (const line of ["Facebook'ta Paylaş Twitter'da Paylaş WhatsApp Linki Kopyala Yazı Boyutu", 'Share on Facebook Share on Twitter Copy link Font size Print']) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('share-bar');
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
    for (const row of ['Font size Dark mode', 'Font size Print']) {
      const tools = rinse(ar(HE, E1, row, E2), { explain: true });
      expect(tools.removed?.find((r) => r.text === row)?.rule, row).toBe('widget');
    }
    const sentence = 'Share the link to the font size guide with your friends on Facebook, the library said.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a long sentence with few separate function words', () => {
  it('is article text at the end of the article (Turkish writes them as suffixes); a line of names without one is not', () => {
    const tr1 = "İstanbul Büyükşehir Belediyesi'ne bağlı Şehir Hatları, kış tarifesinde önemli bir değişikliğe gidiyor ve son seferlerin saati bir saat ileri alınacak.";
    const tr2 = "Şirketten yapılan yazılı açıklamada, düzenlemenin yolculardan gelen talepler ve gece saatlerindeki yoğunluk verileri incelenerek hazırlandığı belirtildi.";
    const last = "Yolcuların güncel sefer saatlerini Şehir Hatları'nın mobil uygulamasından ve iskelelerdeki bilgi ekranlarından takip edebileceği bildirildi.";
    const a = rinse(ar("İstanbul'da vapur seferlerine yeni düzenleme geldi", tr1, tr2, 'Yeni sefer saatleri', '  • Karaköy – Kadıköy: son sefer 00.15\n  • Beşiktaş – Üsküdar: son sefer 00.30', last));
    expect(a.body).toContain(last);
    expect(judge({ kind: 'paragraph', text: last, origin: {} }, defaultPhrases).cls).toBe('near');
    // Twelve names and a full stop: no function word at all.
    const names = 'Karaköy Kadıköy Beşiktaş Üsküdar Eminönü Sarıyer Bebek Arnavutköy Ortaköy Kuruçeşme Çengelköy Kandilli.';
    expect(judge({ kind: 'paragraph', text: names, origin: {} }, defaultPhrases).cls).toBe('short');
  });
});

describe('a date line with the share bar beside it', () => {
  it('is read without the buttons (one line, or joined at an 80-column wrap); a sentence that ends with a network\'s name stays', () => {
    const line = 'Jane Doe 29 November 2026 10:42 Share on Facebook Share on Twitter Copy link';
    const a = rinse(ar(HE, line, E1, E2), { explain: true });
    expect(a.removed?.find((r) => r.text === line)?.rule).toBe('date-line');
    expect(a.meta).toMatchObject({ author: 'Jane Doe', published: '29 November 2026 10:42' });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const tr = "Elif Yıldırım 29 Kasım 2026 Pazar 10:42 Güncelleme: 29.11.2026 - 11:15 Facebook'ta Paylaş Twitter'da Paylaş WhatsApp Linki Kopyala Yazı Boyutu";
    expect(rinse(ar(HE, tr, E1, E2)).meta).toMatchObject({ author: 'Elif Yıldırım', published: '29 Kasım 2026 Pazar 10:42', modified: '29.11.2026 - 11:15' });
    const sentence = 'Residents can follow the vote live from 7 pm on Facebook';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a date followed by capitalised words', () => {
  it('gives the author\'s name ("November 20, 2019 Emiliano Bellini"), but a top bar\'s buttons are no name ("… Masuk Daftar", "… Log in Subscribe")', () => {
    const named = rinse(ar(HE, 'November 20, 2019 Emiliano Bellini', E1, E2));
    expect(named.meta.author).toBe('Emiliano Bellini');
    for (const bar of ['Minggu, 29 November 2026 Masuk Daftar', 'Sunday, November 29, 2026 Log In Subscribe']) {
      const a = rinse(ar(bar, HE, E1, E2), { explain: true });
      expect(a.meta.author, bar).toBeUndefined();
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
  });
});

describe('a recipe card in a text dump', () => {
  const intro = ar('Easy Lemon Garlic Salmon', 'By Megan Hart · Published November 20, 2026 · 14 Comments', E1, E2);
  const card = ar(
    'Ingredients',
    '  • 4 salmon fillets, skin on\n  • 1 tablespoon olive oil\n  • 3 tablespoons butter\n  • ½ lemon, juiced',
    'Instructions',
    ' 1. Pat the salmon dry and season both sides with salt and pepper.\n 2. Heat the oil in a large skillet over medium-high heat and add the salmon skin side down.\n 3. Return the salmon to the pan and spoon the sauce over it before serving.',
  );
  const tail = ar('More seafood recipes', 'Garlic Butter Shrimp', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *');

  it('keeps the ingredients (a list of quantities) and the numbered steps under their headings', () => {
    const a = rinse(ar(intro, card, tail));
    expect(a.meta).toMatchObject({ author: 'Megan Hart', published: 'November 20, 2026' });
    expect(a.body).toContain('4 salmon fillets, skin on');
    expect(a.body).toContain('Return the salmon to the pan');
    expect(a.body).not.toContain('Garlic Butter Shrimp');
  });

  it('keeps the steps when one of them ends without a stop ("Boil for 10 minutes (if over 1000 feet, adjust for altitude)")', () => {
    const steps = ' 1. Fill the canner with water and set it to simmer, then add the empty jars to warm them.\n 2. Boil the jars for 10 minutes (if over 1000 feet, adjust for altitude)\n 3. Remove the jars from the canner and allow them to cool; the jam sets within a day.';
    const a = rinse(ar(intro, 'Ingredients', '  • 8 ripe pears, cored and peeled\n  • 1 lemon, juiced\n  • 6 tbsp fruit pectin', 'Instructions', steps, tail));
    expect(a.body).toContain('Boil the jars for 10 minutes');
    expect(a.body).toContain('8 ripe pears');
    // Two of three items that end no sentence are no steps.
    const list = (items: string[]) => ({ kind: 'list' as const, ordered: true, text: items.join('\n'), items, origin: {} });
    expect(judge(list(['Fill the canner with water and set it to simmer, then add the jars.', 'Boil the jars for 10 minutes (if over 1000 feet, adjust)', 'Remove the jars from the canner and allow them to cool'] ), defaultPhrases).steps).toBeUndefined();
  });

  it('a numbered list of teasers ("Headline Excerpt.") after the article, under no heading, stays out', () => {
    const teasers = ' 1. Tuesday’s impeachment hearings were a disaster for Republicans Even their own witnesses said damaging stuff.\n 2. One of the witnesses confirmed a quid pro quo on TV This may be the biggest moment in the hearings so far.\n 3. The senators are going after the biggest climate villains in Washington this week and the next.';
    const a = rinse(ar(HE, E1, E2, '  • Garlic Butter Shrimp\n  • Baked Cod with Crumb Topping', teasers, 'Leave a Comment'));
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
});

describe('a line of labelled figures between bars', () => {
  it('is no breadcrumb ("Calories: 362kcal | Protein: 34g | Fat: 24g"); "Home | News | World" is', () => {
    const line = 'Calories: 362kcal | Protein: 34g | Fat: 24g | Carbohydrates: 2g';
    const a = rinse(ar(HE, E1, line, E2), { explain: true });
    expect(a.removed?.find((r) => r.text === line)?.rule).not.toBe('breadcrumb');
    const crumbs = rinse(ar('Home | News | World', HE, E1, E2), { explain: true });
    expect(crumbs.removed?.find((r) => r.text === 'Home | News | World')?.rule).toBe('breadcrumb');
  });
});

describe('a line of capitalised words above a byline that names the author', () => {
  it('is not taken for the author\'s name; above a bare date it is', () => {
    const a = rinse(ar(HE, 'Easy Lemon Garlic Salmon', 'By Megan Hart · November 20, 2026', E1, E2), { explain: true });
    expect(a.meta.author).toBe('Megan Hart');
    expect(a.removed?.find((r) => r.text === 'Easy Lemon Garlic Salmon')?.rule).not.toBe('byline');
    expect(rinse(ar(HE, 'Maya Okafor', 'November 20, 2026', E1, E2)).meta.author).toBe('Maya Okafor');
  });
});

describe('Japanese text dumps', () => {
  const H = '大阪・御堂筋の歩行者空間化、2027年春に第1期完成へ';
  const J1 = '大阪市は29日、御堂筋の側道を歩行者空間に転換する事業について、淀屋橋から本町までの第1期区間が2027年春に完成する見通しだと発表した。';
  const J2 = '市によると、車道の一部を歩道に振り替え、ベンチや植栽を設けることで、歩行者が滞在しやすい空間をつくる。工事は夜間を中心に進めており、交通への影響は最小限に抑えているという。';
  const J3 = '沿道で飲食店を営む男性は「人通りが増えれば、週末の売り上げにもつながる。早く完成してほしい」と話した。一方、タクシー運転手からは、乗降場所が減ることへの不安の声も上がっている。';

  it('a date with its time in kanji and a labelled reporter glued to it are the meta line; the share buttons printed without spaces go', () => {
    const a = rinse(ar(H, '2026年11月29日 10時42分記者：山田太郎', 'ツイートシェアはてブ LINE Pocket URLをコピー', J1, J2), { explain: true });
    expect(a.headline).toBe(H);
    expect(a.meta).toMatchObject({ author: '山田太郎', published: '2026年11月29日 10時42分' });
    expect(a.removed?.find((r) => r.text.startsWith('ツイート'))?.rule).toBe('share-bar');
    expect(a.body).toBe(`${J1}\n\n${J2}`);
    expect(isDateLine('2026年11月29日(日) 10時42分', defaultPhrases)).toBe(true);
    expect(isDateLine('2026年11月29日 10点42分', defaultPhrases)).toBe(true);
    // A sentence that runs words together is not a row of buttons.
    expect(rinse(ar(H, J1, 'シェアサイクルの利用者は昨年の二倍に増えた。', J2)).body).toContain('シェアサイクル');
  });

  it('a caption credited in full-width brackets goes ("…（大阪市提供）"); a paragraph credited to its agency ("…発表した。（共同）") stays', () => {
    const cap = '歩道が拡張された御堂筋の完成予想図（大阪市提供）';
    const a = rinse(ar(H, '2026年11月29日 10時42分', cap, J1, J2), { explain: true });
    expect(a.removed?.find((r) => r.text === cap)?.rule).toBe('caption');
    const agency = `${J2}（共同）`;
    expect(rinse(ar(H, J1, agency)).body).toContain(agency);
  });

  it('a short line between paragraphs is a sub-heading; a long instruction without a full stop is not', () => {
    const a = rinse(ar(H, J1, '沿道の店舗にも期待の声', J2, J3));
    expect(a.sections.map((s) => s.heading)).toEqual([null, '沿道の店舗にも期待の声']);
    const b = rinse(ar(H, J1, 'そして表示されるメニューから「その他」→「ファイルの場所を開く」', J2, J3));
    expect(b.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('a region label in brackets before its item', () => {
  it('is the label ("【関連記事】…", "[Related] …"); a bracketed word that is no label opens a sentence that stays', () => {
    for (const line of ['[Related] City opens a second park on the east side', '【関連記事】大阪・なんば駅前広場、歩行者天国の実験始まる']) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('related-block');
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
    const sentence = '[Updated] The council will vote again on the park budget next week, the mayor said on Wednesday.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a recipe card\'s rating', () => {
  it('goes as a counter ("5 from 32 votes", "4.8 from 1,250 reviews"); a sentence about votes stays', () => {
    for (const line of ['5 from 32 votes', '4.8 from 1,250 reviews']) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('counter');
    }
    const sentence = '5 of the 32 votes went to the park plan, the clerk said.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a tags line of Chinese or Japanese words', () => {
  it('gives each word as a tag when spaces or 、 separate them (CJK words have no space inside); Latin words without separators give none', () => {
    const J1 = '大阪市は29日、御堂筋の側道を歩行者空間に転換する事業について、淀屋橋から本町までの第1期区間が2027年春に完成する見通しだと発表した。';
    const J2 = '市によると、車道の一部を歩道に振り替え、ベンチや植栽を設けることで、歩行者が滞在しやすい空間をつくる。工事は夜間を中心に進めており、交通への影響は最小限に抑えているという。';
    const H = '大阪・御堂筋の歩行者空間化、2027年春に第1期完成へ';
    expect(rinse(ar(H, J1, J2, 'タグ： 大阪市 御堂筋 まちづくり')).meta.tags).toEqual(['大阪市', '御堂筋', 'まちづくり']);
    expect(rinse(ar(H, J1, J2, 'タグ：大阪市、御堂筋、まちづくり')).meta.tags).toEqual(['大阪市', '御堂筋', 'まちづくり']);
    expect(rinse(ar(HE, E1, E2, 'Tags: climate change city council parks')).meta.tags).toBeUndefined();
  });
});

describe('Korean text dumps', () => {
  it('lose their share bar, ad label, copyright notice, comment form and most-read list (phrase data)', () => {
    const H = '서울시, 한강 수상버스 12월 정식 운항…출퇴근 시간 15분 간격';
    const K1 = '서울시는 한강 수상버스를 다음 달 1일부터 정식 운항한다고 29일 밝혔다. 마곡에서 잠실까지 7개 선착장을 잇는 노선으로, 출퇴근 시간에는 15분 간격으로 운항한다.';
    const K2 = '시에 따르면 수상버스는 한 번에 최대 199명이 탈 수 있으며, 요금은 편도 3000원으로 정해졌다. 대중교통 환승 할인도 적용된다.';
    const page = ar(H, '입력 2026.11.29 10:42', '공유하기 카카오톡 페이스북 링크복사 글자크기 인쇄', K1, '광고', K2, '<저작권자 ⓒ 서울신문고, 무단전재 및 재배포 금지>', '댓글 0', '댓글을 작성하려면 로그인하세요.', '많이 본 뉴스', ' 1. 내일 전국 첫눈 소식\n 2. 수능 성적 다음 주 발표\n 3. 서울 아파트값 3주째 상승');
    const a = rinse(page);
    expect(a.headline).toBe(H);
    expect(a.meta.published).toBe('2026.11.29 10:42');
    expect(a.body).toBe(`${K1}\n\n${K2}`);
    expect(a.lang).toBe('ko');
  });
});

describe('the headline among lines that a date anchors', () => {
  it('is not a section\'s name over the date ("Business News")', () => {
    const h = 'Oversupply angst drags oil lower, stocks drift near highs';
    const a = rinse(ar('Business News', 'November 19, 2019 / 12:21 AM / Updated 14 hours ago', h, 'Rodrigo Campos', E1, E2));
    expect(a.headline).toBe(h);
    expect(a.meta.published).toBe('November 19, 2019 / 12:21 AM');
  });

  it('is the one nearest the text, under cards of other stories that have their own author and date', () => {
    const card = (t: string, d: string): string => ar(t, 'Adam Clark Estes\n' + d);
    const h = 'The Future of Apple Innovation Is Backwards';
    const a = rinse(ar('Recent from Adam Clark Estes', card('Judge Blocks Trump Administration From Allowing 3D-Printed Guns, Again', '11/13/19 11:00AM'), card('Allow Me to Criticize the AirPods Pro, Which I Love', '11/13/19 9:00AM'), h, 'Adam Clark Estes\nMonday 5:30PM', E1, E2));
    expect(a.headline).toBe(h);
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
});

describe('buttons a text browser glued together (links with nothing between them in the page)', () => {
  it('a share bar of glued buttons goes, in English and in Arabic (Blogger\'s)', () => {
    const lines = [
      'Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest',
      'Share to LinkedInLinkedInShare to FacebookFacebookShare to TwitterTwitterShare to EmailEmail',
      'إرسال بالبريد الإلكترونيكتابة مدونة حول هذه المشاركةالمشاركة على Xالمشاركة في Facebookالمشاركة على Pinterest',
    ];
    for (const line of lines) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('share-bar');
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
  });

  it('keeps a line whose letters are not all buttons, though it starts with one', () => {
    for (const line of ['Email ThisReport to the editor before noon', 'Share to Facebook was the most common answer in the survey of readers.', 'المشاركة في الانتخابات المحلية بلغت أعلى نسبة منذ عشرين عاماً بحسب اللجنة.']) {
      expect(rinse(ar(HE, E1, line, E2)).body, line).toContain(line);
    }
  });
});

describe('a Blogger post footer', () => {
  it('its labels, "No comments" and the newer/older links go (English and Arabic)', () => {
    const cases: [string, string][] = [
      ['Labels: bookshops, reading', 'tags'],
      ['التسميات: مكتبات، قراءة', 'tags'],
      ['التصنيفات: مكتبات, قراءة', 'tags'],
      ['ليست هناك تعليقات:', 'comment-form'],
      ['رسالة أحدث رسالة أقدم الصفحة الرئيسية', 'prev-next'],
    ];
    for (const [line, rule] of cases) {
      const a = rinse(ar(HE, E1, E2, line), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe(rule);
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
  });
});

describe('a table of contents', () => {
  const S1 = 'Root vegetables, onions, garlic, cabbages and winter squash are the classic keepers, and they last for months.';
  const S2 = 'Twist off the tops, leave the soil on and pack the roots in boxes of damp sand in a garage or an unheated shed.';
  const S3 = 'Cure onions and garlic in the sun for two weeks, then hang them in nets somewhere cool and airy until spring.';
  const sections = ['Which vegetables keep best', S1, 'Cool and damp: carrots and beets', S2, 'Cool and dry: onions and garlic', S3];
  it('goes with its label and toggle, numbered or not, and the headings it lists stay', () => {
    for (const list of ['  • Which vegetables keep best\n  • Cool and damp: carrots and beets\n  • Cool and dry: onions and garlic', ' 1. Which vegetables keep best\n 2. Cool and damp: carrots and beets\n 3. Cool and dry: onions and garlic']) {
      const a = rinse(ar(HE, E1, 'Table of Contents', 'Toggle', list, ...sections), { explain: true });
      expect(a.removed?.find((r) => r.text.startsWith('Which vegetables keep best') || r.text.includes('Cool and damp'))?.rule, list).toBe('table-of-contents');
      expect(a.removed?.find((r) => r.text === 'Table of Contents')?.rule).toBe('table-of-contents');
      expect(a.sections.map((s) => s.heading)).toEqual([null, 'Which vegetables keep best', 'Cool and damp: carrots and beets', 'Cool and dry: onions and garlic']);
      expect(a.body).toBe([E1, ...sections].join('\n\n'));
    }
  });

  it('a contents label alone goes (an HTML page drops the list as navigation); a sentence that starts like one stays', () => {
    const a = rinse(ar(HE, E1, 'Inhaltsverzeichnis', ...sections), { explain: true });
    expect(a.removed?.find((r) => r.text === 'Inhaltsverzeichnis')?.rule).toBe('table-of-contents');
    const sentence = 'Contents of the report were leaked to reporters a day before the council voted on the plan.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });

  it('a menu whose items come back in the footer\'s menu, not over text, is no table of contents', () => {
    const menu = '  • Home\n  • World\n  • Business\n  • Sport';
    const a = rinse(ar('Home World Business Sport', HE, E1, menu, E2, 'Home', 'World', 'Business', 'Sport'), { explain: true });
    expect(a.removed?.filter((r) => r.rule === 'table-of-contents')).toEqual([]);
  });
});

describe('a theme\'s labels glued together by a text browser', () => {
  it('"Posted in GardenTagged storage, winter": the glued tags label splits the items', () => {
    const a = rinse(ar(HE, E1, E2, 'Posted in GardenTagged storage, winter'), { explain: true });
    expect(a.meta.tags).toEqual(['Garden', 'storage', 'winter']);
    // A capital inside a name is no glued label.
    expect(rinse(ar(HE, E1, E2, "Tags: McDonald's, iPhone, LinkedIn")).meta.tags).toEqual(["McDonald's", 'iPhone', 'LinkedIn']);
  });
});

describe('a byline group that a dump prints in one block with the figure', () => {
  it('the byline and the date beside a credited caption are no lines of the figure', () => {
    const group = 'By Jane Doe\n29 November 2026 10:42\nCrowds gather at the old rail yard on Sunday. Photo: Reuters';
    const a = rinse(ar(HE, group, E1, E2), { explain: true });
    expect(a.meta).toMatchObject({ author: 'Jane Doe', published: '29 November 2026 10:42' });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });

  it('a section\'s label printed with its separator over the date and the byline goes; the standfirst above it is the description', () => {
    const dek = 'The vote ends a decade-long debate over the future of the largest vacant parcel in the city.';
    const a = rinse(ar(HE, dek, 'CITY NEWS /\nNov. 18, 2019 12:02 PM\nBy Jane Doe', E1, E2), { explain: true });
    expect(a.meta).toMatchObject({ author: 'Jane Doe', description: dek });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    // Without a separator, a line of capitalised words over such a byline is not taken for a label.
    const b = rinse(ar(HE, dek, 'City News Desk Report\nNov. 18, 2019 12:02 PM\nBy Jane Doe', E1, E2));
    expect(b.body).toContain('City News Desk Report');
  });
});

describe('a labelled name beside the date', () => {
  it('is the byline, not a section ("حاورتها: ريم السالم | …", "Текст: …·24 сентября 2018"); a section and a date stay a section', () => {
    const cases: [string, string, string][] = [
      ['حاورتها: ريم السالم | السبت 28 نوفمبر 2026', 'ريم السالم', 'السبت 28 نوفمبر 2026'],
      ['Текст: Венера Ерофеева·24 сентября 2018', 'Венера Ерофеева', '24 сентября 2018'],
    ];
    for (const [line, author, published] of cases) {
      const a = rinse(ar(HE, line, E1, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('byline');
      expect(a.meta, line).toMatchObject({ author, published });
    }
    const s = rinse(ar(HE, 'Politics | 29 November 2026', E1, E2));
    expect(s.meta).toMatchObject({ section: 'Politics', published: '29 November 2026' });
  });
});

describe('a date and a byline with the post\'s counts', () => {
  it('gives the date and the author, without the count or a separator left after the name', () => {
    const cases: [string, string, string][] = [
      ['Publié le 27 novembre 2026 par Claire Dubois — 3 commentaires', 'Claire Dubois', '27 novembre 2026'],
      ['Posted on November 27, 2026 by Claire Dubois — 3 Comments', 'Claire Dubois', 'November 27, 2026'],
      ['Par Claire Dubois, publié le 27 novembre 2026', 'Claire Dubois', '27 novembre 2026'],
    ];
    for (const [line, author, published] of cases) {
      const a = rinse(ar(HE, line, E1, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('byline');
      expect(a.meta, line).toMatchObject({ author, published });
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
    // The place after an em dash is no part of the name.
    expect(rinse(ar(HE, 'Por Ana Souza — Porto Alegre', '29/11/2026 14h30', E1, E2)).meta).toMatchObject({ author: 'Ana Souza', published: '29/11/2026 14h30' });
  });
});

describe('a platform\'s call to subscribe that reads as prose', () => {
  it('goes when two of its phrases are in it; one phrase in a sentence stays', () => {
    const cta = 'The Local Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.';
    const a = rinse(ar(HE, E1, cta, E2), { explain: true });
    expect(a.removed?.find((r) => r.text === cta)?.rule).toBe('newsletter-cta');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    const sentence = 'The Courier says it is a reader-supported publication, and its owners told the council they would keep the newsroom open until spring.';
    expect(rinse(ar(HE, E1, sentence, E2)).body).toContain(sentence);
  });
});

describe('a byline whose title follows the name (Korean, Japanese)', () => {
  const K1 = '서울시가 내년부터 시내버스 요금을 300원 인상하기로 했다고 29일 밝혔다. 시는 물가 상승과 운송 적자를 고려해 이같이 결정했다고 설명했다.';
  const K2 = '시민단체들은 요금 인상이 서민 부담을 키운다며 반발하고 있어 당분간 논란이 이어질 것으로 보인다. 시는 다음 달 공청회를 열 예정이다.';
  it('gives the author: "홍길동 기자", with an e-mail or the agency, "山田太郎記者"', () => {
    for (const [line, author] of [['홍길동 기자', '홍길동'], ['김철수 특파원 kim@example.co.kr', '김철수'], ['(서울=연합뉴스) 홍길동 기자', '홍길동'], ['山田太郎記者', '山田太郎'], ['홍길동선임기자', '홍길동']]) {
      const a = rinse(ar('서울 시내버스 요금 내년 300원 인상', line as string, K1, K2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('byline');
      expect(a.meta.author, line).toBe(author);
      expect(a.body).toBe(`${K1}\n\n${K2}`);
    }
  });
  it('a sentence that starts with the title word is no byline', () => {
    const a = rinse(ar('서울 시내버스 요금 내년 300원 인상', K1, '기자 회견에서 시장은 요금 인상이 불가피하다고 거듭 강조했다.', K2), { explain: true });
    expect(a.meta.author).toBeUndefined();
  });
});

describe('a share button joined to a paragraph\'s last line', () => {
  it('goes from the paragraph (lynx prints it under a full last line); a sentence that goes on stays whole', () => {
    const a = rinse(ar(HE, E1, `${E2} Share`), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.removed?.find((r) => r.text === 'Share')?.rule).toBe('share-bar');
    for (const tail of ['Share prices rose by a tenth on the news', 'Facebook said on Monday that it would appeal.']) {
      expect(rinse(ar(HE, E1, `${E2} ${tail}`)).body).toContain(tail);
    }
  });
});

describe('a share bar labelled in a language without a phrase file', () => {
  it('goes when every word after the label\'s colon is a share button ("Κοινοποίηση: Facebook Twitter Email")', () => {
    for (const line of ['Κοινοποίηση: Facebook Twitter Email', 'Udostępnij: Facebook Twitter WhatsApp']) {
      const a = rinse(ar(HE, E1, line, E2), { explain: true });
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('share-bar');
      expect(a.body).toBe(`${E1}\n\n${E2}`);
    }
  });
  it('stays when words other than buttons follow the colon, or one button alone', () => {
    for (const line of ['Ο υπουργός έγραψε: Facebook και Twitter δεν απάντησαν ακόμη', 'Πηγή: Facebook']) {
      expect(rinse(ar(HE, E1, line, E2)).body, line).toContain(line);
    }
  });
});

describe('phrase files for Greek, Hebrew, Polish, Ukrainian, Vietnamese, Bengali and Swedish', () => {
  const pages: { lang: string; nav: string; head: string; date: string; ps: string[]; share: string; rel: string }[] = [
  {
    'lang': 'el',
    'nav': 'Αρχική | Ελλάδα | Κόσμος | Αθλητισμός | Οικονομία',
    'head': 'Νέο πάρκο στη θέση του παλιού σιδηροδρομικού σταθμού',
    'date': 'Δευτέρα 30 Νοεμβρίου 2026, 09:15',
    'ps': [
      'Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τη δημιουργία νέου πάρκου στην περιοχή του παλιού σταθμού.',
      'Το έργο θα κοστίσει περίπου δώδεκα εκατομμύρια ευρώ και θα ολοκληρωθεί μέσα σε τρία χρόνια.',
      'Οι κάτοικοι της περιοχής ζητούσαν εδώ και χρόνια περισσότερους χώρους πρασίνου για τα παιδιά τους.'
    ],
    'share': 'Κοινοποίηση: Facebook Twitter Email',
    'rel': 'Διαβάστε επίσης\nΝέα γραμμή μετρό στη Θεσσαλονίκη\nΑυξάνονται οι τιμές των ενοικίων'
  },
  {
    'lang': 'he',
    'nav': 'ראשי | חדשות | ספורט | כלכלה | תרבות',
    'head': 'פארק חדש יוקם בשטח תחנת הרכבת הישנה',
    'date': 'פורסם: 30 בנובמבר 2026, 09:15',
    'ps': [
      'מועצת העיר אישרה ביום שלישי את הקמת הפארק החדש בשטח תחנת הרכבת הישנה במרכז העיר.',
      'עלות הפרויקט מוערכת בכשישים מיליון שקלים, והעבודות צפויות להימשך כשלוש שנים.',
      'תושבי השכונה דרשו במשך שנים שטחים ירוקים נוספים עבור ילדיהם ומשפחותיהם.'
    ],
    'share': 'שתפו: פייסבוק טוויטר וואטסאפ',
    'rel': 'כתבות נוספות\nקו רכבת קלה חדש נפתח בחיפה\nמחירי השכירות ממשיכים לעלות'
  },
  {
    'lang': 'pl',
    'nav': 'Strona główna | Kraj | Świat | Sport | Biznes',
    'head': 'Nowy park powstanie na terenie dawnej bocznicy kolejowej',
    'date': 'Opublikowano: 30 listopada 2026, 09:15',
    'ps': [
      'Rada miasta zdecydowała we wtorek, że na terenie dawnej bocznicy kolejowej powstanie park miejski.',
      'Inwestycja ma kosztować około sześćdziesięciu milionów złotych, a prace potrwają trzy lata.',
      'Mieszkańcy dzielnicy od lat domagali się większej liczby terenów zielonych dla swoich dzieci.'
    ],
    'share': 'Udostępnij: Facebook Twitter E-mail',
    'rel': 'Czytaj także\nNowa linia tramwajowa w Krakowie\nCeny mieszkań znów rosną'
  },
  {
    'lang': 'uk',
    'nav': 'Головна | Новини | Політика | Економіка | Спорт',
    'head': 'Київ збудує новий парк на місці старого депо',
    'date': '30 листопада 2026, 09:15',
    'ps': [
      'Київська міська рада ухвалила рішення про будівництво нового парку на місці старого трамвайного депо.',
      'Проєкт коштуватиме близько двохсот мільйонів гривень, а роботи триватимуть три роки.',
      'Мешканці району роками просили більше зелених зон для своїх дітей.'
    ],
    'share': 'Поділитися: Facebook Telegram',
    'rel': 'Читайте також\nНова лінія метро у Харкові\nЦіни на оренду знову зросли'
  },
  {
    'lang': 'vi',
    'nav': 'Trang chủ | Thời sự | Thế giới | Kinh doanh | Thể thao',
    'head': 'Hà Nội xây công viên mới trên khu đường sắt cũ',
    'date': 'Thứ hai, 30/11/2026, 09:15 (GMT+7)',
    'ps': [
      'Hội đồng nhân dân thành phố đã quyết định biến khu đường sắt cũ thành một công viên công cộng.',
      'Dự án có tổng vốn khoảng hai nghìn tỷ đồng và sẽ được hoàn thành trong ba năm.',
      'Người dân trong khu vực đã nhiều năm mong muốn có thêm không gian xanh cho trẻ em.'
    ],
    'share': 'Chia sẻ: Facebook Zalo',
    'rel': 'Tin liên quan\nTuyến metro mới tại TP.HCM\nGiá thuê nhà tiếp tục tăng'
  },
  {
    'lang': 'bn',
    'nav': 'প্রচ্ছদ | বাংলাদেশ | বিশ্ব | খেলা | বিনোদন',
    'head': 'ঢাকায় বায়ুদূষণ বাড়ায় প্রাথমিক বিদ্যালয় এক সপ্তাহ বন্ধ',
    'date': 'প্রকাশ: ৩০ নভেম্বর ২০২৬, ০৯:১৫',
    'ps': [
      'ঢাকায় বায়ুদূষণ বেড়ে যাওয়ায় সরকার প্রাথমিক বিদ্যালয়গুলো এক সপ্তাহের জন্য বন্ধ ঘোষণা করেছে।',
      'শিক্ষামন্ত্রী বলেছেন, পরিস্থিতির উন্নতি হলে বিদ্যালয়গুলো আবার খুলে দেওয়া হবে।',
      'চিকিৎসকেরা শিশু ও বয়স্কদের ঘরের ভেতরে থাকার পরামর্শ দিয়েছেন।'
    ],
    'share': 'শেয়ার করুন: ফেসবুক টুইটার',
    'rel': 'আরও পড়ুন\nচট্টগ্রামে নতুন সেতুর উদ্বোধন\nসোনার দাম আবার বেড়েছে'
  },
  {
    'lang': 'sv',
    'nav': 'Startsida | Nyheter | Sport | Ekonomi | Kultur',
    'head': 'Ny park byggs på den gamla bangården',
    'date': 'Publicerad 30 november 2026 kl. 09.15',
    'ps': [
      'Kommunfullmäktige beslutade på tisdagen att den gamla bangården ska bli en stor park för alla.',
      'Projektet kostar omkring sextio miljoner kronor och arbetet beräknas ta tre år.',
      'De boende i området har i många år krävt fler grönområden för sina barn.'
    ],
    'share': 'Dela: Facebook Twitter',
    'rel': 'Läs också\nNy spårvagnslinje i Göteborg\nHyrorna fortsätter att stiga'
  },
  {
    'lang': 'cs',
    'nav': 'Zprávy | Domácí | Zahraničí | Sport | Kultura',
    'head': 'Na místě starého nádraží vznikne park',
    'date': 'Publikováno: 30. listopadu 2026, 9:15',
    'ps': [
      'Zastupitelstvo ve čtvrtek rozhodlo, že bývalé nákladové nádraží se promění v park, který bude sloužit všem obyvatelům.',
      'Projekt podle radnice vyjde zhruba na šedesát milionů korun a práce potrvají asi tři roky.',
      'Obyvatelé okolních ulic se zeleně dožadovali už mnoho let, protože v okolí chybí hřiště i lavičky.'
    ],
    'share': 'Sdílet: Facebook Twitter',
    'rel': 'Přečtěte si také\nNová tramvajová linka v Brně\nNájmy dál rostou'
  },
  {
    'lang': 'ro',
    'nav': 'Acasă | Actualitate | Politică | Sport | Externe',
    'head': 'Un parc nou pe locul vechii gări',
    'date': 'Publicat: 30 noiembrie 2026, ora 09:15',
    'ps': [
      'Consiliul local a decis marți că vechea gară de mărfuri va deveni un parc mare pentru toți locuitorii orașului.',
      'Proiectul costă aproximativ șaizeci de milioane de lei, iar lucrările vor dura cel puțin trei ani.',
      'Locuitorii din cartier au cerut de mulți ani mai multe spații verzi pentru copiii lor.'
    ],
    'share': 'Distribuie: Facebook Twitter',
    'rel': 'Citește și\nO nouă linie de tramvai la Cluj\nChiriile continuă să crească'
  },
  {
    'lang': 'hu',
    'nav': 'Címlap | Belföld | Külföld | Gazdaság | Sport',
    'head': 'Park épül a régi pályaudvar helyén',
    'date': 'Publikálva: 2026. november 30. 09:15',
    'ps': [
      'A közgyűlés kedden úgy döntött, hogy a régi teherpályaudvar helyén nagy park épül, amely mindenki számára nyitott lesz.',
      'A beruházás a város szerint mintegy hatmilliárd forintba kerül, és a munka legalább három évig tart.',
      'A környéken élők már évek óta kérik, hogy legyen több zöldterület a gyerekeknek.'
    ],
    'share': 'Megosztás: Facebook Twitter',
    'rel': 'Kapcsolódó cikkek\nÚj villamosvonal Debrecenben\nTovább emelkednek a lakbérek'
  },
  {
    'lang': 'da',
    'nav': 'Forside | Nyheder | Indland | Udland | Sport',
    'head': 'Ny park bygges på den gamle banegård',
    'date': 'Publiceret 30. november 2026 kl. 09.15',
    'ps': [
      'Byrådet besluttede tirsdag, at den gamle godsbanegård skal omdannes til en stor park, som alle kan bruge.',
      'Projektet koster omkring tres millioner kroner, og arbejdet ventes at tage tre år.',
      'Beboerne i kvarteret har i mange år ønsket sig flere grønne områder til deres børn.'
    ],
    'share': 'Del artiklen: Facebook Twitter',
    'rel': 'Læs også\nNy letbane i Aarhus\nHuslejen fortsætter med at stige'
  },
  {
    'lang': 'no',
    'nav': 'Forsiden | Nyheter | Innenriks | Utenriks | Sport',
    'head': 'Ny park skal bygges på den gamle jernbanetomta',
    'date': 'Publisert 30. november 2026 kl. 09.15',
    'ps': [
      'Bystyret vedtok tirsdag at den gamle godsterminalen skal bli en stor park, som skal være åpen for alle.',
      'Prosjektet koster omtrent seksti millioner kroner, og arbeidet er ventet å ta tre år.',
      'Beboerne i nabolaget har i mange år ønsket seg flere grøntområder for barna sine.'
    ],
    'share': 'Del artikkelen: Facebook Twitter',
    'rel': 'Les også\nNy trikkelinje i Bergen\nHusleiene fortsetter å stige'
  },
  {
    'lang': 'fi',
    'nav': 'Etusivu | Uutiset | Kotimaa | Ulkomaat | Urheilu',
    'head': 'Vanhalle ratapihalle rakennetaan puisto',
    'date': 'Julkaistu 30.11.2026 klo 9.15',
    'ps': [
      'Kaupunginvaltuusto päätti tiistaina, että vanha tavararatapiha muutetaan suureksi puistoksi, joka on kaikkien käytössä.',
      'Hanke maksaa kaupungin mukaan noin kuusikymmentä miljoonaa euroa, ja työ kestää ainakin kolme vuotta.',
      'Alueen asukkaat ovat jo vuosia toivoneet lisää viheralueita lapsilleen.'
    ],
    'share': 'Jaa: Facebook Twitter',
    'rel': 'Lue myös\nUusi raitiotie Tampereelle\nVuokrat jatkavat nousuaan'
  }
];
  it('a news page: the menu, the share bar and the related block go, the date goes to meta.published, the three paragraphs stay', () => {
    for (const p of pages) {
      const a = rinse(ar(p.nav, p.head, p.date, ...p.ps, p.share, p.rel), { explain: true });
      expect([p.lang, a.lang]).toEqual([p.lang, p.lang]);
      expect(a.headline, p.lang).toBe(p.head);
      expect(a.body, p.lang).toBe(p.ps.join('\n\n'));
      expect(a.meta.published, p.lang).toBeDefined();
      expect(a.removed?.find((r) => r.text === p.share)?.rule, p.lang).toBe('share-bar');
      expect(a.removed?.find((r) => r.text === p.rel.split('\n')[0])?.rule, p.lang).toBe('related-block');
    }
  });
});

describe('a caption whose credit follows the picture label\'s abbreviation', () => {
  it('goes with its alt text ("… przy ul. Towarowej. Fot. Jan Nowak"), in a text dump', () => {
    const alt = 'Dawna bocznica kolejowa przy ul. Towarowej';
    const caption = `${alt}. Fot. Jan Nowak`;
    const a = rinse(ar(HE, E1, `${alt}\n${caption}`, E2), { explain: true });
    expect(a.removed?.find((r) => r.text === caption)?.rule).toBe('caption');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
  it('stays when the abbreviation is inside a sentence, or a sentence follows it', () => {
    for (const line of ['Zdjęcia do wystawy wykonał fot. Jan Nowak, który pracuje w mieście od lat', 'Prace ruszą w maju. Fot. Nowak pokazuje plan całego parku, z alejkami i placem zabaw.']) {
      expect(rinse(ar(HE, E1, line, E2)).body, line).toContain(line);
    }
  });
});

describe('a slash inside a date', () => {
  it('is no separator between a section and a date ("5:45 AM PST 11/19/2019 by Patrick Shanley", "Thứ hai, 30/11/2026 Đăng nhập")', () => {
    const a = rinse(ar(HE, '5:45 AM PST 11/19/2019 by Patrick Shanley', E1, E2));
    expect(a.meta).toMatchObject({ author: 'Patrick Shanley', published: '5:45 AM PST 11/19/2019' });
    expect(a.meta.section).toBeUndefined();
    const vi = rinse(ar('Thứ hai, 30/11/2026 Đăng nhập', HE, E1, E2));
    expect(vi.meta.section).toBeUndefined();
  });
  it('still separates with spaces around it ("Politics / 29.11.2026")', () => {
    expect(rinse(ar(HE, 'Politics / 29.11.2026', E1, E2)).meta).toMatchObject({ section: 'Politics', published: '29.11.2026' });
  });
});

describe('share buttons joined to a paragraph\'s last line', () => {
  it('go from the paragraph when every word after its last sentence is one ("… cho người dân. Chia sẻ Facebook Zalo Sao chép liên kết")', () => {
    const vi = 'Dự án có tổng vốn khoảng 2.000 tỷ đồng, dự kiến hoàn thành sau ba năm, sẽ biến khu đường sắt bỏ hoang thành không gian xanh cho người dân.';
    const a = rinse(ar(HE, `${vi} Chia sẻ Facebook Zalo Sao chép liên kết`, E1, E2), { explain: true });
    expect(a.body).toBe(`${vi}\n\n${E1}\n\n${E2}`);
    expect(a.removed?.find((r) => r.rule === 'share-bar')?.text).toBe('Chia sẻ Facebook Zalo Sao chép liên kết');
  });
  it('go after a paragraph without full stops when a labelled share row ends it (Thai: "… ใกล้บ้าน แชร์: Facebook Twitter Line")', () => {
    const th = 'ชาวบ้านในพื้นที่เรียกร้องให้มีพื้นที่สีเขียวเพิ่มขึ้นมาหลายปีแล้ว เพราะชุมชนรอบสถานีรถไฟเก่ามีประชากรหนาแน่นและไม่มีสวนสาธารณะใกล้บ้าน';
    const a = rinse(ar(HE, E1, `${th} แชร์: Facebook Twitter Line`, E2));
    expect(a.body).toBe(`${E1}\n\n${th}\n\n${E2}`);
  });
  it('stay when other words follow the sentence', () => {
    const p = `${E1} Share your thoughts on Facebook with the council`;
    expect(rinse(ar(HE, p, E2)).body).toContain(p);
  });
});

describe('a Thai byline with its date and time', () => {
  it('gives the author and the date: the time\'s "น." is no full stop of prose ("ผู้เขียน: สมชาย ใจดี 30 พ.ย. 2569 09:15 น.")', () => {
    const line = 'ผู้เขียน: สมชาย ใจดี 30 พ.ย. 2569 09:15 น.';
    const a = rinse(ar(HE, line, E1, E2), { explain: true });
    expect(a.meta).toMatchObject({ author: 'สมชาย ใจดี', published: '30 พ.ย. 2569 09:15 น.' });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
});

describe('a reading time after a dash beside the date', () => {
  it('is not part of meta.published ("Nov 29, 2026— 6 min read"); a time after a dash is', () => {
    expect(rinse(ar(HE, 'Nov 29, 2026— 6 min read', E1, E2)).meta.published).toBe('Nov 29, 2026');
    expect(rinse(ar(HE, 'Nov 29, 2026 – 6 min read', E1, E2)).meta.published).toBe('Nov 29, 2026');
    expect(rinse(ar(HE, 'Nov 29, 2026 – 10:30', E1, E2)).meta.published).toBe('Nov 29, 2026 – 10:30');
  });
});

describe('a blog platform\'s calls to subscribe and to comment (Ghost)', () => {
  it('go: "Enjoyed this? Subscribe to get new essays by email.", "Sign in or become a Field Notes member to join the conversation."', () => {
    const cta = 'Enjoyed this? Subscribe to get new essays by email.';
    const join = 'Sign in or become a Field Notes member to join the conversation.';
    const a = rinse(ar(HE, E1, E2, cta, 'Comments', join), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.removed?.find((r) => r.text === cta)?.rule).toBe('newsletter-cta');
  });
});

describe('a byline\'s role and the author\'s bio', () => {
  it('the name without the role, wire service or place after its comma; other names stay', () => {
    const author = (line: string): string | undefined => rinse(ar(HE, line, E1, E2)).meta.author;
    expect(author('By Ruth Okafor, Transport Correspondent')).toBe('Ruth Okafor');
    expect(author('By Josh Boak, AP Economics Writer')).toBe('Josh Boak');
    expect(author('By Jane Doe, Reuters')).toBe('Jane Doe');
    expect(author('Por María López, corresponsal en Bogotá')).toBe('María López');
    expect(author('Von Anna Schmidt, Redakteurin')).toBe('Anna Schmidt');
    // Other names, and a name written surname first.
    expect(author('By Jane Doe, John Smith and Ann Lee')).toBe('Jane Doe, John Smith and Ann Lee');
    expect(author('By Doe, Jane')).toBe('Doe, Jane');
  });
  it('a paragraph among the last that opens with the byline\'s full name is the author\'s bio; another name\'s is not', () => {
    const bio = 'Ruth Okafor is the Courier\'s transport correspondent. She has covered the region\'s roads since 2015.';
    const a = rinse(ar(HE, 'By Ruth Okafor', E1, E2, bio), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.removed?.find((r) => r.text === bio)?.rule).toBe('author-box');
    const quote = 'Mark Tolley is the council\'s engineer. He said the wetland would do the rest.';
    expect(rinse(ar(HE, 'By Ruth Okafor', E1, E2, quote)).body).toContain(quote);
    // The name early in the article, and a name of one word, are not enough.
    const early = 'Ruth Okafor is the reporter who first asked about the yard. The council answered in May.';
    expect(rinse(ar(HE, 'By Ruth Okafor', early, E1, E2, E1.replace('city', 'town'), E2.replace('plan', 'scheme'))).body).toContain(early);
    expect(rinse(ar(HE, 'By Ruth', E1, E2, 'Ruth is a gardener. She writes about the park.')).body).toContain('Ruth is a gardener');
  });
});

describe('a byline\'s dates', () => {
  it('a second, labelled date beside the name is the one it was updated, without its label', () => {
    const meta = (line: string): object => rinse(ar(HE, line, E1, E2)).meta;
    expect(meta('By Jane Doe · Published 3 hours ago · Updated 12 minutes ago · 4 min read')).toEqual({ author: 'Jane Doe', published: '3 hours ago', modified: '12 minutes ago' });
    expect(meta('By Jane Doe | March 14, 2026, 9:00 AM | Updated March 15, 2026')).toEqual({ author: 'Jane Doe', published: 'March 14, 2026, 9:00 AM', modified: 'March 15, 2026' });
    expect(meta('Par Claire Dubois, publié le 14 mars 2026 à 9h00, mis à jour le 15 mars 2026 à 10h00')).toEqual({ author: 'Claire Dubois', published: '14 mars 2026 à 9h00', modified: '15 mars 2026 à 10h00' });
    // One date stays the published one.
    expect(meta('By Jane Doe · Published 14 March 2026')).toEqual({ author: 'Jane Doe', published: '14 March 2026' });
  });
});

describe('a section\'s list under its heading, and a sidebar\'s', () => {
  const INGREDIENTS = '  • 1 cup red lentils\n  • 1 onion, diced\n  • 2 carrots, diced\n  • 6 cups vegetable broth';
  const STEPS = '  1. Soften the onion and carrots in a little oil for 8 minutes.\n  2. Add the garlic and cumin and cook for one more minute.\n  3. Add the lentils and broth and simmer for 20 minutes.\n  4. Take the pot off the heat and stir in the lemon juice.';
  it('a list under a heading, with the article\'s prose before it and its steps or prose after it, stays', () => {
    const a = rinse(ar(HE, E1, E2, 'Prep Time 10 mins · Cook Time 30 mins', 'Ingredients', INGREDIENTS, 'Instructions', STEPS));
    expect(a.body).toContain('1 cup red lentils');
    const b = rinse(ar(HE, E1, 'What it includes', '  • Walking trails\n  • A playground\n  • Community gardens', 'What comes next', E2));
    expect(b.body).toContain('A playground');
  });
  it('a list of short items with no prose after it is a menu', () => {
    const a = rinse(ar(HE, E1, E2, 'Our parks', '  • Walking trails\n  • Playgrounds\n  • Community gardens', 'Archives', '  • March 2026\n  • February 2026\n  • January 2026'), { explain: true });
    expect(a.body).not.toContain('Playgrounds');
    expect(a.removed?.find((r) => r.text.startsWith('Walking trails'))?.rule).toBe('menu');
    // A profile's links between the standfirst and the article: names and handles, no text.
    const b = rinse(ar(HE, 'There are more parks to choose from than ever before, and here is how the city will pay for them.', 'Jane Doe', '  • BiographyJane Doe\n  • @janedoe\n  • Jane.Doe@example.com', E1, E2), { explain: true });
    expect(b.removed?.find((r) => r.text.startsWith('BiographyJane Doe'))?.rule).toBe('menu');
  });
});

describe('an author box labelled with the author\'s name', () => {
  it('"About <author>" and the bio under it go; "About <someone else>" stays', () => {
    const bio = 'Maya is a home cook and recipe developer who writes about simple vegetarian food.';
    const a = rinse(ar(HE, 'By Maya Collins', E1, E2, 'About Maya Collins', bio), { explain: true });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
    expect(a.removed?.find((r) => r.text === bio)?.rule).toBe('author-box');
    const other = rinse(ar(HE, 'By Maya Collins', E1, 'About Mark Tolley', 'Mark Tolley has been the council\'s engineer since 2015, and led the design of the new wall.', E2));
    expect(other.body).toContain('has been the council\'s engineer');
    const de = rinse(ar(HE, 'Von Anna Schmidt', E1, E2, 'Über Anna', 'Anna schreibt seit 2010 über Stadtplanung und Verkehr.'));
    expect(de.body).toBe(`${E1}\n\n${E2}`);
  });
});

describe('a call to action joined to the line above it', () => {
  it('is cut off the line (lynx prints a box\'s lines without a blank line); a call inside a sentence stays', () => {
    const line = 'Calories: 240kcal | Carbohydrates: 38g | Fat: 3g Tried this recipe? Let us know how it was!';
    const a = rinse(ar(HE, E1, E2, line), { explain: true });
    expect(a.removed?.find((r) => r.text === 'Tried this recipe? Let us know how it was!')?.rule).toBe('newsletter-cta');
    expect(a.body).not.toContain('Tried this recipe');
    const own = 'Disney Plus is now live, Sign up for the Disney+, Hulu and ESPN+ package and save $5 a month.';
    expect(rinse(ar(HE, E1, own, E2)).body).toContain(own);
  });
});

describe('a byline after the avatar\'s alt text (the author\'s name printed before the marker)', () => {
  it('glued by w3m or spaced by lynx, the name before the marker goes with the byline, in any language', () => {
    for (const line of ['سامر الخطيببواسطة سامر الخطيب', 'سامر الخطيب بواسطة سامر الخطيب']) {
      const a = rinse(ar(HA, line, '30 نوفمبر 2026', P1, P2), { explain: true });
      expect(a.meta.author, line).toBe('سامر الخطيب');
      expect(a.headline, line).toBe(HA);
      expect(a.removed?.find((r) => r.text === line)?.rule, line).toBe('byline');
    }
    expect(rinse(ar(HE, 'Maya OkaforBy Maya Okafor - Nov 24, 2026', E1, E2)).meta).toMatchObject({ author: 'Maya Okafor', published: 'Nov 24, 2026' });
  });
  it('the name said again may end at the comma before the author\'s role ("Jane Doe By Jane Doe, Transport correspondent")', () => {
    expect(withoutAvatarName('Jane Doe By Jane Doe, Transport correspondent', defaultPhrases)).toBe('By Jane Doe, Transport correspondent');
    expect(withoutAvatarName('Eric SongBy Eric Song, IGN Staff', defaultPhrases)).toBe('By Eric Song, IGN Staff');
    const a = rinse(ar(HE, 'Jane Doe By Jane Doe, Transport correspondent\nPublished 7 December 2026', E1, E2), { explain: true });
    expect(a.headline).toBe(HE);
    expect(a.meta.author).toBe('Jane Doe');
    // A longer name after the marker ("Jane Doerr") is another name.
    expect(withoutAvatarName('Jane Doe By Jane Doerr, Transport correspondent', defaultPhrases)).toBe('Jane Doe By Jane Doerr, Transport correspondent');
  });
  it('a different name before the marker, or a sentence, is left as it is', () => {
    expect(withoutAvatarName('Ann Lee Smith By Ann Lee', defaultPhrases)).toBe('Ann Lee Smith By Ann Lee');
    expect(withoutAvatarName('Maya Okafor wrote a letter By Maya Okafor', defaultPhrases)).toBe('Maya Okafor wrote a letter By Maya Okafor');
    expect(withoutAvatarName('Jane DoeBy Jane Doe', defaultPhrases)).toBe('By Jane Doe');
    const a = rinse(ar(HE, E1, 'Maya Okafor said by Friday Maya Okafor would know more about the plan, the mayor added.', E2));
    expect(a.body).toContain('Maya Okafor said by Friday');
  });
  it('a marker alone over a line that repeats it ("بواسطة" / "بواسطة سامر الخطيب") gives the name without it', () => {
    expect(rinse(ar(HE, 'By\nBy Maya Okafor', 'Nov 24, 2026', E1, E2)).meta.author).toBe('Maya Okafor');
    expect(rinse(ar(HE, 'By\nMaya Okafor', 'Nov 24, 2026', E1, E2)).meta.author).toBe('Maya Okafor');
  });
});

describe('the headline over its standfirst, told by the breadcrumb that ends with it', () => {
  const H = 'الحكومة تطلق خطة لترشيد استهلاك المياه في المدن الكبرى';
  const DEK = 'الخطة تستهدف خفض الهدر في الشبكات بنسبة 25% خلال ثلاث سنوات';
  it('the line above the one the byline anchors is the headline when a line before ends with it', () => {
    const a = rinse(ar(`الرئيسيةمحليات${H}`, 'محليات', H, DEK, 'بواسطة سامر الخطيب\n30 نوفمبر 2026', P1, P2));
    expect(a.headline).toBe(H);
    expect(a.meta.description).toBe(DEK);
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
  it('without it, a line over the byline no longer than the line above stays the headline', () => {
    const short = 'الخطة تستهدف خفض الهدر بنسبة 25%';
    expect(rinse(ar('محليات', H, short, 'بواسطة سامر الخطيب\n30 نوفمبر 2026', P1, P2)).headline).toBe(short);
    expect(rinse(ar(`الرئيسية${H}`, `شارك ${short}`, 'محليات', H, short, 'بواسطة سامر الخطيب\n30 نوفمبر 2026', P1, P2)).headline).toBe(short);
  });
});

describe('a short line indented as a quote', () => {
  it('is a quote, not a sub-heading (w3m indents a blockquote four columns)', () => {
    const a = rinse(ar(HE, 'By Maya Okafor', E1, '    “Every drop we save today is an investment”', E2));
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(a.sections[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'quote', 'paragraph']);
  });
  it('the same line at the margin heads a section', () => {
    const a = rinse(ar(HE, 'By Maya Okafor', E1, 'Every drop we save today is an investment', E2));
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Every drop we save today is an investment']);
  });
});

describe('an ad label printed under a paragraph and joined to it as its last wrapped line', () => {
  it('goes when it is all that follows the paragraph\'s last sentence', () => {
    const a = rinse(ar(HA, P1, `${P2} إعلان`), { explain: true });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.removed?.find((r) => r.text === 'إعلان')?.rule).toBe('ad-label');
    expect(rinse(ar(HE, E1, `${E2} Story continues below advertisement`)).body).toBe(`${E1}\n\n${E2}`);
  });
  it('stays when it is part of the sentence, or more than a label follows', () => {
    const s = 'The agency said the campaign would run on radio and television, with a new advertisement';
    expect(rinse(ar(HE, E1, s, E2)).body).toContain('with a new advertisement');
    expect(rinse(ar(HE, E1, `${E2} Advertisement revenue fell.`)).body).toContain('Advertisement revenue fell.');
  });
});

describe('a link\'s notice for screen readers', () => {
  it('goes after a comma, in brackets or at the end, the text around it kept', () => {
    const a = rinse(ar(HE, `${E1} Read the council's report, opens new tab, or the summary (link is external).`, E2), { explain: true });
    expect(a.body).toBe(`${E1} Read the council's report, or the summary.\n\n${E2}`);
    expect(rinse(ar(HE, E1, E2, 'Our Standards: The Trust Principles., opens new tab')).removed).toBeUndefined();
    expect(rinse(ar(HA, `${P1} (يفتح في نافذة جديدة)`, P2)).body).toBe(`${P1}\n\n${P2}`);
  });
  it('a list of share links loses the notice after each item', () => {
    const a = rinse(ar(HE, E1, E2, '  • Click to share on Facebook (Opens in new window)\n  • Click to share on X (Opens in new window)'), { explain: true });
    expect(a.removed?.some((r) => r.rule === 'link-notice')).toBe(true);
  });
});

describe('a date w3m printed from spans side by side', () => {
  it('a year glued to the time and a time zone glued to its label are read apart', () => {
    const a = rinse(ar(HE, 'By Maya Okafor\nNovember 29, 20262:05 PM UTCUpdated 3 hours ago', E1, E2));
    expect(a.meta).toMatchObject({ author: 'Maya Okafor', published: 'November 29, 2026 2:05 PM UTC', modified: '3 hours ago' });
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
  it('figures and capitals that read no date stay as they are', () => {
    const a = rinse(ar(HE, E1, 'The 20262:05 NASAReport', E2));
    expect(a.body).toContain('The 20262:05 NASAReport');
  });
});

describe('ad labels one after the other on a line', () => {
  it('"Advertisement · Scroll to continue" goes; a sentence with the words stays', () => {
    const a = rinse(ar(HE, E1, 'Advertisement · Scroll to continue', E2), { explain: true });
    expect(a.removed?.find((r) => r.text === 'Advertisement · Scroll to continue')?.rule).toBe('ad-label');
    expect(rinse(ar(HE, E1, 'Advertisement spending fell, so scroll to continue reading the figures below.', E2)).body).toContain('Advertisement spending fell');
  });
});

describe('the author boxes of a shared byline', () => {
  const bio = 'Tomas Ruiz covers trade and transport from Valmara. He joined the paper in 2019.';
  it('each writer\'s name alone and the bio under it go, wherever the box stands', () => {
    const a = rinse(ar(HE, 'By Lena Fischer and Tomas Ruiz', E1, E2, 'Tomas Ruiz', bio, 'Read Next', ...Array.from({ length: 6 }, (_, k) => `Another story about the harbour number ${k}`)), { explain: true });
    expect(a.meta.author).toBe('Lena Fischer and Tomas Ruiz');
    expect(a.removed?.find((r) => r.text === bio)?.rule).toBe('author-box');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
  it('a paragraph opening with another name, or one writer\'s first name alone, stays', () => {
    expect(writersOfForTest('lena fischer and tomas ruiz')).toEqual(['lena fischer', 'tomas ruiz']);
    expect(writersOfForTest('lena and tomas ruiz')).toEqual([]);
    const a = rinse(ar(HE, 'By Lena Fischer and Tomas Ruiz', E1, 'Tomas Ruiz', 'Marta Olsen, who leads the union, said members voted 71% in favour of the deal on Sunday.', E2));
    expect(a.body).toContain('Marta Olsen, who leads the union');
  });
});

describe('a byline that leads into the text with a colon', () => {
  it('"كتب - أحمد عبد الحميد:" gives the name without the colon', () => {
    const a = rinse(ar(HA, 'كتب - أحمد عبد الحميد:', P1, P2));
    expect(a.meta.author).toBe('أحمد عبد الحميد');
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
  it('a line that opens with "By" and ends with a colon, without a name, is none', () => {
    expect(rinse(ar(HE, E1, 'By the numbers:', E2)).meta.author).toBeUndefined();
  });
});

describe('a "Read also" box inside the article', () => {
  const items = ['وزير النقل يتفقد أعمال القطار الكهربائي السريع', 'زيادة عدد رحلات الخط الثالث للمترو خلال ساعات الذروة'];
  it('all its headlines go when they are printed with the label, no blank line between, or as lynx links one under the other', () => {
    const boxed = rinse(ar(HA, P1, `اقرأ أيضاً:\n${items.join('\n')}`, P2));
    expect(boxed.body).toBe(`${P1}\n\n${P2}`);
    // lynx prints the <br>-parted box with no blank line around it.
    const lynx = readFileSync(path.join(import.meta.dirname, 'fixtures/ar-read-also-lynx/input.txt'), 'utf8');
    expect(rinse(lynx).body).toBe(`${P1}\n\n${P2}`);
  });
  it('a heading of the article after the box\'s one headline, a blank line between, stays', () => {
    const a = rinse(ar(HA, P1, `اقرأ أيضاً:\n${items[0]}`, 'تعويضات للسكان المتضررين', P2));
    expect(a.sections.map((s) => s.heading)).toContain('تعويضات للسكان المتضررين');
  });
});

describe('a call to action joined after a paragraph\'s last sentence', () => {
  it('goes in a script without capitals, where only the stop before it tells', () => {
    const a = rinse(ar(HA, P1, `${P2} تابعوا آخر الأخبار على قناتنا في تليجرام`), { explain: true });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.removed?.find((r) => r.text.includes('تليجرام'))?.rule).toBe('newsletter-cta');
  });
  it('a last sentence that ends like one stays', () => {
    const s = 'وقال المتحدث: تابعوا آخر الأخبار على قناتنا في تليجرام.';
    expect(rinse(ar(HA, P1, `${P2} ${s}`)).body).toContain(s);
  });
});

describe('a sub-heading printed between two paragraphs with no blank line around it', () => {
  it('heads the part under it (lynx prints <br>-parted text so)', () => {
    const a = rinse(ar(HE, 'By Maya Okafor', `${E1}\nOpposition over cost\n${E2}`));
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Opposition over cost']);
  });
  it('a short line that no paragraph follows in its group is none', () => {
    const a = rinse(ar(HE, 'By Maya Okafor', `${E1}\nOpposition over cost`, E2));
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('the section or publication a post is filed in', () => {
  it('goes to meta.section, and the headline above the byline is the title, not the label', () => {
    // As w3m prints Medium's header: the avatar's alt text, the name and its button, the publication, the date.
    const a = rinse(ar(HE, 'What two years of test-driven development taught a team of six about where tests pay off', 'Priya Raman\nPriya Raman · Follow\nPublished in Engineering Notes\n7 min read · Nov 20, 2026', E1, E2));
    expect(a.headline).toBe(HE);
    expect(a.meta.author).toBe('Priya Raman');
    expect(a.meta.section).toBe('Engineering Notes');
    expect(a.body).toBe(`${E1}\n\n${E2}`);
  });
  it('a list of tags after the label, or a date, is no section', () => {
    expect(rinse(ar(HE, E1, E2, 'Filed under parks, city council, budget')).meta.section).toBeUndefined();
    expect(rinse(ar(HE, 'Published in November 2026', E1, E2)).meta.section).toBeUndefined();
  });
});

describe('a count alone is no comment label', () => {
  it('"1.2K" under a clap button leaves the article\'s end in place', () => {
    const a = rinse(ar(HE, E1, E2, '1.2K', '23', 'Software Development'), { explain: true });
    expect(a.removed?.find((r) => r.text === '1.2K')?.rule).not.toBe('comment-form');
    expect(rinse(ar(HE, E1, E2, '12 Comments', 'Leave a Reply')).removed).toBeUndefined();
  });
});

describe('a button lynx printed under a paragraph', () => {
  it('does not make the paragraph a line packed with others', () => {
    const dump = readFileSync(path.join(import.meta.dirname, 'fixtures/en-button-under-paragraph-lynx/input.txt'), 'utf8');
    const a = rinse(dump);
    expect(a.body).toContain('None of this means tests matter less.');
  });
});

describe('a post-info list under the headline', () => {
  it('"• Dana Whitfield • November 28, 2026 • 4 Comments" gives the author and the date, and anchors the headline', () => {
    const a = rinse(ar(HE, '  • Dana Whitfield\n  • November 28, 2026\n  • 4 Comments', 'Tomato plants in pots on a sunny balcony\nFacebook\nPinterest', E1, E2));
    expect(a.meta).toMatchObject({ author: 'Dana Whitfield', published: 'November 28, 2026' });
    expect(a.headline).toBe(HE);
  });
  it('such a list after the article\'s prose (a card of another story) gives no author', () => {
    const a = rinse(ar(HE, E1, E2, 'Related stories', 'Fact check: the claim about the park budget is false', '  • 17 November 2019\n  • Fact Check'));
    expect(a.meta.author).toBeUndefined();
  });
});

describe('a date line with a screen reader\'s label glued to it, or its time zone noted in brackets', () => {
  it('"نشر في30/11/2026" over "آخر تحديث: 30/11/2026 11:05 (توقيت مكة)" gives the published and the updated date', () => {
    const a = rinse(ar(HA, 'نشر في30/11/2026\nآخر تحديث: 30/11/2026 11:05 (توقيت مكة)', P1, P2));
    expect(a.meta).toMatchObject({ published: '30/11/2026', modified: '30/11/2026 11:05' });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
  });
  it('a date line that reads as one keeps its note, and a bracket after a sentence is none', () => {
    expect(rinse(ar(HE, 'By Maya Okafor\nMonday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', E1, E2)).meta.published).toBe('Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)');
    expect(rinse(ar(HE, E1, 'The vote was 7 to 2 (a record)', E2)).body).toContain('The vote was 7 to 2 (a record)');
  });
});

describe('a standfirst right over the byline, longer than the headline above it', () => {
  const H = 'قادة المنطقة يتفقون على آلية لمواجهة شح المياه';
  const DEK = 'اتفاق على صندوق مشترك بقيمة ملياري دولار لتمويل مشاريع التحلية وإعادة استخدام المياه';
  it('is the standfirst, and the shorter line above it the headline', () => {
    const a = rinse(ar('المياه', H, DEK, 'المصدر : الأفق نت + وكالات\n30/11/2026', P1, P2));
    expect(a.headline).toBe(H);
    expect(a.meta.description).toBe(DEK);
  });
  it('a line over the byline that is the longer of the two stays the headline, and so does one under a label\'s item', () => {
    expect(rinse(ar('المياه', DEK, H, 'المصدر : الأفق نت + وكالات\n30/11/2026', P1, P2)).headline).toBe(H);
    // "Now:" over another story's headline, above the page's own: the headline is not the item.
    const own = 'New York man pleads guilty to threatening to kill a member of Congress';
    expect(rinse(ar('Now:\nBrowns defensive snap counts, stats and notes', own, 'By Hannah Cole\nNovember 25, 2026', E1, E2)).headline).toBe(own);
  });
});

describe('w3m\'s link numbers (-o display_link_number=1) and a lynx -nolist dump', () => {
  it('give the article of the plain wide dump: the markers and the "References:" list are read as lynx\'s are', () => {
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-jnews-water.txt')));
    for (const name of ['ar-jnews-water-w3m-links', 'ar-jnews-water-nolist']) {
      const a = rinse(readFileSync(path.join(import.meta.dirname, `fixtures/${name}/input.txt`)), { explain: true });
      expect(a.headline, name).toBe(wide.headline);
      expect(a.body, name).toBe(wide.body);
      expect(a.meta.author, name).toBe(wide.meta.author);
    }
    // w3m lists only some of its numbered links (not a page's own anchors): "[20]" after a list that holds 19 is still a marker.
    const tram = rinse(readFileSync(path.join(import.meta.dirname, 'fixtures/en-tram-extension-w3m-links/input.txt')));
    expect(tram.body).toBe(rinse(readFileSync(path.join(import.meta.dirname, '../samples/en-tram-extension.txt'))).body);
    const linked = rinse(readFileSync(path.join(import.meta.dirname, 'fixtures/ar-jnews-water-w3m-links/input.txt')), { explain: true });
    expect(linked.removed?.find((r) => r.rule === 'link-references')?.detail).toMatch(/^\d{2} links$/);
  });
  it('a "References:" line over lines that are no references is text', () => {
    const a = rinse(ar(HE, E1, E2, 'References:', 'The council report, 2026.'));
    expect(a.removed?.some((r) => r.rule === 'link-references')).toBeFalsy();
  });
});

describe('a paragraph that lynx printed with chrome under it, no blank line between', () => {
  it('is judged as the paragraph it is once the rules took the chrome out (lynx -nolist)', () => {
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-match-report.txt')));
    const a = rinse(readFileSync(path.join(import.meta.dirname, 'fixtures/ar-match-report-nolist/input.txt')));
    expect(a.body).toContain('وبهذا الفوز رفع الهلال رصيده');
    expect(a.sections.map((s) => s.heading)).toEqual(wide.sections.map((s) => s.heading));
  });
  it('a line with a kept line of its group above it stays a line packed with others', () => {
    const teaser = 'Another story about the harbour that the site lists under the article, with its summary in the same box.';
    const a = rinse(ar(HE, E1, E2, 'More from the Harbour Times', `Harbour works begin\n${teaser}\nRead more`));
    expect(a.body).not.toContain(teaser);
  });
});

describe('a wide dump with two paragraphs of prose and a band of shorter lines', () => {
  it('is no wrapped dump: its menu lines are not joined (w3m with link numbers, a short article)', () => {
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-education-news.txt')));
    const a = rinse(readFileSync(path.join(import.meta.dirname, 'fixtures/ar-education-news-w3m-links/input.txt')));
    expect(a.headline).toBe(wide.headline);
    expect(a.body).toBe(wide.body);
  });
  it('an 80-column dump is still read as wrapped', () => {
    const narrow = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-education-news-80.txt')));
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-education-news.txt')));
    expect(narrow.body).toBe(wide.body);
  });
});

describe('a tags line joined after a paragraph\'s last sentence', () => {
  it('goes, the paragraph kept (lynx -nolist: "… می‌شوند. برچسب‌ها: راه آهن قطار مسافر")', () => {
    const a = rinse(ar(HA, P1, `${P2} الوسوم: الإنفلونزا اللقاحات`), { explain: true });
    expect(a.body).toBe(`${P1}\n\n${P2}`);
    expect(a.removed?.find((r) => r.text.includes('الوسوم'))?.rule).toBe('tags');
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/fa-news.txt')));
    expect(rinse(readFileSync(path.join(import.meta.dirname, 'fixtures/fa-news-nolist/input.txt'))).body).toBe(wide.body);
  });
  it('a last sentence that names tags and ends like one stays', () => {
    const s = 'Tags: a new system of labels will be tested this winter.';
    expect(rinse(ar(HE, E1, `${E2} ${s}`)).body).toContain(s);
  });

  // lynx prints a <div> right under a <p> with no blank line: the tags' line becomes the
  // paragraph's wrapped end, its items link markers and no colon after the label.
  const lynxWrap = (text: string): string => {
    const lines: string[] = [];
    let line = '';
    for (const w of text.split(' ')) {
      if (line && `${line} ${w}`.length > 72) {
        lines.push(`   ${line}`);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    return [...lines, `   ${line}`].join('\n');
  };
  // Paragraphs whose last lines are long enough for a wrapped one's to be joined to the next.
  const L1 = 'أطلقت وزارة الصحة اليوم حملة وطنية واسعة للتطعيم ضد الإنفلونزا الموسمية تستهدف أكثر من ثلاثة ملايين مواطن ومقيم في مختلف المناطق، وذلك ضمن خطتها السنوية للوقاية من الأمراض التنفسية.';
  const L2 = 'وقال الوزير إن الحملة ستستمر حتى نهاية فبراير، وإن اللقاحات متوفرة مجاناً في جميع المراكز الصحية والمستشفيات الحكومية في كل المحافظات.';
  const lynxDoc = (tail: string): string => `${HA}\n\n${lynxWrap(L1)}\n\n${lynxWrap(L2)}\n   ${tail}\n\nReferences\n\n   1. https://example.com/t/1\n   2. https://example.com/t/2\n   3. https://example.com/t/3\n`;

  it('goes without a colon when its items are links (lynx: "… 2030. الكلمات المفتاحية [16]القطار الكهربائي [17]وزارة النقل")', () => {
    for (const tail of ['الكلمات المفتاحية [1]الإنفلونزا [2]اللقاحات', 'الوسوم [1]الإنفلونزا [2]اللقاحات', 'Tags [1]flu [2]vaccines']) {
      const a = rinse(lynxDoc(tail), { explain: true });
      expect(a.body, tail).toBe(`${L1}\n\n${L2}`);
      expect(a.removed?.find((r) => r.rule === 'tags')?.detail, tail).toMatch(/after the paragraph/);
    }
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-youm-rail.txt')));
    expect(rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-youm-rail-lynx.txt'))).body).toBe(wide.body);
  });

  it('without a colon, words after the last sentence with one link at the most stay', () => {
    const tail = 'الكلمات المفتاحية للنجاح هي [1]الصبر';
    expect(rinse(lynxDoc(tail)).body).toContain('الكلمات المفتاحية للنجاح هي الصبر');
  });

  it('goes without a colon or links (lynx -nolist) when the label has two words and its items are names', () => {
    const a = rinse(lynxDoc('الكلمات المفتاحية الإنفلونزا اللقاحات وزارة الصحة'), { explain: true });
    expect(a.body).toBe(`${L1}\n\n${L2}`);
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-youm-rail.txt')));
    expect(rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-youm-rail-nolist.txt'))).body).toBe(wide.body);
  });

  it('without a colon or links, a clause after the label, or a one-word label, stays', () => {
    for (const tail of ['الكلمات المفتاحية للنجاح هي الصبر', 'الوسوم الإنفلونزا اللقاحات']) expect(rinse(lynxDoc(tail)).body, tail).toContain(tail);
  });
});

describe('a theme\'s post meta under the headline: name, how long ago, counts', () => {
  const HG = 'افتتاح ملعب المدينة الجديد بسعة 45 ألف متفرج';
  it('goes into meta: "خالد العمري منذ 3 ساعات مشاهدات 1.2K التعليقات (3)", "Jane Doe 3 hours ago 1.2K views 3 Comments"', () => {
    for (const line of ['خالد العمري منذ 3 ساعات', 'خالد العمري منذ 3 ساعات مشاهدات 1.2K', 'خالد العمري منذ 3 ساعات مشاهدات 1.2K التعليقات (3)']) {
      const a = rinse(ar(HG, line, P1, P2), { explain: true });
      expect(a.headline, line).toBe(HG);
      expect(a.meta, line).toMatchObject({ author: 'خالد العمري', published: 'منذ 3 ساعات' });
      expect(a.body, line).toBe(`${P1}\n\n${P2}`);
    }
    for (const line of ['Jane Doe 3 hours ago 1.2K views 3 Comments', 'Jane Doe 3 hours ago Views: 1,200']) {
      expect(rinse(ar(HE, line, E1, E2)).meta, line).toMatchObject({ author: 'Jane Doe', published: '3 hours ago' });
    }
    // A count's label is no page tool: the date ends before the count.
    expect(rinse(ar(HE, 'Jane Doe November 20, 2026 3 Comments', E1, E2)).meta.published).toBe('November 20, 2026');
  });

  it('one word before how long ago is no name; a clause with a date stays out of meta', () => {
    for (const line of ['الطوابير منذ 3 ساعات', 'الأمطار تتواصل منذ 3 ساعات في العاصمة']) expect(rinse(ar(HG, line, P1, P2)).meta.author, line).toBeUndefined();
  });

  it('a latest-news list at the top of the page ends before the headline that such a line follows', () => {
    const a = rinse(readFileSync(path.join(import.meta.dirname, '../samples/ar-gulf-stadium.txt')), { explain: true });
    expect(a.headline).toBe(HG);
    expect(a.removed?.filter((r) => r.rule === 'most-read').map((r) => r.text)).not.toContain(HG);
    expect(a.removed?.find((r) => r.text.startsWith('10:45'))?.rule).toBe('most-read');
  });
});

describe('a date line with a button or counts after it', () => {
  it('keeps the date\'s year ("7 December 2026 View comments") and its updated date apart', () => {
    const line = 'PUBLISHED: 09:14, 7 December 2026 | UPDATED: 11:02, 7 December 2026 View comments';
    const a = rinse(ar(HE, line, E1, E2), { explain: true });
    expect(a.meta).toMatchObject({ published: '09:14, 7 December 2026', modified: '11:02, 7 December 2026' });
    expect(a.removed?.find((r) => r.text === line)?.rule).toBe('date-line');
    expect(rinse(ar(HE, '7 December 2026 View comments', E1, E2)).meta.published).toBe('7 December 2026');
  });
  it('a count before a label that no month precedes is still a count ("Published 7 December 2026 12 comments")', () => {
    expect(rinse(ar(HE, 'Published 7 December 2026 12 comments', E1, E2)).meta.published).toBe('7 December 2026');
  });
});

describe('Swahili (sw.json)', () => {
  it('a news page\'s byline ("Na Amina Juma"), date ("Desemba 7, 2026"), share row, tags, related block and comments go, its dumps and HTML alike', () => {
    const html = rinse(readFileSync(path.join(import.meta.dirname, 'corpus/pages/sw-dar-brt.html')));
    for (const f of ['sw-dar-brt.txt', 'sw-dar-brt-80.txt', 'sw-dar-brt-lynx.txt']) {
      const a = rinse(readFileSync(path.join(import.meta.dirname, '../samples', f)));
      expect(a.lang, f).toBe('sw');
      expect(a.meta, f).toMatchObject({ author: 'Amina Juma', published: 'Desemba 7, 2026' });
      expect(a.body, f).toBe(html.body);
      // Five paragraphs and the sub-heading between them.
      expect(a.body.split('\n\n'), f).toHaveLength(6);
    }
  });
  it('"Na" opening a Polish heading is no byline', () => {
    const pl1 = 'Rada miasta zdecydowała we wtorek wieczorem o przekształceniu opuszczonej bocznicy kolejowej w park miejski, kończąc dziesięcioletni spór o przyszłość terenu.';
    const pl2 = 'Budowa ma się rozpocząć wiosną i potrwać około dwóch lat, a pierwsza część parku zostanie otwarta dla mieszkańców w 2028 roku, poinformowali urzędnicy.';
    const a = rinse(ar('Nowy park w centrum miasta', pl1, 'Na Mazowszu Rośnie Zieleń', pl2));
    expect(a.meta.author).toBeUndefined();
  });
});

describe('an ad label joined after a Japanese paragraph\'s last full stop', () => {
  const J1 = '大阪市は29日、御堂筋の歩行者空間化について、2027年春に第1期区間が完成する見通しだと発表した。';
  const J2 = '市によると、車道の一部を歩道に振り替え、ベンチや植栽を設けることで、歩行者が滞在しやすい空間をつくる。工事は夜間を中心に進めており、交通への影響は最小限に抑えているという。';
  it('goes, the paragraph kept ("…という。スポンサーリンク")', () => {
    const a = rinse(ar('御堂筋の歩行者空間化、2027年春に第1期完成へ', J1, `${J2}スポンサーリンク`), { explain: true });
    expect(a.body).toBe(`${J1}\n\n${J2}`);
    expect(a.removed?.find((r) => r.text === 'スポンサーリンク')?.rule).toBe('ad-label');
  });
  it('words after the stop that are no ad label stay', () => {
    const a = rinse(ar('御堂筋の歩行者空間化、2027年春に第1期完成へ', J1, `${J2}次の工事は来年`));
    expect(a.body).toContain('次の工事は来年');
  });
});

describe('Arabic tags labelled without the article ("كلمات دلالية:")', () => {
  it('go as tags; a sentence that opens with the words stays', () => {
    const line = 'كلمات دلالية: الهلال النصر الدوري السعودي';
    const a = rinse(ar(HA, P1, P2, line), { explain: true });
    expect(a.removed?.find((r) => r.text === line)?.rule).toBe('tags');
    const s = 'كلمات دلالية كثيرة استخدمها الوزير في خطابه أمام المجلس، وأثارت جدلاً واسعاً بين النواب.';
    expect(rinse(ar(HA, P1, s, P2)).body).toContain(s);
  });
});

describe('a post-meta line with the page\'s tools and a reading time after its dates', () => {
  it('is a date line: the reading time and the buttons go with it ("… Yazı Boyutu Okuma süresi: 3 dk", "Share Tweet Email 3 min read")', () => {
    const tr = "Elif Yıldırım 29 Kasım 2026 Pazar 10:42 Güncelleme: 29.11.2026 - 11:15 Facebook'ta Paylaş Twitter'da Paylaş WhatsApp Linki Kopyala Yazı Boyutu Okuma süresi: 3 dk";
    expect(rinse(ar(HE, tr, E1, E2)).meta).toMatchObject({ author: 'Elif Yıldırım', published: '29 Kasım 2026 Pazar 10:42', modified: '29.11.2026 - 11:15' });
    expect(rinse(ar(HE, 'Jane Doe November 20, 2026 Share Tweet Email 3 min read', E1, E2)).meta).toMatchObject({ author: 'Jane Doe', published: 'November 20, 2026' });
    // w3m at 72 columns wrapped the line with the next two (the buttons, the reading time).
    const wide = rinse(readFileSync(path.join(import.meta.dirname, '../samples/tr-istanbul-ferry.txt')));
    const at72 = rinse(readFileSync(path.join(import.meta.dirname, '../samples/tr-istanbul-ferry-72.txt')));
    expect(at72.body).toBe(wide.body);
    expect(at72.meta.published).toBe(wide.meta.published);
  });
  it('a date and a reading time without buttons reads as before ("Nov 29, 2026— 6 min read")', () => {
    expect(rinse(ar(HE, 'Nov 29, 2026— 6 min read', E1, E2)).meta.published).toBe('Nov 29, 2026');
  });
});
