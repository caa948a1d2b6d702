/** What each kind adds: visitors, hosts, countries and level; type, stage and signatories; the event type. */
import { AGREEMENT_STAGES, AGREEMENT_TYPES, EVENT_TYPES, VISIT_LEVELS } from '../../../schemas/entry';
import { cancelled, countryOptions } from '../ask/prompts';
import type { Context } from '../context';
import type { EntryAnswers } from '../entry-file';
import { knownIn } from '../known';

/** The entry's people first (new ones too), then everyone else. */
const peopleOptions = (ctx: Context) =>
  [...new Set([...(ctx.answers.people ?? []), ...knownIn(ctx.known, 'people').keys()])].map((id) => ({
    value: id,
    label: knownIn(ctx.known, 'people').get(id)?.label ?? `${id} (new)`,
  }));

const askCountry = async (ctx: Context, message: string) =>
  cancelled(
    ctx,
    await ctx.prompts.autocomplete({ message: `${message} — type to filter`, maxItems: 6, options: countryOptions() }),
  );

async function askVisit(ctx: Context): Promise<void> {
  const { answers, prompts } = ctx;
  answers.visitors ??= cancelled(
    ctx,
    await prompts.autocompleteMultiselect({
      message: 'Who travelled? (Tab to choose, Enter when done)',
      options: peopleOptions(ctx),
      required: true,
    }),
  );
  answers.hosts ??= cancelled(
    ctx,
    await prompts.autocompleteMultiselect({
      message: 'Who received them? (Enter for none)',
      options: peopleOptions(ctx),
    }),
  );
  answers.from ??= (await askCountry(ctx, 'Country of the visitors')) as EntryAnswers['from'];
  answers.to ??= (await askCountry(ctx, 'Country visited')) as EntryAnswers['to'];
  answers.level ??= cancelled(
    ctx,
    await prompts.select({
      message: 'Level of the visit, as the source gives it',
      options: VISIT_LEVELS.map((l) => ({ value: l })),
      initialValue: 'unspecified',
    }),
  );
}

const STAGE_HINTS: Record<(typeof AGREEMENT_STAGES)[number], string> = {
  signed: 'a source says it was signed',
  agreed: 'a source says “agreed” or “reached an agreement”',
  expected: 'expected or planned to be signed',
};

async function askAgreement(ctx: Context): Promise<void> {
  const { answers, prompts } = ctx;
  answers.agreementType ??= cancelled(
    ctx,
    await prompts.select({ message: 'What was signed?', options: AGREEMENT_TYPES.map((t) => ({ value: t })) }),
  );
  // A planned agreement can only be expected; one that happened was signed or agreed.
  const stages = AGREEMENT_STAGES.filter((s) => (s === 'expected') === (answers.status === 'planned'));
  answers.stage ??=
    stages.length === 1
      ? stages[0]
      : cancelled(
          ctx,
          await prompts.select({
            message: 'How far did it get, in the source’s word?',
            options: stages.map((s) => ({ value: s, hint: STAGE_HINTS[s] })),
          }),
        );
  answers.signatories ??= cancelled(
    ctx,
    await prompts.autocompleteMultiselect({
      message: 'Who signed? (Enter if not stated)',
      options: peopleOptions(ctx),
    }),
  );
}

async function askEvent(ctx: Context): Promise<void> {
  ctx.answers.eventType ??= cancelled(
    ctx,
    await ctx.prompts.select({
      message: 'What kind of event?',
      options: EVENT_TYPES.map((t) => ({ value: t })),
      initialValue: 'other',
    }),
  );
}

export async function askKindFields(ctx: Context): Promise<void> {
  if (ctx.answers.kind === 'visit') await askVisit(ctx);
  else if (ctx.answers.kind === 'agreement') await askAgreement(ctx);
  else await askEvent(ctx);
}
