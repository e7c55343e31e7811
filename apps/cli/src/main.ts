#!/usr/bin/env -S npx tsx
import { openDatabase } from '@rectify/db';
import { ServiceError } from '@rectify/services';
import { commands } from './commands/index.js';
import { databaseOptions } from './env.js';

const [name, ...args] = process.argv.slice(2);
const command = commands.find((c) => c.name === name);
if (!command) {
  console.log('Usage: pnpm cli <command> [arguments]\n');
  for (const c of commands) console.log(`  ${c.usage.padEnd(44)} ${c.summary}`);
  process.exit(name ? 1 : 0);
}
const handle = await openDatabase(checkedEnv(databaseOptions));
try {
  await command.run(handle.db, args, handle);
} catch (error) {
  console.error(describe(error));
  process.exitCode = 1;
} finally {
  await handle.close();
}

/** A refusal as the console would say it, both languages, with each field's own message. */
function describe(error: unknown): string {
  if (!(error instanceof ServiceError)) return error instanceof Error ? error.message : String(error);
  const fields = error.fieldErrors.map((f) => `\n  ${f.field}: ${f.message.zh} / ${f.message.en}`);
  return `${error.label.zh} / ${error.label.en}${fields.join('')}`;
}

/** A wrong environment is told as a refusal is, without a stack. */
function checkedEnv<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(describe(error));
    process.exit(1);
  }
}
