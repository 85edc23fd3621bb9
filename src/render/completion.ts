/**
 * Shell completion scripts for bash, zsh and fish, written from a
 * description of the command line (built by `cli/completion.ts` from the
 * commander program and the pack in use).
 */

/** What completion needs to know about the command line. */
export interface CompletionSpec {
  /** Command names, and each command's own options. */
  readonly commands: Readonly<Record<string, readonly string[]>>;
  /** Options every command accepts. */
  readonly globalOptions: readonly string[];
  /** Options that take a value, and the values (`@file` for a path). */
  readonly values: Readonly<Record<string, readonly string[]>>;
  /** Positional arguments: command → the values they complete from. */
  readonly arguments: Readonly<Record<string, readonly string[]>>;
  /**
   * Values of an option that depend on the command: command → option →
   * values. The option is the command's own (`--type`) or a global one that
   * the command takes more values of (`timeline --format svg`).
   */
  readonly commandValues: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Options whose value is a comma-separated list (`--zones a,b`): each item completes from the values. */
  readonly lists: readonly string[];
}

/** Shells pakt writes completion for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const FILE = '@file';

/** Commands whose argument is an id of the pack in use (completed from `--facts`'s pack when given). */
export const PACK_ARGUMENTS = ['show', 'when'];

/** Quotes a word list for a shell's single-quoted string. */
function words(list: readonly string[]): string {
  return list.join(' ').replace(/'/g, "'\\''");
}

/** The bash function (also used by zsh through bashcompinit). */
function bashFunction(spec: CompletionSpec): string {
  const valueCases = Object.entries(spec.values)
    .map(([opt, vals]) =>
      vals.includes(FILE)
        ? `    ${opt}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`
        : spec.lists.includes(opt)
          ? `    ${opt}) pre=""; [[ "$cur" == *,* ]] && pre="\${cur%,*},"; COMPREPLY=($(compgen -P "$pre" -W '${words(vals)}' -- "\${cur##*,}")); return ;;`
          : `    ${opt}) COMPREPLY=($(compgen -W '${words(vals)}' -- "$cur")); return ;;`,
    )
    .join('\n');
  const commandValueCases = Object.entries(spec.commandValues)
    .flatMap(([cmd, opts]) =>
      Object.entries(opts).map(([opt, vals]) => `    ${cmd}:${opt}) COMPREPLY=($(compgen -W '${words(vals)}' -- "$cur")); return ;;`),
    )
    .join('\n');
  const optionCases = Object.entries(spec.commands)
    .map(([cmd, opts]) => `    ${cmd}) opts='${words([...opts, ...spec.globalOptions])}' ;;`)
    .join('\n');
  // With --facts on the line, the ids come from that pack: pakt prints them.
  const argCases = Object.entries(spec.arguments)
    .map(([cmd, vals]) =>
      vals.includes(FILE)
        ? `    ${cmd}) COMPREPLY=($(compgen -f -- "$cur")) ;;`
        : PACK_ARGUMENTS.includes(cmd)
          ? `    ${cmd}) if [[ -n "$facts" ]]; then COMPREPLY=($(compgen -W "$(pakt --facts "$facts" completion bash --words ${cmd} 2>/dev/null)" -- "$cur")); else COMPREPLY=($(compgen -W '${words(vals)}' -- "$cur")); fi ;;`
          : `    ${cmd}) COMPREPLY=($(compgen -W '${words(vals)}' -- "$cur")) ;;`,
    )
    .join('\n');
  const takesValue = Object.keys(spec.values).join('|');
  return `_pakt() {
  local cur prev cmd i opts pre facts
  COMPREPLY=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  facts=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --facts) facts="\${COMP_WORDS[i+1]}"; ((i++)) ;;
      ${takesValue}) ((i++)) ;;
      -*) ;;
      *) [[ -z "$cmd" ]] && cmd="\${COMP_WORDS[i]}" ;;
    esac
  done
  case "$cmd:$prev" in
${commandValueCases}
  esac
  case "$prev" in
${valueCases}
  esac
  opts='${words(spec.globalOptions)}'
  case "$cmd" in
${optionCases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W '${words(Object.keys(spec.commands))}' -- "$cur"))
  else
    case "$cmd" in
${argCases}
    esac
  fi
}
complete -F _pakt pakt`;
}

/**
 * The completion script for a shell. bash: a `complete -F` function; zsh:
 * the same function through `bashcompinit`; fish: `complete` rules.
 */
export function completionScript(shell: Shell, spec: CompletionSpec): string {
  if (shell === 'bash') return `# pakt completion for bash: eval "$(pakt completion bash)"\n${bashFunction(spec)}\n`;
  if (shell === 'zsh') {
    return `# pakt completion for zsh: eval "$(pakt completion zsh)"\nautoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n${bashFunction(spec)}\n`;
  }
  const lines = ['# pakt completion for fish: pakt completion fish | source', 'complete -c pakt -f'];
  const cmds = Object.keys(spec.commands);
  lines.push(`complete -c pakt -n '__fish_use_subcommand' -a '${words(cmds)}'`);
  for (const opt of spec.globalOptions) {
    const vals = spec.values[opt];
    const name = opt.replace(/^--/, '');
    if (!opt.startsWith('--')) continue;
    if (vals?.includes(FILE)) lines.push(`complete -c pakt -l ${name} -r -F`);
    else if (vals) lines.push(`complete -c pakt -l ${name} -x -a '${words(vals)}'`);
    else lines.push(`complete -c pakt -l ${name}`);
  }
  for (const [cmd, opts] of Object.entries(spec.commands)) {
    for (const opt of new Set([...opts, ...Object.keys(spec.commandValues[cmd] ?? {})])) {
      const vals = spec.commandValues[cmd]?.[opt] ?? spec.values[opt];
      const name = opt.replace(/^--/, '');
      const cond = `-n '__fish_seen_subcommand_from ${cmd}'`;
      if (vals?.includes(FILE)) lines.push(`complete -c pakt ${cond} -l ${name} -r -F`);
      else if (vals) lines.push(`complete -c pakt ${cond} -l ${name} -x -a '${words(vals)}'`);
      else lines.push(`complete -c pakt ${cond} -l ${name}`);
    }
    const args = spec.arguments[cmd];
    if (args?.includes(FILE)) lines.push(`complete -c pakt -n '__fish_seen_subcommand_from ${cmd}' -F`);
    else if (args) lines.push(`complete -c pakt -n '__fish_seen_subcommand_from ${cmd}' -a '${words(args)}'`);
  }
  return `${lines.join('\n')}\n`;
}

/** The marker for "complete a file name" in {@link CompletionSpec.values}. */
export const COMPLETE_FILE = FILE;
