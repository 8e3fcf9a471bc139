/**
 * What every span the analysis reports must satisfy, whatever the text: inside
 * the document, not reversed, and never between the two halves of a surrogate
 * pair. Shared by the property tests and their regression examples.
 */
import assert from 'node:assert/strict';
import type { AnalysedEntry } from '../../server/src/core/corpus/corpus';
import type { Corpus } from '../../server/src/core/corpus/corpus';
import { locateFindings } from '../../server/src/core/diagnostics/located';
import type { Span } from '../../server/src/core/text/span';

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}

export function assertValidSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers (${span.start}, ${span.end})`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) lies inside the text of length ${text.length}`);
  assert.ok(!splitsSurrogatePair(text, span.start), `${what}: start ${span.start} splits a surrogate pair`);
  assert.ok(!splitsSurrogatePair(text, span.end), `${what}: end ${span.end} splits a surrogate pair`);
}

/** Checks every finding (as span and as LSP range) and the spans hover, symbols and semantic tokens are built on. */
export function assertEntryInvariants(corpus: Corpus, entry: AnalysedEntry): void {
  const { text, lineIndex } = entry.article;
  for (const finding of entry.findings) assertValidSpan(text, finding.span, `${finding.code} "${finding.message.slice(0, 60)}"`);
  for (const { finding, range } of locateFindings(entry)) {
    for (const position of [range.start, range.end]) {
      assert.ok(position.line >= 0 && position.line < lineIndex.lineCount, `${finding.code}: line ${position.line} exists`);
      const lineLength = lineIndex.lineContentEnd(position.line) - lineIndex.lineStart(position.line);
      assert.ok(position.character >= 0 && position.character <= lineLength, `${finding.code}: character ${position.character} lies within line ${position.line}`);
    }
    assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${finding.code}: range is not reversed`);
  }
  const article = entry.article;
  for (const line of article.lines) assertValidSpan(text, line.span, `line ${line.index}`);
  for (const paragraph of article.paragraphs) assertValidSpan(text, paragraph.span, `paragraph ${paragraph.index}`);
  for (const sentence of article.sentences) {
    assertValidSpan(text, sentence.span, `sentence ${sentence.index}`);
    for (const token of sentence.tokens) assertValidSpan(text, token.span, `token "${token.text}"`);
  }
  for (const quotation of article.quotations) {
    assertValidSpan(text, quotation.span, `quotation ${quotation.index}`);
    assertValidSpan(text, quotation.content, `quotation ${quotation.index} content`);
  }
  for (const mention of corpus.entities.mentionsOf(entry.key)) assertValidSpan(text, mention.span, `mention "${mention.surface}"`);
}
