// Debug aid: print each block of a text dump with its judgement and the main stretch.
//   node scripts/debug-stretch.mjs dump.txt
import { readFileSync } from 'node:fs';
import { parseText, clean, defaultPhrases, decode } from '../dist/index.js';
import { judge, mainStretch } from '../dist/structure/stretch.js';

const { text } = decode(readFileSync(process.argv[2]));
const { blocks } = clean(parseText(text));
const js = blocks.map((b) => judge(b, defaultPhrases));
const st = mainStretch(js);
blocks.forEach((b, i) => {
  const inside = st && i >= st.start && i < st.end ? '#' : ' ';
  console.log(`${inside}${String(b.origin.line).padStart(5)} ${js[i].cls.padEnd(5)} ${String(Math.round(js[i].value)).padStart(6)} ${b.kind.slice(0, 4)} ${b.text.replace(/\n/g, ' | ').slice(0, 90)}`);
});
