/**
 * Every word a user reads (diagnostic messages, hovers) goes through `t`, so
 * the language server can show it in the editor's display language. Core stays
 * pure: it loads no translations; it speaks English until a translator is set
 * (the server sets one from its bundles; the CLI speaks English).
 *
 * A message is an English template with named placeholders, `{name}`. The
 * template is also its key in the translation bundles
 * (l10n/bundle.l10n.<language>.json), as with vscode.l10n and @vscode/l10n;
 * test/unit/l10n.test.ts finds every `l10n.t('…')` call and checks that each
 * bundle translates it. So: always call `l10n.t` with a literal template.
 */
export type MessageArgs = Readonly<Record<string, string | number>>;
export type Translator = (template: string, args: MessageArgs) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills the placeholders of a template; an unknown placeholder stays as written. */
export function formatMessage(template: string, args: MessageArgs): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

let translator: Translator = formatMessage;

/** The message in the current language. */
export function t(template: string, args: MessageArgs = {}): string {
  return translator(template, args);
}

/** Installs the translator for the display language; `undefined` goes back to English. */
export function setTranslator(next: Translator | undefined): void {
  translator = next ?? formatMessage;
}
