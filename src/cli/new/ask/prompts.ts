/** Small helpers over the injected prompts: Ctrl+C leaves, text checked by the schemas. */
import { COUNTRIES, COUNTRY_CODES } from '../../../primitives/countries';
import type { Context } from '../context';
import { entryFieldError } from '../entry-file';

/** The answer, or (on Ctrl+C) "Nothing written." and exit code 130. */
export function cancelled<T>(ctx: Context, value: T): Exclude<T, symbol> {
  if (ctx.prompts.isCancel(value)) {
    ctx.prompts.cancel('Nothing written.');
    ctx.io.exit(130);
  }
  return value as Exclude<T, symbol>;
}

/** A text answer to one field of the entry, checked by the kind's schema as it is typed. */
export async function askText(
  ctx: Context,
  field: string,
  message: string,
  placeholder?: string,
  optional = false,
): Promise<string> {
  return cancelled(
    ctx,
    await ctx.prompts.text({
      message,
      placeholder,
      validate: (v) => (optional && !v ? undefined : entryFieldError(ctx.answers.kind!, field, v)),
    }),
  );
}

/** Every country, `KZ Kazakhstan`, for type-ahead. */
export const countryOptions = () => COUNTRY_CODES.map((code) => ({ value: code, label: `${code} ${COUNTRIES[code]}` }));
