declare const SOURCE_LENS_VERSION: string | undefined;

/** The package version, filled in by the bundler from package.json. */
export const VERSION: string = typeof SOURCE_LENS_VERSION === 'string' ? SOURCE_LENS_VERSION : '0.0.0-dev';
