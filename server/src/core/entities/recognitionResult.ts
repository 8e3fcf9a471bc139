/**
 * Turns the claims of a recognition pass into mentions and entities, and
 * collects the leftover capitalised words the corpus index may resolve as
 * surnames.
 */
import { genitiveBases, isFullPersonName, nameKey } from './normalize';
import type { Claim, RecognitionContext } from './recognitionContext';
import { ACRONYM } from './shapes';
import { resolvePeople, surnamesOf } from './surnameLinking';
import type { ArticleEntities, Entity, EntityType, Mention, SurnameCandidate } from './types';

export function result(ctx: RecognitionContext): ArticleEntities {
  const people = resolvePeople(ctx);
  const entities = new Map<string, EntityDraft>();
  const mentions: Mention[] = [];
  ctx.claims.forEach((c, index) => {
    const first = ctx.toks[c.first]!;
    const last = ctx.toks[c.last]!;
    const span = { start: first.start, end: c.endOffset ?? last.baseEnd };
    const surface = ctx.text.slice(span.start, span.end);
    const id = c.type === 'person' ? people.get(index)! : c.key;
    let draft = entities.get(id);
    if (!draft) {
      draft = draftFor(ctx, c, id);
      entities.set(id, draft);
    }
    draft.names.set(c.name, (draft.names.get(c.name) ?? 0) + 1);
    mentions.push({
      span,
      entityId: id,
      type: c.type,
      surface,
      name: c.name,
      form: c.form,
      ...(c.role ? { role: c.role } : {}),
      ...(c.title ? { title: c.title } : {}),
      ...(c.cue ? { cue: c.cue } : {}),
    });
  });
  mentions.sort((x, y) => x.span.start - y.span.start);
  return {
    uri: ctx.article.uri,
    language: ctx.article.language,
    mentions,
    entities: [...entities.values()].map((d) => finishEntity(d)),
    candidates: candidates(ctx),
  };
}

function draftFor(ctx: RecognitionContext, c: Claim, id: string): EntityDraft {
  const target = c.target;
  if (target?.type === 'place') {
    const entry = target.entry;
    return {
      id,
      type: 'place',
      name: ctx.lex.code === 'de' ? entry.de[0]! : entry.en[0]!,
      names: new Map(),
      lexiconNames: { de: entry.de[0]!, en: entry.en[0]! },
      placeKind: entry.kind,
      country: entry.country,
    };
  }
  if (target?.type === 'organisation') {
    const entry = target.entry;
    return { id, type: 'organisation', name: ctx.lex.code === 'de' ? entry.de[0]! : entry.en[0]!, names: new Map(), lexiconNames: { de: entry.de[0]!, en: entry.en[0]! } };
  }
  if (c.type === 'organisation') {
    const name = ctx.orgNames.get(id) ?? c.name;
    return { id, type: 'organisation', name, names: new Map(), acronym: c.form === 'full' && ACRONYM.test(c.name) };
  }
  // A place found from context (a preposition, a dateline) has no gazetteer entry: it is shown as written.
  if (c.type === 'place') return { id, type: 'place', name: c.name, names: new Map() };
  return { id, type: 'person', name: '', names: new Map() };
}

const ONE_WORD_NAME = /^\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)*$/u;

/** The corpus link under which a one-word organisation name is found from other articles. */
export function organisationNameLink(name: string): string {
  return `orgname:${nameKey(name)}`;
}

/** Capitalised words left over that look like surnames, for the corpus index to resolve. */
export function candidates(ctx: RecognitionContext): SurnameCandidate[] {
  const out: SurnameCandidate[] = [];
  const german = ctx.lex.code === 'de';
  for (let i = 0; i < ctx.toks.length; i++) {
    if (!ctx.free(i)) continue;
    const t = ctx.toks[i]!;
    if (t.base.length < 3 || t.base.includes('-') || !ctx.isNameLike(i) || ctx.isRole(t)) continue;
    const names = [t.base, ...(german ? genitiveBases(t.base) : [])];
    out.push({ span: { start: t.start, end: t.baseEnd }, surface: t.base, keys: names.map((n) => nameKey(n)), names });
  }
  return out;
}

interface EntityDraft {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly names: Map<string, number>;
  readonly lexiconNames?: { readonly de: string; readonly en: string };
  readonly placeKind?: Entity['placeKind'];
  readonly country?: string;
  readonly acronym?: boolean;
}

function finishEntity(d: EntityDraft): Entity {
  const used = [...d.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  let name = d.name;
  if (d.type === 'person') {
    // "De Vries", "van der Hoeven" are surnames with particles, not full names.
    const full = used.filter(([n]) => isFullPersonName(n));
    name = (full[0] ?? used[0])![0];
  }
  const aliases = used.map(([n]) => n).filter((n) => n !== name);
  let partial = false;
  let linkKey: string | undefined;
  const linkKeys: string[] = [];
  if (d.type === 'person') {
    if (isFullPersonName(name)) for (const surname of surnamesOf(name)) linkKeys.push(`person:${nameKey(surname)}`);
    else {
      partial = true;
      linkKey = `person:${nameKey(surnamesOf(name)[0]!)}`;
    }
  } else if (d.type === 'organisation') {
    if (d.acronym) {
      partial = true;
      linkKey = `org:${name.toLowerCase()}`;
    } else {
      for (const alias of aliases) if (/^\p{Lu}{2,6}$/u.test(alias)) linkKeys.push(`org:${alias.toLowerCase()}`);
      // "Kornhalle" found as a company here is the company where another article names it without a cue.
      if (!d.lexiconNames && ONE_WORD_NAME.test(name)) linkKeys.push(organisationNameLink(name));
    }
  }
  return {
    id: d.id,
    type: d.type,
    name,
    aliases,
    ...(d.lexiconNames ? { names: d.lexiconNames } : {}),
    ...(d.placeKind ? { placeKind: d.placeKind } : {}),
    ...(d.country ? { country: d.country } : {}),
    ...(linkKeys.length > 0 ? { linkKeys } : {}),
    ...(partial ? { partial: true, linkKey } : {}),
  };
}
