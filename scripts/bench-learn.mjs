// npm run bench:learn — the site corpus of test/corpus (40 real articles in one site's template,
// wide and 80-column dumps): body F1, headline accuracy and template lines left, without and with
// a profile learned from the same pages; and the time to learn and to clean.
import { performance } from 'node:perf_hooks';
import { generateSite, loadArticles, scoreSite } from '../test/corpus/site.mjs';
import { accumulate, finalize, learnLines, merge, rinse, scoreBody, evaluate } from '../dist/index.js';

const pages = generateSite(loadArticles(), Number(process.argv[2] ?? 40));
console.log(`bench:learn — ${pages.length} pages of one site (test/corpus)`);
console.log('dumps   profile   body F1  precision  recall  headline  template left   learn ms  clean ms/page');
for (const variant of ['wide', 'narrow']) {
  const t0 = performance.now();
  const profile = finalize(merge([accumulate(pages.map((p) => learnLines(p[variant], { folder: 'site' })))]));
  const learnMs = performance.now() - t0;
  for (const withProfile of [false, true]) {
    const t1 = performance.now();
    const cleaned = pages.map((p) => rinse(p[variant], withProfile ? { folder: 'site', profile } : { folder: 'site' }));
    const ms = (performance.now() - t1) / pages.length;
    const s = scoreSite(pages, cleaned, scoreBody, evaluate);
    console.log(
      `${variant.padEnd(7)} ${(withProfile ? 'learned' : 'none').padEnd(9)} ${s.f1.toFixed(4).padStart(7)}  ${s.precision.toFixed(4).padStart(9)}  ${s.recall.toFixed(4)}  ${s.headline.toFixed(3).padStart(8)}  ${(s.templateLeft * 100).toFixed(2).padStart(11)}%   ${withProfile ? learnMs.toFixed(0).padStart(8) : '       —'}  ${ms.toFixed(2).padStart(13)}`,
    );
  }
}
