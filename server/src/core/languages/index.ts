import type { LanguageProfile } from './profile';
import { german } from './de';
import { english } from './en';

export type { LanguageProfile } from './profile';
export { german } from './de';
export { english } from './en';

export function profileFor(code: 'de' | 'en'): LanguageProfile {
  return code === 'de' ? german : english;
}
