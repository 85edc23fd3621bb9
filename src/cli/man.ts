import type { Command, Option } from 'commander';
import { messages } from '../i18n';
import { createProgram, createRunState } from './program';

/**
 * Text for roff: backslashes escaped, a leading `.` or `'` neutralised,
 * hyphens as minus signs, and characters beyond ASCII as `\[uXXXX]`, which
 * every troff reads whatever the encoding of the page.
 */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/[^\u0000-\u007f]/gu, (ch) => `\\[u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`)
    .split('\n')
    .map((line) => (/^[.']/.test(line) ? `\\&${line}` : line))
    .join('\n');
}

/** An option as a tagged paragraph: its flags in bold, its description and allowed values. */
function optionItem(o: Option, allowed: string): string {
  const choices = o.argChoices ? ` (${allowed}: ${o.argChoices.join(', ')})` : '';
  return `.TP\n.B ${roff(o.flags)}\n${roff(`${o.description}${choices}`)}`;
}

/** The example lines of a command's help (the block after its "Examples:" title). */
function examplesOf(cmd: Command, title: string): string[] {
  let help = '';
  cmd.configureOutput({ writeOut: (t) => (help += t), writeErr: (t) => (help += t) });
  cmd.outputHelp();
  const lines = help.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    out.push(line.trim());
  }
  return out;
}

/**
 * The manual page `pakt(1)`, in roff (man macros), written from the
 * commander program itself: the commands with their arguments and options,
 * the global options, the examples of each command's help, the exit codes
 * and the environment variables, all in English.
 *
 * @param version - printed in the page's footer.
 * @returns the page's source, ending with a newline.
 */
export function manPage(version: string): string {
  const m = messages.en;
  const h = m.help;
  const state = createRunState(
    { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, now: () => 0 },
    'facts/neutrality-pact.json',
  );
  const program = createProgram(state, version, m);
  const title = h.examples;
  const out: string[] = [
    `.TH PAKT 1 "" "pakt ${roff(version)}" "User Commands"`,
    '.SH NAME',
    `pakt \\- ${roff(h.program)}`,
    '.SH SYNOPSIS',
    `.B pakt\n[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIcommand options\\fR] [\\fIarguments\\fR]`,
    '.SH DESCRIPTION',
    roff(m.man.description),
    '.SH GLOBAL OPTIONS',
    ...program.options.map((o) => optionItem(o, h.allowed)),
    '.SH COMMANDS',
  ];
  for (const cmd of program.commands) {
    const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`));
    const own = cmd.options.filter((o) => o.long !== '--help');
    out.push('.SS', `.B pakt ${roff([cmd.name(), ...args].join(' '))}`, roff(cmd.description()));
    if (own.length > 0) out.push('.RS', ...own.map((o) => optionItem(o, h.allowed)), '.RE');
  }
  out.push('.SH EXIT STATUS');
  for (const [code, what] of m.man.exitStatus) out.push('.TP', `.B ${code}`, roff(what));
  out.push('.SH ENVIRONMENT');
  for (const [name, what] of h.environment.variables) {
    if (name === '') out.push(roff(what));
    else out.push('.TP', `.B ${roff(name)}`, roff(what));
  }
  out.push('.SH EXAMPLES');
  for (const cmd of [program, ...program.commands]) {
    for (const line of examplesOf(cmd, title)) out.push('.PP', '.nf', roff(line), '.fi');
  }
  out.push('.SH SEE ALSO', roff(m.man.seeAlso));
  return `${out.join('\n')}\n`;
}
