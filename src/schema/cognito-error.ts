import {
  COGNITO_EXCEPTIONS,
  type CognitoErrorClass,
  type CognitoExceptionName,
  CognitoServiceError,
  cognitoErrorClasses,
  errorClassName,
} from "../cognito/errors.js";
import { builder } from "./builder.js";

export const CognitoErrorInterface = builder.interfaceRef<CognitoServiceError>("CognitoError").implement({
  description:
    "An exception Amazon Cognito documents for the operation, returned as data. Select `code` to branch on the exact exception, or spread on the concrete type.",
  fields: (t) => ({
    message: t.exposeString("message", {
      description:
        "Cognito's own message, or the gateway's when it refused the input before calling Cognito.",
    }),
    code: t.string({
      description: "The exact Cognito exception name, e.g. `UserNotFoundException`.",
      resolve: (error) => error.code,
    }),
    retryable: t.boolean({
      description:
        "True when the same request may succeed later without changes (throttling, Cognito internal errors). Retry with back-off.",
      resolve: (error) => error.retryable,
    }),
  }),
});

/** `UserNotFoundException` → `CognitoUserNotFoundError`; the prefix avoids clashes in a supergraph. */
export function errorTypeName(exception: CognitoExceptionName): string {
  return `Cognito${errorClassName(exception)}`;
}

for (const exception of Object.keys(COGNITO_EXCEPTIONS) as CognitoExceptionName[]) {
  builder.objectType(cognitoErrorClasses[exception], {
    name: errorTypeName(exception),
    description: `Cognito answered \`${exception}\`: ${COGNITO_EXCEPTIONS[exception]}`,
    interfaces: [CognitoErrorInterface],
    isTypeOf: (value) => value instanceof CognitoServiceError && value.code === exception,
    fields:
      exception === "TooManyRequestsException"
        ? (t) => ({
            retryAfterSeconds: t.int({
              nullable: true,
              description:
                "Set when the gateway held the request back to stay within Cognito's quota (nothing was sent): seconds to wait before retrying. Null when Cognito itself throttled.",
              resolve: (error) => error.retryAfterSeconds ?? null,
            }),
          })
        : undefined,
  });
}

/** The error classes of an operation's documented exceptions, for its result union. */
export function errorTypesFor(exceptions: readonly CognitoExceptionName[]): CognitoErrorClass[] {
  return exceptions.map((exception) => cognitoErrorClasses[exception]);
}
