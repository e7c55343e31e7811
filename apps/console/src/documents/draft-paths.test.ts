import { describe, expect, it } from 'vitest';
import { draftPaths } from './draft-paths.js';

describe('draftPaths', () => {
  it('names each node of a flat draft as the API does once it is nested', () => {
    expect(draftPaths([{ depth: 1 }, { depth: 2 }, { depth: 3 }, { depth: 2 }, { depth: 1 }])).toEqual([
      'issues[0]',
      'issues[0].children[0]',
      'issues[0].children[0].children[0]',
      'issues[0].children[1]',
      'issues[1]',
    ]);
  });
});
