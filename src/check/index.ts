/**
 * The content check's public face, for the build guard, the dev loader, `npm run new`
 * and the tests. Everything else under src/check/ is its inner working.
 */
export { checkContent, checkFileAlone, checkSources, runContentCheck } from './run';
export { collectionOfFile, loadContent, readSources } from './load-content';
export { parseSource } from './source';
export { parseYamlWithLines } from './yaml-lines';
export { formatProblem, formatReport } from './report';
export { closestIds } from './suggest';
export { fileNameDate } from './rules/file-name';
export { styleError } from './rules/house-style';
export { ALLOWED_ELEMENTS } from './mdx/allowlist';
export type { CheckOptions, ContentFile, FieldPath, Problem, SourceFile } from './types';
