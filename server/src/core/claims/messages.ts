/**
 * The words of the findings and of the per-sentence explanation. Each says why.
 */
import type { Article } from '../article/types';
import * as l10n from '../messages/l10n';
import type { AttributionCue } from '../speakers/attribution';
import type { ResolvedAttribution } from '../speakers/discourse';
import type { MoodReading } from '../speakers/mood';
import type { ClaimSignal, SignalKind } from './signals';

const SIGNAL_LABEL: Record<SignalKind, () => string> = {
  number: () => l10n.t('number'),
  cause: () => l10n.t('cause'),
  assessment: () => l10n.t('assessment'),
  prediction: () => l10n.t('prediction'),
  allegation: () => l10n.t('allegation'),
  background: () => l10n.t('background fact'),
  generalisation: () => l10n.t('generalisation'),
};

const MAX_SIGNALS_IN_MESSAGE = 3;
const MAX_QUOTE_CHARS = 60;

export function describeSignals(signals: readonly ClaimSignal[]): string {
  const firstOfKind = new Map<SignalKind, ClaimSignal>();
  for (const signal of signals) if (!firstOfKind.has(signal.kind)) firstOfKind.set(signal.kind, signal);
  return [...firstOfKind.values()]
    .slice(0, MAX_SIGNALS_IN_MESSAGE)
    .map((s) => `${SIGNAL_LABEL[s.kind]()} '${s.text}'`)
    .join(', ');
}

export function unattributedMessage(signals: readonly ClaimSignal[], language: Article['language']): string {
  const missing = language === 'de' ? l10n.t('"laut", "sagte", "nach Angaben von" or the like') : l10n.t('"said", "according to" or the like');
  return l10n.t('Unattributed claim: {signals} with no source (no {missing}).', { signals: describeSignals(signals), missing });
}

export function vagueMessage(attribution: ResolvedAttribution, mood: MoodReading): string {
  const cue = attribution.cue;
  const source = attribution.source;
  if (attribution.via === 'reported-speech') {
    return source
      ? l10n.t("Vague source: continues what an unnamed source says: '{source}'.", { source: source.text })
      : l10n.t("Vague source: reported speech ('{cue}') with no named source.", { cue: mood.cue?.text ?? 'Konjunktiv' });
  }
  if (attribution.via === 'context' && source) return l10n.t("Vague source: refers back to an unnamed source: '{source}'.", { source: source.text });
  if (source && cue) {
    switch (source.vagueReason) {
      case 'own-outlet':
        return l10n.t("Vague source: '{source}' is the outlet's own unnamed information.", { source: source.text });
      case 'no-owner':
        return l10n.t("Vague source: '{source}' does not say whose.", { source: source.text });
      case 'place':
        return l10n.t("Vague source: '{cue}' names a place, not a source: '{source}'.", { cue: cue.cue, source: source.text });
      case 'impersonal':
        return l10n.t("Vague source: the impersonal '{cue}' names no source.", { cue: `${source.text} ${cue.cue}` });
      default:
        return l10n.t("Vague source: the source is unnamed: '{source}'.", { source: source.text });
    }
  }
  if (cue) return hearsayMessage(cue);
  return l10n.t('Vague source: no named source.');
}

function hearsayMessage(cue: AttributionCue): string {
  switch (cue.pattern) {
    case 'reputation':
      return l10n.t("Vague source: '{cue}' does not say who holds this view.", { cue: cue.cue });
    case 'impersonal':
    case 'impersonal-passive':
      return l10n.t("Vague source: the impersonal '{cue}' names no source.", { cue: cue.cue });
    default:
      return l10n.t("Hearsay: '{cue}' with no named source.", { cue: cue.cue });
  }
}

export function noSpeakerMessage(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length > MAX_QUOTE_CHARS ? `${flat.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : flat;
  return l10n.t('Quotation with no identifiable speaker: "{excerpt}".', { excerpt });
}

export function attributedExplanation(attribution: ResolvedAttribution, mood: MoodReading): string {
  const who = attribution.source ? `'${attribution.source.name}'` : l10n.t('a source');
  const cue = attribution.cue ? ` ('${attribution.cue.cue}')` : '';
  switch (attribution.via) {
    case 'own':
      return l10n.t('Attributed to {source}{cue}.', { source: who, cue });
    case 'reported-speech':
      return l10n.t("Reported speech ('{cue}') continuing the attribution to {source} in sentence {sentence}.", { cue: mood.cue?.text ?? 'Konjunktiv', source: who, sentence: (attribution.from ?? 0) + 1 });
    case 'context':
      return l10n.t('Refers back{cue} to {source}, named in sentence {sentence}.', { cue, source: who, sentence: (attribution.from ?? 0) + 1 });
    case 'following':
      return l10n.t('Attributed to {source} by the next sentence{cue}.', { source: who, cue });
    case 'quotation':
      return l10n.t('Direct quotation of {source}.', { source: who });
  }
}

export function lookedFor(language: Article['language']): readonly string[] {
  return language === 'de'
    ? [
        l10n.t('a reporting verb with its speaker (sagte Vollmer, Vollmer betonte, erklärte sie)'),
        l10n.t('an attribution phrase (laut, zufolge, nach Angaben von, so X, wie X mitteilte)'),
        l10n.t('Konjunktiv I reported speech continuing a named attribution (sei, habe, gebe)'),
        l10n.t('a pointer back to the last source (demnach, nach seinen Worten)'),
        l10n.t('a next sentence that names the source (Das teilte X mit)'),
      ]
    : [
        l10n.t('a reporting verb with its speaker (Vollmer said, said Vollmer, she told)'),
        l10n.t('an attribution phrase (according to, citing)'),
        l10n.t('a pointer back to the last source (he said, they added)'),
      ];
}
