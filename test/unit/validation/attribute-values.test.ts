import { describe, expect, it } from "vitest";
import type { SchemaAttribute } from "../../../src/cognito/describe-user-pool.js";
import { stringAttribute } from "../../../src/pool/standard-attributes.js";
import { attributeValueProblem, characterCount } from "../../../src/validation/attribute-values.js";

const attribute = (name: string, overrides: Partial<SchemaAttribute> = {}): SchemaAttribute =>
  stringAttribute(name, { minLength: undefined, maxLength: undefined, ...overrides });

const problem = (attr: SchemaAttribute, value: string) => attributeValueProblem(attr, value);

describe("characterCount", () => {
  it("counts code points, not UTF-16 units: an emoji or a CJK extension character is one", () => {
    expect(characterCount("abc")).toBe(3);
    expect(characterCount("😀")).toBe(1);
    expect("😀".length).toBe(2);
    expect(characterCount("𠀀x")).toBe(2);
  });
});

describe("attributeValueProblem: String constraints", () => {
  const department = attribute("custom:department", { minLength: 2, maxLength: 4 });

  it("accepts the bounds themselves and refuses one character past either", () => {
    expect(problem(department, "ab")).toBeUndefined();
    expect(problem(department, "abcd")).toBeUndefined();
    expect(problem(department, "a")).toBe(
      "must be 2 to 4 characters long (it has 1), as the pool's StringAttributeConstraints say",
    );
    expect(problem(department, "abcde")).toMatch(/^must be 2 to 4 characters long \(it has 5\)/);
  });

  it("counts the limit in characters, as Cognito does: four emoji fit a four-character limit", () => {
    expect(problem(department, "😀😀😀😀")).toBeUndefined();
    expect(problem(department, "😀😀😀😀😀")).toMatch(/it has 5/);
  });

  it("says 'at least' when the pool sets no maximum", () => {
    expect(problem(attribute("custom:code", { minLength: 3 }), "ab")).toMatch(
      /^must be at least 3 characters long/,
    );
    expect(problem(attribute("custom:code", { minLength: 3 }), "a".repeat(10_000))).toBeUndefined();
  });
});

describe("attributeValueProblem: Number, Boolean and DateTime types", () => {
  const level = attribute("custom:level", { type: "Number", minValue: 1, maxValue: 5 });

  it("takes whole numbers only, within the pool's bounds", () => {
    expect(problem(level, "1")).toBeUndefined();
    expect(problem(level, "5")).toBeUndefined();
    for (const value of ["1.5", "1e2", " 3", "three", "", "+3"]) {
      expect(problem(level, value), value).toBe(
        "must be a whole number (the attribute's type is Number), such as 42",
      );
    }
    expect(problem(level, "0")).toBe("must be between 1 and 5, as the pool's NumberAttributeConstraints say");
    expect(problem(level, "6")).toMatch(/^must be between 1 and 5/);
  });

  it("words a one-sided bound as such", () => {
    expect(problem(attribute("n", { type: "Number", minValue: 0 }), "-1")).toMatch(/^must be at least 0,/);
    expect(problem(attribute("n", { type: "Number", maxValue: 9 }), "10")).toMatch(/^must be at most 9,/);
    expect(problem(attribute("n", { type: "Number" }), "-12345678901234567890")).toBeUndefined();
  });

  it('takes exactly "true" or "false" for a Boolean', () => {
    const active = attribute("custom:active", { type: "Boolean" });
    expect(problem(active, "true")).toBeUndefined();
    expect(problem(active, "false")).toBeUndefined();
    for (const value of ["TRUE", "1", "yes", "false "]) {
      expect(problem(active, value), value).toMatch(/^must be "true" or "false"/);
    }
  });

  it("takes an ISO 8601 date or date-time that is a real time for a DateTime", () => {
    const since = attribute("custom:since", { type: "DateTime" });
    for (const value of [
      "2024-05-01",
      "2024-05-01T12:00",
      "2024-05-01T12:00:00Z",
      "2024-05-01T12:00:00.5+02:00",
    ]) {
      expect(problem(since, value), value).toBeUndefined();
    }
    for (const value of ["01/05/2024", "2024-13-01", "2024-05-01 12:00", "yesterday"]) {
      expect(problem(since, value), value).toMatch(/^must be an ISO 8601 date or date-time/);
    }
  });
});

describe("attributeValueProblem: standard attributes' formats", () => {
  it("takes an email address loosely: one @ and a dotted domain, no spaces", () => {
    const email = attribute("email");
    expect(problem(email, "ada@example.com")).toBeUndefined();
    expect(problem(email, "ada+tag@mail.example.co.uk")).toBeUndefined();
    for (const value of ["ada", "ada@example", "ada @example.com", "a@b@example.com"]) {
      expect(problem(email, value), value).toBe("must be an email address such as name@example.com");
    }
  });

  it("takes a phone number in E.164 only: a plus, no leading zero, at most 15 digits", () => {
    const phone = attribute("phone_number");
    expect(problem(phone, "+14325551212")).toBeUndefined();
    expect(problem(phone, `+1${"2".repeat(14)}`)).toBeUndefined();
    for (const value of ["14325551212", "+0432555", "+1 432 555 1212", `+1${"2".repeat(15)}`]) {
      expect(problem(phone, value), value).toMatch(/^must be in E\.164 form/);
    }
  });

  it("takes a birthdate that is a calendar date, year 0000 (unknown) included", () => {
    const birthdate = attribute("birthdate");
    for (const value of ["1990-04-21", "2000-02-29", "0000-02-29", "0000-12-31"]) {
      expect(problem(birthdate, value), value).toBeUndefined();
    }
    for (const value of ["1990-02-30", "1999-02-29", "1990-00-10", "1990-4-21", "21.04.1990"]) {
      expect(problem(birthdate, value), value).toBe(
        "must be a date in the form YYYY-MM-DD (for example 1990-04-21)",
      );
    }
  });

  it("takes updated_at as whole non-negative seconds", () => {
    const updatedAt = attribute("updated_at", { type: "Number" });
    expect(problem(updatedAt, "1700000000")).toBeUndefined();
    expect(problem(updatedAt, "0")).toBeUndefined();
    // A negative number is a whole number, so the type check passes and the format check refuses it.
    expect(problem(updatedAt, "-1")).toMatch(/^must be the time of the last update in whole seconds/);
  });

  it("checks the type first, and leaves custom attributes' formats alone", () => {
    expect(problem(attribute("email", { maxLength: 5 }), "not-an-email")).toMatch(/characters long/);
    expect(problem(attribute("custom:email"), "not-an-email")).toBeUndefined();
  });

  it("never quotes the value in its answer", () => {
    const secret = "s3cret-personal-value";
    for (const attr of [
      attribute("email"),
      attribute("phone_number"),
      attribute("birthdate"),
      attribute("custom:level", { type: "Number" }),
      attribute("custom:since", { type: "DateTime" }),
      attribute("custom:active", { type: "Boolean" }),
      attribute("custom:short", { maxLength: 3 }),
    ]) {
      const answer = problem(attr, secret);
      expect(answer, attr.name).toBeDefined();
      expect(answer).not.toContain(secret);
    }
  });
});
