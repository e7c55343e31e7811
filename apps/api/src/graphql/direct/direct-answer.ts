import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { type FieldNode, getVariableValues } from 'graphql';
import type { GraphQLContext } from '../context.js';
import { fragmentsOf } from '../selected-fields.js';
import { collectFields, type Operation } from './collect-fields.js';
import { DIRECT_ROOTS, type DirectAnswer } from './direct-roots.js';

/**
 * Answers a query straight from PostgreSQL's JSON text when every field it asks for is one the read model
 * writes exactly as graphql-js would serve it (direct-roots.ts, row-shape.ts): the ledger's lists and
 * records with their columns and relations. Nothing is parsed and re-serialised, which is most of the cost
 * of a large page. It runs after Apollo has parsed and validated the request (query limits included) and
 * resolved the caller; the same read model applies the same permissions and scope. Any other query,
 * or one that would answer with an error, goes through graphql-js as before.
 *
 * The text is kept in the context's `direct.body`, in pieces (the rows as the driver read them): the HTTP
 * server writes them in place of Apollo's body, without joining them into one string first — on a large page
 * the joined copies were a large part of the response's cost, and their garbage of the process's collections.
 */
export function directAnswers(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          const answers = plan(request);
          if (!answers) return null;
          try {
            const values = await Promise.all(answers.map(([, answer]) => answer()));
            const body = ['{"data":{'];
            for (const [i, [key]] of answers.entries()) {
              body.push(`${i ? ',' : ''}"${key}":`);
              for (const piece of values[i]!) body.push(piece);
            }
            body.push('}}');
            request.contextValue.direct.body = body;
          } catch {
            // graphql-js meets the same failure and reports it as the API reports errors.
            return null;
          }
          return PLACEHOLDER;
        },
      };
    },
  };
}

/** Apollo's own response while the direct body stands in for it. */
const PLACEHOLDER: GraphQLResponse = {
  http: { status: undefined, headers: new HeaderMap() },
  body: { kind: 'single', singleResult: { data: null } },
};

type Request = GraphQLRequestContext<GraphQLContext>;

/** Every root field's answer, or null when any of them needs graphql-js. */
function plan(request: Request): [string, DirectAnswer][] | null {
  const { operation, document, schema, contextValue } = request;
  const query = schema.getQueryType();
  if (!operation || !document || operation.operation !== 'query' || !query || !contextValue.actor)
    return null;
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    request.request.variables ?? {},
  );
  if (coerced.errors) return null;
  const op: Operation = { fragments: fragmentsOf(document), variables: coerced.coerced };
  const roots = collectFields(query, [operation.selectionSet], op);
  if (!roots || roots.size === 0) return null;
  const answers: [string, DirectAnswer][] = [];
  for (const [key, nodes] of roots) {
    const name = (nodes[0] as FieldNode).name.value;
    if (name === '__typename') {
      answers.push([key, async () => [JSON.stringify(query.name)]]);
      continue;
    }
    const field = query.getFields()[name];
    const answer = field && DIRECT_ROOTS[name]?.(field, nodes, op, contextValue);
    if (!answer) return null;
    answers.push([key, answer]);
  }
  return answers;
}
