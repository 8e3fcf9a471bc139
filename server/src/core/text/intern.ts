/**
 * One shared copy of strings that repeat across thousands of articles: finding
 * messages ("Hearsay: 'soll … haben' with no named source."), the lists of
 * what the claim check looked for, speaker names. Each article's analysis
 * builds its own copies; a corpus keeps them all, so sharing them is a good
 * part of the memory of a 10,000-article corpus.
 *
 * The table is bounded: when it is full it starts afresh (strings handed out
 * before stay valid, they are only no longer shared with new ones), so edits
 * that produce ever new messages cannot grow it without end.
 */
const MAX_STRINGS = 50_000;

let strings = new Map<string, string>();
let lists = new Map<string, readonly string[]>();

export function intern(text: string): string {
  const shared = strings.get(text);
  if (shared !== undefined) return shared;
  if (strings.size >= MAX_STRINGS) strings = new Map();
  // A string made of slices and concatenations may hold on to the whole text it came from; a Map
  // key is flat, and the copy made here is what is kept.
  const flat = flatten(text);
  strings.set(flat, flat);
  return flat;
}

/** The same list of strings, shared: equal lists are one array. */
export function internList(items: readonly string[]): readonly string[] {
  const key = items.join('\u0000');
  const shared = lists.get(key);
  if (shared !== undefined) return shared;
  if (lists.size >= MAX_STRINGS) lists = new Map();
  const list = Object.freeze(items.map(intern));
  lists.set(key, list);
  return list;
}

/** A copy that shares no memory with the string it came from (V8 keeps slices of long strings as views into them). */
function flatten(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
