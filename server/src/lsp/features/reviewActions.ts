/**
 * The review workflow: "Mark as checked" on a claim diagnostic records in
 * `.source-lens/reviews.json` that a reader verified the sentence, and the
 * diagnostic goes away; "Unmark" on a checked sentence reverses it. Both are
 * commands the server executes, so the client needs nothing of its own.
 */
import { relative, isAbsolute, sep } from 'node:path';
import {
  CodeActionKind,
  ErrorCodes,
  ResponseError,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type ExecuteCommandParams,
} from 'vscode-languageserver/node';
import type { Article } from '../../core/article/types';
import { sentenceKey } from '../../core/claims/reviewKey';
import { isSentenceKey, REVIEWS_DIRECTORY, REVIEWS_FILE_NAME, type SentenceReview } from '../../core/claims/reviews';
import type { AnalysedEntry, SentenceSummary } from '../../core/corpus/corpus';
import type { ArticleWorkspace } from '../articleWorkspace';
import { ReviewStore } from '../reviews/reviewStore';
import { filePathOf } from '../uris';
import * as l10n from '../../core/messages/l10n';

export const MARK_CHECKED_COMMAND = 'sourceLens.markChecked';
export const UNMARK_CHECKED_COMMAND = 'sourceLens.unmarkChecked';
export const REVIEW_COMMANDS: readonly string[] = [MARK_CHECKED_COMMAND, UNMARK_CHECKED_COMMAND];
/** A source action: there is no diagnostic on a checked sentence to hang a quick fix on. */
export const UNMARK_KIND = `${CodeActionKind.Source}.sourceLens.unmark`;

const CLAIM_CODES: ReadonlySet<string> = new Set(['claim.unattributed', 'claim.vague-source']);

export function reviewActions(workspace: ArticleWorkspace, params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri;
  const entry = workspace.corpus.get(workspace.keyOf(uri));
  if (entry?.kind !== 'article') return [];
  const article = entry.article;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (typeof diagnostic.code !== 'string' || !CLAIM_CODES.has(diagnostic.code)) continue;
      const start = article.lineIndex.offsetAt(diagnostic.range.start);
      const end = article.lineIndex.offsetAt(diagnostic.range.end);
      const finding = entry.findings.find((f) => f.code === diagnostic.code && f.span.start === start && f.span.end === end);
      const sentence = finding && entry.claims.sentences.find((s) => s.span.start === start && s.span.end === end);
      if (!sentence) continue;
      actions.push({
        title: l10n.t('Mark as checked (Source Lens)'),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: reviewCommand(MARK_CHECKED_COMMAND, 'Mark as checked', uri, article, sentence),
      });
    }
  }

  if (wants(UNMARK_KIND)) {
    const reviewed = workspace.reviewedKeys;
    const from = article.lineIndex.offsetAt(params.range.start);
    const to = article.lineIndex.offsetAt(params.range.end);
    for (const sentence of sentencesIn(entry, from, to)) {
      if (!reviewed.has(sentence.key)) continue;
      actions.push({
        title: l10n.t('Unmark checked sentence (Source Lens)'),
        kind: UNMARK_KIND,
        command: reviewCommand(UNMARK_CHECKED_COMMAND, 'Unmark checked sentence', uri, article, sentence),
      });
    }
  }
  return actions;
}

function sentencesIn(entry: AnalysedEntry, from: number, to: number): SentenceSummary[] {
  return entry.claims.sentences.filter((s) => (from === to ? s.span.start <= from && from < s.span.end : s.span.start < to && from < s.span.end));
}

function reviewCommand(command: string, title: string, uri: string, article: Article, sentence: SentenceSummary): Command {
  return { title, command, arguments: [uri, sentence.key, sentenceText(article, sentence)] };
}

/** The sentence on one line, for humans reading reviews.json; its key is the same (keys ignore spacing). */
function sentenceText(article: Article, sentence: SentenceSummary): string {
  return article.text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, ' ').trim();
}

export interface ReviewReporter {
  warn(message: string): void;
  error(message: string): void;
}

export interface ReviewCommandResult {
  readonly key: string;
  readonly checked: boolean;
}

/** Holds the review marks of the workspace and keeps the corpus's reviewed set in step with them. */
export class ReviewSession {
  private readonly store: ReviewStore;

  constructor(private readonly workspace: ArticleWorkspace, private readonly reporter: ReviewReporter, store?: ReviewStore) {
    this.store = store ?? new ReviewStore({ warn: (message) => reporter.warn(message) });
  }

  /** Reads every folder's reviews.json; a corrupt one is reported and analysis goes on without it. */
  async load(folders: readonly string[]): Promise<void> {
    await this.store.load(folders);
    this.apply();
  }

  /** For the file watcher: a file was created, changed or deleted. */
  async fileChanged(uri: string): Promise<void> {
    const path = filePathOf(uri);
    if (path !== undefined && (await this.store.changed(path))) this.apply();
  }

  async execute(params: ExecuteCommandParams): Promise<ReviewCommandResult | null> {
    if (!REVIEW_COMMANDS.includes(params.command)) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command '${params.command}'.`);
    const [uri, key, text] = params.arguments ?? [];
    if (typeof uri !== 'string' || typeof key !== 'string' || !isSentenceKey(key)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${params.command} takes a document URI, a sentence key and the sentence text.`);
    }
    if (params.command === UNMARK_CHECKED_COMMAND) {
      return this.attempt('unmark the sentence', async () => {
        await this.store.unmark(key);
        return { key, checked: false };
      });
    }
    if (typeof text !== 'string' || sentenceKey(text) !== key) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: the sentence text does not match the key ${key}.`);
    }
    const folder = this.folderOf(uri);
    if (folder === undefined) throw new ResponseError(ErrorCodes.InvalidRequest, 'Source Lens: open a workspace folder to record reviews.');
    const path = filePathOf(uri);
    const inside = path === undefined ? undefined : relative(folder, path);
    const review: SentenceReview = {
      text,
      by: process.env.USER?.trim() || 'unknown',
      at: new Date().toISOString(),
      ...(inside && !inside.startsWith('..') && !isAbsolute(inside) && { file: inside.split(sep).join('/') }),
    };
    return this.attempt('record the review', async () => {
      await this.store.mark(folder, key, review);
      return { key, checked: true };
    });
  }

  private async attempt(what: string, operation: () => Promise<ReviewCommandResult>): Promise<ReviewCommandResult | null> {
    try {
      return await operation();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.reporter.error(`Source Lens: could not ${what} in ${REVIEWS_DIRECTORY}/${REVIEWS_FILE_NAME}: ${detail}`);
      return null;
    } finally {
      this.apply();
    }
  }

  /** The workspace folder whose reviews.json records a document's reviews: the innermost that holds it, else the first. */
  private folderOf(uri: string): string | undefined {
    const folders = this.workspace.workspaceFolders;
    const path = filePathOf(uri);
    const holding = path === undefined ? [] : folders.filter((folder) => {
      const inside = relative(folder, path);
      return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
    });
    return holding.sort((a, b) => b.length - a.length)[0] ?? folders[0];
  }

  private apply(): void {
    this.workspace.setReviewed(this.store.keys());
  }
}
