import type { SchemaAttribute } from "../cognito/describe-user-pool.js";

/**
 * Whether a value fits the attribute as the pool declares it (type and constraints) and, for
 * standard attributes, the format Cognito documents (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html). Returns the problem
 * in words that say what to send instead, never quoting the value: values can be personal data.
 */

/** Cognito's length limits count Unicode characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

// Deliberately loose: one @, something before it, a dotted domain after it, no whitespace. Cognito
// refuses what is plainly not an address; deliverability is for the verification code to prove.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
// E.164: a plus, then the country code and number, digits only, at most 15 digits.
const E164 = /^\+[1-9]\d{1,14}$/;
// OpenID Connect's birthdate: YYYY-MM-DD (0000 for an unknown year).
const BIRTHDATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTEGER = /^-?\d+$/;
// ISO 8601 date or date-time, as `DateTime` custom attributes are read back by applications.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Year 0000 means "unknown" in OIDC; check the day against a leap year so 02-29 stays possible.
  const date = new Date(Date.UTC(year === 0 ? 2000 : year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function standardFormatProblem(name: string, value: string): string | undefined {
  switch (name) {
    case "email":
      return EMAIL.test(value) ? undefined : "must be an email address such as name@example.com";
    case "phone_number":
      return E164.test(value)
        ? undefined
        : "must be in E.164 form: + then the country code and number, digits only (for example +14325551212)";
    case "birthdate": {
      const match = BIRTHDATE.exec(value);
      const valid = match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
      return valid ? undefined : "must be a date in the form YYYY-MM-DD (for example 1990-04-21)";
    }
    case "updated_at":
      return INTEGER.test(value) && Number(value) >= 0
        ? undefined
        : "must be the time of the last update in whole seconds since 1970-01-01 (for example 1700000000)";
    default:
      return undefined;
  }
}

function typeProblem(attribute: SchemaAttribute, value: string): string | undefined {
  switch (attribute.type) {
    case "String": {
      const length = characterCount(value);
      const min = attribute.minLength ?? 0;
      const max = attribute.maxLength;
      if (length < min || (max !== undefined && length > max)) {
        const bounds = max === undefined ? `at least ${min}` : `${min} to ${max}`;
        return `must be ${bounds} characters long (it has ${length}), as the pool's StringAttributeConstraints say`;
      }
      return undefined;
    }
    case "Number": {
      if (!INTEGER.test(value)) return "must be a whole number (the attribute's type is Number), such as 42";
      const number = Number(value);
      const { minValue: min, maxValue: max } = attribute;
      if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
        const bounds =
          min !== undefined && max !== undefined
            ? `between ${min} and ${max}`
            : min !== undefined
              ? `at least ${min}`
              : `at most ${max}`;
        return `must be ${bounds}, as the pool's NumberAttributeConstraints say`;
      }
      return undefined;
    }
    case "Boolean":
      return value === "true" || value === "false"
        ? undefined
        : 'must be "true" or "false" (the attribute\'s type is Boolean)';
    case "DateTime":
      return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : "must be an ISO 8601 date or date-time such as 2024-05-01T12:00:00Z (the attribute's type is DateTime)";
  }
}

/** The first problem with writing `value` (non-empty: an empty value deletes) to `attribute`. */
export function attributeValueProblem(attribute: SchemaAttribute, value: string): string | undefined {
  return typeProblem(attribute, value) ?? standardFormatProblem(attribute.name, value);
}
