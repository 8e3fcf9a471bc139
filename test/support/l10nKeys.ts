/**
 * Finds every message the code localises: the literal first argument of each
 * `l10n.t(…)` call (core's translator, and vscode.l10n in the client), with
 * the TypeScript parser, so reformatting the code cannot hide one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface LocalisedMessage {
  readonly template: string;
  readonly file: string;
}

export interface Extraction {
  readonly messages: LocalisedMessage[];
  /** `l10n.t` calls whose message is not a literal: they cannot be translated. */
  readonly notLiteral: string[];
}

export function extractMessages(root: string, folders: readonly string[]): Extraction {
  const messages: LocalisedMessage[] = [];
  const notLiteral: string[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(join(root, folder), { recursive: true }) as string[]) {
      if (!name.endsWith('.ts')) continue;
      const file = join(folder, name);
      const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && isL10nT(node.expression)) {
          const first = node.arguments[0];
          if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.push({ template: first.text, file });
          else {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            notLiteral.push(`${file}:${line + 1}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { messages, notLiteral };
}

/** `l10n.t` or `vscode.l10n.t`. */
function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const owner = callee.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

/** The `{name}` placeholders of a template, sorted. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
