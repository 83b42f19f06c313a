/**
 * Examples of an earlier release that a later 0.x minor release breaks on purpose, each with why
 * (SemVer lets a 0.x minor change the API; the changeset says what a user does instead). Every
 * other example of the same major must keep running.
 */
export const INTENDED_BREAKS: Readonly<Record<string, string>> = {
  '0.1.0/docs/certainty-and-attribution.md:19': '0.2.0: a span ships exact only where its words are a data field of the record (the package quotes the article, it does not republish it); resolveEvidence gives the words from the article',
  '0.1.0/docs/corrections-and-versioning.md:76': '0.2.0: free-text citations are gone; a correction cites reference sources through evidence',
  '0.1.0/docs/data-model.md:227': '0.2.0: Coordinates.citation is gone; coordinates carry reference evidence',
  '0.1.0/docs/evidence-and-provenance.md:13': '0.2.0: evidence spans lose prefix/suffix (they republished the article)',
  '0.1.0/docs/evidence-and-provenance.md:156': '0.2.0: findSpan returns no prefix/suffix and takes no context option',
  '0.1.0/docs/getting-started.md:61': '0.2.0: a span ships exact only where the words are the data; longer spans are offsets plus sha256',
  '0.1.0/docs/querying-and-timelines.md:180': '0.2.0: free-text citations are gone; claims cite reference sources through evidence',
  // Issue 13: a quote printed in English (Barrack's 2026 post, quoted first in dataset order) has
  // no Arabic words in any source, so text.ar is absent (the changeset says to fall back on text.en).
  '0.1.0/docs/getting-started.md:78': '0.3.0: quotes keep the language they are printed in; one printed in English has text.en only, no text.ar',
  '0.1.0/docs/querying-and-timelines.md:65': '0.3.0: quotes keep the language they are printed in; one printed in English has text.en only, no text.ar',
  '0.2.0/docs/getting-started.md:91': '0.3.0: quotes keep the language they are printed in; one printed in English has text.en only, no text.ar',
  '0.2.0/docs/querying-and-timelines.md:65': '0.3.0: quotes keep the language they are printed in; one printed in English has text.en only, no text.ar',
}

