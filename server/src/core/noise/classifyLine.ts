/**
 * Evidence from the line itself: an exact lexicon line, a share bar, a picture
 * credit, a breadcrumb, phrases in its segments, a price with a call to
 * action, betting odds. Lines that are noise only in company (form labels,
 * "E-Mail", calls to action) get a hint for the context passes.
 */
import type { NoiseCategory } from './categories';
import { normalizeLine, type CompiledLexicon } from './compiledLexicon';
import { hasAddress, hasOdds, isProse, lineFeatures, segmentsOf } from './features';
import { isBreadcrumb, hasPhrase, isNewsletterTitle, isShareBar } from './lineShapes';
import { excerpt, flagLine, type LineState, type VerdictKind } from './lineState';
import { captionWhat, creditLabelOf, creditTailOf, isBareCredit, isCopyrightNotice } from './pictureCredits';
import { segmentNoise } from './segmentNoise';
import * as l10n from '../messages/l10n';

const SHORT_LINE_LENGTH = 120;
const CAPTION_MAX_LENGTH = 250;
const FIELD_LABEL = /^[\p{L}][\p{L} -]{0,25}\s?\*$/u;
const WEAK_PATTERN_MAX_WORDS = 8;

export function classifyLine(line: LineState, lexicon: CompiledLexicon): void {
  const { text, features } = line;
  // Exact and weak lines are all short; long lines need no normalising.
  const normalized = text.length <= SHORT_LINE_LENGTH ? normalizeLine(text) : '';
  const whole = (category: NoiseCategory, why: string, kind: VerdictKind = 'line') => flagLine(line, category, kind, why);

  const exact = lexicon.lines.get(normalized);
  if (exact) return whole(exact, l10n.t("the line is '{text}'", { text: excerpt(text) }));
  if (isShareBar(text, lexicon)) return whole('social-share', l10n.t('the line consists of share-button labels'));
  if (isCopyrightNotice(text, features, lexicon)) return whole('other', l10n.t("the line is the site's copyright notice"));
  const creditTail = creditTailOf(text, lexicon);
  if (creditTail !== undefined) {
    const head = text.slice(0, creditTail).trimEnd();
    if (head.length === 0) return whole('image-credit', l10n.t("the line starts with '{text}'", { text: creditLabelOf(text.slice(creditTail)) }), 'credit');
    const headFeatures = lineFeatures(head);
    const captionLike = !line.headerLine && !line.headline && !line.quoted && head.length <= CAPTION_MAX_LENGTH && segmentsOf(head).length === 1;
    if (captionLike && headFeatures.words >= 2) {
      flagLine(line, 'image-credit', 'credit', l10n.t('a caption followed by its credit'), { label: 'Image caption', what: captionWhat() });
      return;
    }
    line.glued.push({
      category: 'image-credit',
      span: { start: line.start + creditTail, end: line.end },
      kind: 'glued',
      why: l10n.t('glued to the end of a content line'),
    });
    return;
  }
  if (isBareCredit(text, features, lexicon)) return whole('image-credit', l10n.t('the line names a picture agency'), 'credit');
  if (isNewsletterTitle(text, features)) return whole('newsletter', l10n.t('the line is the name of a newsletter'));
  // A bar of separated items is a menu unless its items are notices of another kind ("18+ | T&Cs apply | …").
  if (isBreadcrumb(text, lexicon) && !hasPhrase(text, lexicon)) return whole('navigation', l10n.t('the line is a breadcrumb trail or menu'));

  if (segmentNoise(line, lexicon)) return;

  if (features.hasPrice && lexicon.callToAction.test(text) && features.words <= 15 && !isProse(features)) {
    return whole('advertising', l10n.t('a price with a call to action'));
  }
  if (features.words <= 20 && !isProse(features) && !line.quoted && !line.headline && !line.headerLine && hasOdds(text)) {
    return whole('advertising', l10n.t('betting odds, as a bookmaker advertises them'));
  }
  if (line.bareTime) return;
  const weak = lexicon.weakLines.get(normalized);
  if (weak) line.hint = weak;
  else if (text.length <= 60 && !line.headline && lexicon.newsletterName.test(text)) line.hint = 'newsletter';
  else if (FIELD_LABEL.test(text)) line.hint = 'comment-form';
  else if (!/\s/.test(text) && hasAddress(text)) line.hint = 'other';
  else if (features.words <= 5 && !/[.?]$/.test(text) && lexicon.callToAction.test(text)) line.hint = 'any';
  else if (features.words <= WEAK_PATTERN_MAX_WORDS && !features.endsSentence) line.hint = lexicon.weakPatterns.find((p) => p.regex.test(text))?.category;
  if (!line.verdict && text.length <= 60 && lexicon.listHeading.test(text)) line.listHeading = true;
}
