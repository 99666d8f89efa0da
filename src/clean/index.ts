export { runRules, type Rule, type RuleContext, type CleanResult, type CleanOptions } from './engine.js';
export { DEFAULT_PRESET, PRESETS } from './presets.js';
export { withoutBylineMarker } from './rules/meta.js';
export { PhraseIndex, defaultPhrases, LANGUAGE_FILES, type PhraseFile, type Category } from './phrases.js';

import type { Block } from '../model.js';
import { runRules, type CleanOptions, type CleanResult } from './engine.js';
import { DEFAULT_PRESET } from './presets.js';

/** Clean blocks with the default preset. */
export function clean(blocks: readonly Block[], options: CleanOptions = {}): CleanResult {
  return runRules(blocks, DEFAULT_PRESET, options);
}
