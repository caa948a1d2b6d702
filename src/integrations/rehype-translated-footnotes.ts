/**
 * The footnotes of an entry's translation in the translation's language. remark-rehype
 * writes the footnotes' heading ("Footnotes") and the back links' labels ("Back to
 * reference 1") in English for every file; for a file whose name says it is a translation
 * (`<entry id>.<lang>.md(x)`, src/lib/translations/names.ts) this step rewrites them from
 * that language's dictionary. English entries keep remark-rehype's words.
 */
import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { translator } from '../i18n';
import { isTranslationLanguage, translationOf } from '../lib/translations/names';

export function rehypeTranslatedFootnotes() {
  return (tree: Root, file: VFile) => {
    const lang = translationOf(path.basename(file.path ?? '').replace(/\.mdx?$/, ''))?.lang;
    if (!lang || !isTranslationLanguage(lang)) return;
    const { t } = translator(lang);
    visit(tree, 'element', (node) => {
      if (String(node.properties.id ?? '').endsWith('footnote-label'))
        node.children = [{ type: 'text', value: t('entry.footnotes') }];
      else if ('dataFootnoteBackref' in node.properties) {
        // "Back to reference 2", or "2-3" for the third mark of the second note.
        const n = /\d+(?:-\d+)?$/.exec(String(node.properties.ariaLabel ?? ''))?.[0] ?? '';
        node.properties.ariaLabel = t('entry.footnoteBack', { n });
      }
    });
  };
}
