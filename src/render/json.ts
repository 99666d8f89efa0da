/** Article → JSON. Key order is fixed so the same input gives the same bytes. */
import type { Article } from '../model.js';

export const SCHEMA_VERSION = 1;

const META_KEYS = ['author', 'published', 'modified', 'siteName', 'url', 'description', 'section', 'tags', 'image'] as const;

/** The article's meta with a stable key order and no undefined values. */
export function orderedMeta(meta: Article['meta']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of META_KEYS) {
    const v = meta[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The article as a plain object with a stable key order (and no undefined values). */
export function toDocument(article: Article): Record<string, unknown> {
  const meta = orderedMeta(article.meta);
  const doc: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    headline: article.headline,
    lang: article.lang,
    dir: article.dir,
    meta,
    sections: article.sections,
    body: article.body,
    source: {
      path: article.source.path,
      format: article.source.format,
      encoding: article.source.encoding,
      bytes: article.source.bytes,
      sha256: article.source.sha256,
      ...(article.source.repaired ? { repaired: article.source.repaired } : {}),
    },
  };
  if (article.removed) {
    doc.removed = article.removed.map((r) => {
      const out: Record<string, unknown> = { rule: r.rule, reason: r.reason, text: r.text };
      if (r.detail !== undefined) out.detail = r.detail;
      out.origin = r.origin;
      return out;
    });
  }
  return doc;
}

/** Pretty JSON (one document per file). */
export function renderJson(article: Article): string {
  return `${JSON.stringify(toDocument(article), null, 2)}\n`;
}

/** One JSON object on one line (NDJSON). */
export function renderJsonLine(article: Article): string {
  return `${JSON.stringify(toDocument(article))}\n`;
}
