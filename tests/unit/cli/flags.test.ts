import { afterEach, describe, expect, it, vi } from 'vitest';
import { answersFromFlags, FlagError, parseFlags } from '../../../src/cli/new/args';
import { entryFieldError } from '../../../src/cli/new/entry-file';
import { FLAGS } from '../../../src/cli/new/flags';
import { flagUsage, helpText } from '../../../src/cli/new/help';
import { ENTRY_KINDS } from '../../../src/schemas/entry';
import { run } from './harness';

afterEach(() => vi.restoreAllMocks());

describe('the flags table', () => {
  it('names each flag once', () => {
    const names = FLAGS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('fills only fields the schemas have, for the kinds it says', () => {
    for (const f of FLAGS) {
      if (!('answer' in f)) continue;
      const kinds = 'kinds' in f ? f.kinds : ENTRY_KINDS;
      for (const kind of kinds)
        expect(entryFieldError(kind, f.answer.field, undefined) ?? '', `--${f.name} for a ${kind}`).not.toMatch(
          /^unknown field/,
        );
    }
  });

  it('has --stage for agreements only', () => {
    expect(FLAGS.find((f) => f.name === 'stage')).toMatchObject({ answer: { field: 'stage' }, kinds: ['agreement'] });
  });
});

describe('--help', () => {
  it('prints every flag of the table, with its help, and exits 0 without loading anything', async () => {
    const result = await run(['--help'], '/nonexistent');
    expect(result.code).toBe(0);
    expect(result.out).toBe(helpText());
    for (const f of FLAGS) {
      expect(result.out).toContain(flagUsage(f));
      expect(result.out).toContain(f.help);
    }
    expect((await run(['-h'], '/nonexistent')).out).toBe(result.out);
  });

  it('puts kind flags under their kind', () => {
    const help = helpText();
    const agreements = help.slice(help.indexOf('agreements only:'), help.indexOf('events only:'));
    expect(agreements).toContain('--stage signed|agreed|expected');
    expect(agreements).not.toContain('--visitors');
  });
});

describe('the command line', () => {
  it('exits 2 on an unknown flag, naming it', async () => {
    const result = await run(['--kind', 'visit', '--vistors', 'x'], '/nonexistent');
    expect(result).toEqual({
      code: 2,
      out: '',
      err: "Unknown option '--vistors' — npm run new -- --help lists the flags",
    });
  });

  it('exits 2 on a flag without its value', async () => {
    const result = await run(['--title'], '/nonexistent');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/'--title <value>' argument missing — npm run new -- --help/);
  });

  it('gives answers from flags: lists split, empty lists and absent flags left out', () => {
    const values = parseFlags([
      '--kind',
      'agreement',
      '--topics',
      'a, b',
      '--people',
      ',',
      '--stage',
      'agreed',
      '--draft',
    ]);
    expect(answersFromFlags(values)).toEqual({ kind: 'agreement', topics: ['a', 'b'], stage: 'agreed', draft: true });
    expect(parseFlags(['--new-person', 'name=A', '--new-person', 'name=B'])['new-person']).toEqual([
      'name=A',
      'name=B',
    ]);
    expect(() => parseFlags(['positional'])).toThrow(FlagError);
  });

  it('is not read when cli.ts is imported', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const log = vi.spyOn(console, 'log');
    const error = vi.spyOn(console, 'error');
    const cli = await import('../../../src/cli/new/cli');
    expect(typeof cli.main).toBe('function');
    expect(exit).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
