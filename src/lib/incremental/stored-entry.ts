/**
 * A content entry as Astro's data store hands it out (an entry, a translation, an entity:
 * `{ id, collection, data, body?, rendered?, filePath, digest }`) stands in a page's key
 * as its collection, id, file and the digest of the file's text. Its data and rendered
 * HTML follow from that text and from code whose change drops the store and every key
 * (src/io/build-inputs.ts), so the key changes exactly when the file does; hashing four
 * short strings instead of every entry's body and HTML halves the time the keys take.
 * Anything else (a view model, an entry rebuilt from parts) is hashed whole.
 */
export function storedEntryIdentity(value: object): unknown {
  const v = value as { collection?: unknown; id?: unknown; digest?: unknown; filePath?: unknown };
  return typeof v.digest === 'string' && typeof v.collection === 'string' && typeof v.id === 'string' && 'data' in v
    ? { collection: v.collection, id: v.id, filePath: v.filePath, digest: v.digest }
    : undefined;
}
