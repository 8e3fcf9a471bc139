/**
 * In Restricted Mode the scrape-noise patterns may come only from the user's own
 * settings: a workspace could otherwise bring its own regular expressions. The
 * server cannot tell the levels of a setting apart, so the client hands it a
 * `sourceLens` section whose `noise.userPatterns` is the user-level value.
 * (No `vscode` import: the unit tests check this function.)
 */
export function withUserLevelPatternsOnly(section: unknown, userLevelPatterns: unknown): unknown {
  const settings = section && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  const noise = settings.noise && typeof settings.noise === 'object' ? (settings.noise as Record<string, unknown>) : {};
  return { ...settings, noise: { ...noise, userPatterns: Array.isArray(userLevelPatterns) ? userLevelPatterns : [] } };
}
