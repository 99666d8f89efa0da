/**
 * rinse — library API. No CLI code here.
 *
 *   import { rinse, rinseFile, renderJson, renderMarkdown } from 'rinse';
 */
import { readFile } from 'node:fs/promises';
import type { Article } from './model.js';
import { rinse, type RinseOptions } from './pipeline.js';

export { rinse, learnLines, type RinseOptions } from './pipeline.js';
export { accumulate, merge, finalize, serialize, parseProfile, templateKeys, documentLines, lineKey, DEFAULT_THRESHOLDS, type Profile, type Thresholds } from './learn/profile.js';
export type * from './model.js';
export { renderJson, renderJsonLine, toDocument, SCHEMA_VERSION } from './render/json.js';
export { renderMarkdown, escapeMarkdown } from './render/markdown.js';
export { parseText } from './parse/text.js';
export { parseHtml } from './parse/html.js';
export { clean, runRules, DEFAULT_PRESET, PRESETS, PhraseIndex, defaultPhrases, type Rule, type RuleContext } from './clean/index.js';
export { structure } from './structure/index.js';
export { detectLanguage } from './text/lang.js';
export { matchKey } from './text/normalize.js';
export { InputError, decode } from './input/decode.js';
export { scoreBody, evaluate, type PageScore, type EvalSummary } from './eval/metric.js';

/** Read a file (text, HTML or gzip) and rinse it. */
export async function rinseFile(path: string, options: RinseOptions = {}): Promise<Article> {
  const bytes = await readFile(path);
  return rinse(bytes, { path, ...options });
}
