/**
 * The server speaks the editor's display language (InitializeParams.locale)
 * when it has a bundle for it, else English. The bundles are the extension's
 * own l10n/bundle.l10n.<language>.json, which VS Code also gives the client;
 * esbuild bakes them into the server, which then works from any folder.
 */
import { config, t as translate, type l10nJsonFormat } from '@vscode/l10n';
import german from '../../../l10n/bundle.l10n.de.json';
import { setTranslator } from '../core/messages/l10n';

const BUNDLES: Readonly<Record<string, l10nJsonFormat>> = { de: german };

/** Installs the translator for `locale` ("de", "de-AT", "en-US" …); returns the language used. */
export function useDisplayLanguage(locale: string | undefined): string {
  const language = locale?.toLowerCase().split(/[-_]/)[0] ?? 'en';
  const bundle = BUNDLES[language];
  if (!bundle) {
    setTranslator(undefined);
    return 'en';
  }
  config({ contents: bundle });
  setTranslator((template, args) => translate(template, args));
  return language;
}
