import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The console's documents are typed from the API's committed schema through src/graphql-env.d.ts; `gql.tada
// check` (the second half of `pnpm typecheck`) refuses a document that does not match the schema.

const run = promisify(execFile);
const consoleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(consoleDir, 'node_modules/.bin/gql.tada');
const schema = path.resolve(consoleDir, '../api/schema.graphql');
const committedEnv = path.join(consoleDir, 'src/graphql-env.d.ts');

let dir: string;
beforeAll(async () => {
  // Under node_modules: ignored by git, and gql.tada resolves from here as it does for src.
  await mkdir(path.join(consoleDir, 'node_modules/.tmp'), { recursive: true });
  dir = await mkdtemp(path.join(consoleDir, 'node_modules/.tmp/graphql-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** gql.tada's check of one file against the committed schema: its exit code and what it printed. */
async function check(source: string) {
  await writeFile(path.join(dir, 'probe.ts'), source);
  const plugin = { name: 'gql.tada/ts-plugin', schema, tadaOutputLocation: committedEnv };
  const tsconfig = {
    extends: path.join(consoleDir, 'tsconfig.json'),
    compilerOptions: { plugins: [plugin] },
    include: ['probe.ts'],
  };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  try {
    const { stdout, stderr } = await run(cli, ['check', '--fail-on-warn', '--tsconfig', 'tsconfig.json'], {
      cwd: dir,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('console documents against the schema', () => {
  it('refuses a document that asks for a field the schema lacks, and passes the same document spelled right', async () => {
    const graphqlModule = path.join(consoleDir, 'src/graphql.js');
    const wrong = await check(
      `import { graphql } from '${graphqlModule}';\n` +
        'export const Me = graphql(`query Me { me { user { id displayNme } } }`);\n',
    );
    expect(wrong.code).not.toBe(0);
    expect(wrong.output).toContain('Cannot query field "displayNme" on type "User"');

    const right = await check(
      `import { graphql } from '${graphqlModule}';\n` +
        'export const Me = graphql(`query Me { me { user { id displayName } } }`);\n',
    );
    expect(right).toEqual({ code: 0, output: expect.stringContaining('No problems found') });
  });

  it('reads the committed schema through a graphql-env.d.ts that is up to date (pnpm graphql:env)', async () => {
    const fresh = path.join(dir, 'graphql-env.d.ts');
    await run(cli, ['generate', 'output', '--output', fresh], { cwd: consoleDir });
    expect(await readFile(fresh, 'utf8')).toBe(await readFile(committedEnv, 'utf8'));
  });
});
