/** `--name value` options and the remaining positional arguments; an unknown option is an error. */
export function parseOptions(
  args: string[],
  known: readonly string[],
  usage: string,
): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = args[i + 1];
    if (!known.includes(name) || value === undefined) throw new Error(`usage: pnpm cli ${usage}`);
    options.set(name, value);
    i++;
  }
  return { options, positional };
}
