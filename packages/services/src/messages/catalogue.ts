import type { zh } from './zh.js';

type Chinese = typeof zh;

/**
 * The shape of every language's catalogue: the Chinese one's features and keys, each a text or a function of
 * the same typed parameters. A missing, extra or differently parameterised message fails the typecheck.
 */
export type Catalogue = {
  [F in keyof Chinese]: {
    [K in keyof Chinese[F]]: Chinese[F][K] extends (p: infer P) => string ? (p: P) => string : string;
  };
};
