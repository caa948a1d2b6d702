/**
 * The fonts of the share images, read from the installed @fontsource/noto-sans package
 * (nothing is fetched): regular and bold, in the subsets that cover the names the record
 * writes — Latin and Latin Extended (Azerbaijani ə, ğ, ş), Cyrillic and Cyrillic Extended
 * (Kazakh ғ, қ, ү, ұ, ң, ө, һ). The .woff files, which the tests' font reader opens too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;

export interface ShareFont {
  subset: (typeof SUBSETS)[number];
  data: Buffer;
  weight: (typeof WEIGHTS)[number];
}

/** The package's files folder, resolved from the project (the build bundle lives elsewhere). */
function filesDir(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
}

let loaded: { fonts: ShareFont[]; hash: string } | undefined;

/** Every font file once per process, with a hash of their bytes (part of each image's cache key). */
export function shareFonts(): { fonts: ShareFont[]; hash: string } {
  if (loaded) return loaded;
  const dir = filesDir();
  const hash = createHash('sha256');
  const fonts: ShareFont[] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const data = readFileSync(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`));
      hash.update(`${subset}-${weight}:`).update(data);
      fonts.push({ subset, data, weight });
    }
  }
  loaded = { fonts, hash: hash.digest('hex') };
  return loaded;
}
