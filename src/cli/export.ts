import type { Command } from 'commander';
import { UsageError } from '../errors';
import type * as Export from '../export';
import { isSyntax, SYNTAXES } from '../export/syntaxes';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { packFor } from './settings';

/**
 * `pakt export <turtle|ntriples|jsonld> [--base <iri>]`: the whole pack as
 * one RDF graph on stdout. The syntax is the argument, so `--format` and
 * `--json` are refused; `--lang` and `--zone` change nothing (the graph
 * holds both languages, and each date in its own zone with its UTC bounds).
 * The RDF code is required only here, when the command runs.
 */
export function registerExport(program: Command, state: RunState, h: HelpMessages): void {
  program
    .command('export')
    .description(h.commands.export)
    .argument('<syntax>', h.arguments.syntax)
    .option('--base <iri>', h.options.base)
    .addHelpText(
      'after',
      examples(h, [
        'pakt export turtle > neutrality-pact.ttl',
        'pakt export ntriples | grep -c "oa#exact"',
        'pakt export jsonld --base https://example.org/pakt/',
        'pakt --facts examples/toy-treaty/pack.json export turtle',
      ]),
    )
    .action((syntax: string, opts: { base?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      if (!isSyntax(syntax)) {
        throw new UsageError(
          (m) => m.err.invalidArgumentValue('<syntax>', syntax, SYNTAXES.join(', ')),
          (m) => m.err.exportSyntaxHint(SYNTAXES.join(', ')),
        );
      }
      if (s.formatGiven) {
        const format = s.format;
        throw new UsageError((m) => m.err.exportFormat(format), (m) => m.err.exportSyntaxHint(SYNTAXES.join(', ')));
      }
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { checkBase, exportPack } = require('../export') as typeof Export;
      const base = opts.base === undefined ? undefined : checkBase(opts.base);
      state.emitText(exportPack(packFor(s.factsFile, s.passed), syntax, base));
    });
}
