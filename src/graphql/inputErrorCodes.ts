/**
 * graphql-js reports a bad argument value (an unknown enum value, a string where an Int goes, a
 * variable that does not coerce) as a validation or coercion error without a code; yoga then
 * labels it GRAPHQL_VALIDATION_FAILED or leaves it bare. Clients should see such errors as what
 * they are — bad input, with the value quoted in the message — so this plugin gives them the
 * code BAD_USER_INPUT. Other validation errors (unknown fields, …) keep their code.
 */
import { GraphQLError, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const VALUE_KINDS = new Set<string>([
  Kind.ENUM,
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.LIST,
  Kind.OBJECT,
  Kind.VARIABLE_DEFINITION,
]);

/** True for errors about a value the client sent: graphql-js attaches them to the value's node. */
export function isInputValueError(error: GraphQLError): boolean {
  const node = error.nodes?.[0];
  return node !== undefined && VALUE_KINDS.has(node.kind);
}

function label(errors: readonly Error[] | undefined): void {
  for (const error of errors ?? []) {
    if (!(error instanceof GraphQLError) || !isInputValueError(error)) continue;
    // graphql-js and yoga mutate `extensions` the same way (yoga's useHTTPValidationError).
    (error.extensions as Record<string, unknown>).code = 'BAD_USER_INPUT';
  }
}

export function useInputErrorCodes(): Plugin {
  return {
    onValidate:
      () =>
      ({ result }) =>
        label(result),
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!(Symbol.asyncIterator in result)) label(result.errors);
      },
    }),
  };
}
