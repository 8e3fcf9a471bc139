/**
 * Markdown links to places in the corpus, as VS Code opens them from a hover:
 * a file URI with a `#L<line>,<column>` fragment (1-based).
 */
import type { Position } from '../../core/text/lineIndex';

export function articleName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function locationLink(label: string, uri: string, position?: Position): string {
  const fragment = position ? `#L${position.line + 1},${position.character + 1}` : '';
  return `[${escapeMarkdown(label)}](${uri}${fragment})`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (character) => `\\${character}`);
}
