/**
 * Addresses that run code or smuggle a document in when followed: `javascript:`,
 * `vbscript:` and `data:`. The parser has already decoded character references
 * (`&#106;avascript:`); browsers also ignore control characters, spaces, tabs and
 * newlines in and around a scheme, and letter case, so all of those are dropped first.
 */
const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:'] as const;

/** Code points a browser skips over when it reads a scheme: C0 controls, space, DEL. */
const skipped = (c: number) => c <= 0x20 || c === 0x7f;

/** The unsafe scheme `url` starts with, as a browser would read it, or undefined. */
export function unsafeScheme(url: string): string | undefined {
  let letters = '';
  for (const ch of url) {
    const c = ch.codePointAt(0)!;
    if (skipped(c)) continue;
    letters += ch.toLowerCase();
    if (letters.length >= 'javascript:'.length) break;
  }
  return UNSAFE_SCHEMES.find((scheme) => letters.startsWith(scheme));
}
