/**
 * The words of the findings and of the per-sentence explanation. Each says why.
 */
import type { Article } from '../article/types';
import type { AttributionCue } from '../speakers/attribution';
import type { ResolvedAttribution } from '../speakers/discourse';
import type { MoodReading } from '../speakers/mood';
import type { ClaimSignal, SignalKind } from './signals';

const SIGNAL_LABEL: Record<SignalKind, string> = {
  number: 'number',
  cause: 'cause',
  assessment: 'assessment',
  prediction: 'prediction',
  allegation: 'allegation',
  background: 'background fact',
  generalisation: 'generalisation',
};

const MAX_SIGNALS_IN_MESSAGE = 3;
const MAX_QUOTE_CHARS = 60;

export function describeSignals(signals: readonly ClaimSignal[]): string {
  const firstOfKind = new Map<SignalKind, ClaimSignal>();
  for (const signal of signals) if (!firstOfKind.has(signal.kind)) firstOfKind.set(signal.kind, signal);
  return [...firstOfKind.values()]
    .slice(0, MAX_SIGNALS_IN_MESSAGE)
    .map((s) => `${SIGNAL_LABEL[s.kind]} '${s.text}'`)
    .join(', ');
}

export function unattributedMessage(signals: readonly ClaimSignal[], language: Article['language']): string {
  const missing = language === 'de' ? '"laut", "sagte", "nach Angaben von" or the like' : '"said", "according to" or the like';
  return `Unattributed claim: ${describeSignals(signals)} with no source (no ${missing}).`;
}

export function vagueMessage(attribution: ResolvedAttribution, mood: MoodReading): string {
  const cue = attribution.cue;
  const source = attribution.source;
  if (attribution.via === 'reported-speech') {
    return source
      ? `Vague source: continues what an unnamed source says: '${source.text}'.`
      : `Vague source: reported speech ('${mood.cue?.text ?? 'Konjunktiv'}') with no named source.`;
  }
  if (attribution.via === 'context' && source) return `Vague source: refers back to an unnamed source: '${source.text}'.`;
  if (source && cue) {
    switch (source.vagueReason) {
      case 'own-outlet':
        return `Vague source: '${source.text}' is the outlet's own unnamed information.`;
      case 'no-owner':
        return `Vague source: '${source.text}' does not say whose.`;
      case 'place':
        return `Vague source: '${cue.cue}' names a place, not a source: '${source.text}'.`;
      case 'impersonal':
        return `Vague source: the impersonal '${source.text} ${cue.cue}' names no source.`;
      default:
        return `Vague source: the source is unnamed: '${source.text}'.`;
    }
  }
  if (cue) return hearsayMessage(cue);
  return 'Vague source: no named source.';
}

function hearsayMessage(cue: AttributionCue): string {
  switch (cue.pattern) {
    case 'reputation':
      return `Vague source: '${cue.cue}' does not say who holds this view.`;
    case 'impersonal':
    case 'impersonal-passive':
      return `Vague source: the impersonal '${cue.cue}' names no source.`;
    default:
      return `Hearsay: '${cue.cue}' with no named source.`;
  }
}

export function noSpeakerMessage(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length > MAX_QUOTE_CHARS ? `${flat.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : flat;
  return `Quotation with no identifiable speaker: "${excerpt}".`;
}

export function attributedExplanation(attribution: ResolvedAttribution, mood: MoodReading): string {
  const who = attribution.source ? `'${attribution.source.name}'` : 'a source';
  const cue = attribution.cue ? ` ('${attribution.cue.cue}')` : '';
  switch (attribution.via) {
    case 'own':
      return `Attributed to ${who}${cue}.`;
    case 'reported-speech':
      return `Reported speech ('${mood.cue?.text ?? 'Konjunktiv'}') continuing the attribution to ${who} in sentence ${(attribution.from ?? 0) + 1}.`;
    case 'context':
      return `Refers back${cue} to ${who}, named in sentence ${(attribution.from ?? 0) + 1}.`;
    case 'following':
      return `Attributed to ${who} by the next sentence${cue}.`;
    case 'quotation':
      return `Direct quotation of ${who}.`;
  }
}

export function lookedFor(language: Article['language']): readonly string[] {
  return language === 'de'
    ? [
        'a reporting verb with its speaker (sagte Vollmer, Vollmer betonte, erklärte sie)',
        'an attribution phrase (laut, zufolge, nach Angaben von, so X, wie X mitteilte)',
        'Konjunktiv I reported speech continuing a named attribution (sei, habe, gebe)',
        'a pointer back to the last source (demnach, nach seinen Worten)',
        'a next sentence that names the source (Das teilte X mit)',
      ]
    : [
        'a reporting verb with its speaker (Vollmer said, said Vollmer, she told)',
        'an attribution phrase (according to, citing)',
        'a pointer back to the last source (he said, they added)',
      ];
}
