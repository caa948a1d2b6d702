/**
 * The rules. File rules judge one file's text alone and run first; a field they report
 * is not reported again by the schema (an impossible date is said once, in the date
 * rule's words). Content rules read the schemas' output and the other files.
 */
import type { Rule } from '../types';
import { bodyLinks } from './body-links';
import { corrections } from './corrections';
import { dates } from './dates';
import { duplicateIds } from './duplicate-ids';
import { duplicateTitles } from './duplicate-titles';
import { fileName } from './file-name';
import { houseStyle } from './house-style';
import { mdxSafety } from './mdx-safety';
import { pastPlans } from './past-plans';
import { references } from './references';
import { translationCitations } from './translation-citations';
import { translations } from './translations';

/** Rules that look at one file's text alone: safe to run on a file before anything compiles it. */
export const FILE_RULES: readonly Rule[] = [mdxSafety, dates];

/** Rules that need the schema's output or the other files; they run after the schemas. */
export const CONTENT_RULES: readonly Rule[] = [
  duplicateIds,
  references,
  fileName,
  houseStyle,
  duplicateTitles,
  pastPlans,
  corrections,
  bodyLinks,
  translations,
  translationCitations,
];
