import type { Command } from 'commander';
import { UsageError } from '../errors';
import type * as Export from '../export';
import { checkBase } from '../export/iri';
import { isSyntax, SYNTAXES } from '../export/syntaxes';
import { join } from 'node:path';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { packFor } from './settings';
import { checkGraphRoom } from '../pack/room';
import { echo } from '../text/visible';

/**
 * `pakt export <turtle|ntriples|jsonld> [--base <iri>]`: the whole pack as
 * one RDF graph on stdout. The syntax is the argument, so `--format` and
 * `--json` are refused; `--lang` and `--zone` change nothing (the graph
 * holds both languages, and each date in its own zone with its UTC bounds).
 * The RDF code is required only here, when the command runs.
 */
export function registerExport(command: Command, state: RunState, h: HelpMessages): void {
  command
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
          (m) => m.err.invalidArgumentValue('<syntax>', echo(syntax), SYNTAXES.join(', ')),
          (m) => m.err.exportSyntaxHint(SYNTAXES.join(', ')),
        );
      }
      if (s.formatGiven) {
        const format = s.format;
        throw new UsageError((m) => m.err.exportFormat(format), (m) => m.err.exportSyntaxHint(SYNTAXES.join(', ')));
      }
      const base = opts.base === undefined ? undefined : checkBase(opts.base);
      const index = packFor(s.factsFile, s.passed);
      // Here, not in the export bundle: an error thrown there is of that bundle's classes, which this one does not know.
      checkGraphRoom(index.file);
      state.emitText(loadExport().exportPack(index, syntax, base));
    });
}

/**
 * The export module: in the built CLI its own bundle beside the main one
 * (`dist/export.cjs`, named at build time), from the sources otherwise (tests).
 * The base is checked before it is loaded, so that its errors are this
 * bundle's `UsageError`.
 */
function loadExport(): typeof Export {
  // The condition is a constant in the bundle, so the sources' branch is not bundled.
  return (
    process.env.PAKT_EXPORT_MODULE
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(join(__dirname, process.env.PAKT_EXPORT_MODULE))
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../export')
  ) as typeof Export;
}
