/**
 * The words of the five shipped articles, for the scenario check in the browser (the worker only:
 * the title screen carries none of them). A quote from one of them in an opened file is checked
 * word for word, as `npm run scenario:check` checks it against the same files.
 */
const files = import.meta.glob<string>('/scenarios/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each shipped article's text, by its file name. */
export const SHIPPED_ARTICLES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
