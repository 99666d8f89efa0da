/** The dump rinse started from: ../shared/seeds/000_ea71027039d2979c.txt (copied to samples/). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJson, renderMarkdown, rinse } from '../src/index.js';

const seed = readFileSync(new URL('../samples/ar-seed-tagdiv.txt', import.meta.url));

describe('the seed dump', () => {
  const article = rinse(seed, { explain: true });

  it('has the headline', () => {
    expect(article.headline).toBe('السعودية وباكستان.. تعزيز التعاون الأمني لمواجهة التحديات');
    expect(article.lang).toBe('ar');
    expect(article.dir).toBe('rtl');
  });

  it('has the sections, paragraphs and list of the article', () => {
    const s = article.sections;
    expect(s.map((x) => x.heading)).toEqual([null, 'خلفية تاريخية لعلاقات متجذرة', 'أهمية اللقاء وتأثيره المتوقع']);
    expect(s[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(s[0]?.blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect((s[0]?.blocks[0] as { text: string }).text.startsWith('في خطوة تعكس عمق العلاقات')).toBe(true);
    expect(s[1]?.blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(s[2]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    const list = s[2]?.blocks[1];
    expect(list?.kind === 'list' && list.items).toEqual([
      'مكافحة الإرهاب والتطرف: تكثيف تبادل المعلومات الاستخباراتية وتنسيق الجهود لتفكيك الشبكات الإرهابية وتجفيف منابع تمويلها ومواجهة دعايتها الفكرية.',
      'الأمن السيبراني: تطوير القدرات المشتركة لمواجهة الهجمات السيبرانية وحماية البنى التحتية الحيوية في كلا البلدين.',
      'مكافحة الجريمة المنظمة: العمل المشترك لمكافحة تهريب المخدرات والاتجار بالبشر وغيرها من الجرائم العابرة للحدود التي تهدد النسيج الاجتماعي والاقتصادي.',
    ]);
  });

  it('keeps the noise out of everything but `removed`, each with a rule id', () => {
    const { removed, ...rest } = JSON.parse(renderJson(article)) as { removed: { rule: string; text: string }[] };
    const kept = JSON.stringify(rest);
    for (const noise of ['spot_img', 'ذات صلة']) expect(kept).not.toContain(noise);
    expect(removed.map((r) => [r.rule, r.text])).toEqual([
      ['ad-placeholder', 'spot_img'],
      ['related-block', 'ذات صلة'],
      ['ad-placeholder', 'spot_imgspot_img'],
    ]);
  });

  it('renders Markdown with one #, two ## and three - items', () => {
    const md = renderMarkdown(article);
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('# '))).toEqual(['# السعودية وباكستان.. تعزيز التعاون الأمني لمواجهة التحديات']);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## خلفية تاريخية لعلاقات متجذرة', '## أهمية اللقاء وتأثيره المتوقع']);
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(md).not.toContain('spot_img');
  });
});
