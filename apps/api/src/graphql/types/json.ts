/** Rows reach GraphQL as JSON from the read model: times as ISO strings, everything else as is. */
export type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
