// Requests to Rectify's GraphQL endpoint as any client makes them.

export const graphqlTarget = (query: string, token: string) => ({
  path: '/graphql',
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query }),
});

/** Signs in through the API's login mutation; the access token it returns. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation SignIn($username: String!, $password: String!) {
        login(username: $username, password: $password) { accessToken errors { message } }
      }`,
      variables: { username, password },
    }),
  });
  const answer = (await response.json()) as {
    data?: { login: { accessToken: string | null; errors: { message: string }[] | null } };
  };
  const token = answer.data?.login.accessToken;
  if (!token) throw new Error(`cannot sign in as ${username}: ${JSON.stringify(answer)}`);
  return token;
}

/** The body of one request, parsed; throws on an HTTP error. */
export async function fetchJson(
  baseUrl: string,
  target: ReturnType<typeof graphqlTarget> | { path: string },
) {
  const { path, ...init } = target;
  const response = await fetch(`${baseUrl}${path}`, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { bytes: Buffer.byteLength(text), json: JSON.parse(text) as unknown };
}
