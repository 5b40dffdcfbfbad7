import { describe, expect, it } from "vitest";
import { mayNameAnotherUsername } from "../../../src/schema/admin-write-target.js";

const none = new Set<string>();

describe("mayNameAnotherUsername: when an admin write must read its target first", () => {
  it("takes a plain name as the username in a pool without aliases", () => {
    expect(mayNameAnotherUsername("alice", none)).toBe(false);
    expect(mayNameAnotherUsername("Google_1234567890", none)).toBe(false);
    // Without an email alias an "@" cannot name an alias: it is a username or nobody's.
    expect(mayNameAnotherUsername("alice@example.com", none)).toBe(false);
  });

  it("reads a UUID-shaped name in every pool: it may be a local user's sub", () => {
    expect(mayNameAnotherUsername("0f8fad5b-d9cb-469f-a165-70867728950e", none)).toBe(true);
    expect(mayNameAnotherUsername("0F8FAD5B-D9CB-469F-A165-70867728950E", none)).toBe(true);
    expect(mayNameAnotherUsername("0f8fad5b-d9cb-469f-a165-70867728950", none)).toBe(false);
  });

  it("reads a name with an @ only where email is an alias or username attribute", () => {
    const email = new Set(["email"]);
    expect(mayNameAnotherUsername("alice@example.com", email)).toBe(true);
    expect(mayNameAnotherUsername("alice", email)).toBe(false);
  });

  it("reads a name starting with + only where phone_number is an alias or username attribute", () => {
    const phone = new Set(["phone_number"]);
    expect(mayNameAnotherUsername("+14325551212", phone)).toBe(true);
    expect(mayNameAnotherUsername("14325551212", phone)).toBe(false);
    expect(mayNameAnotherUsername("+14325551212", new Set(["email"]))).toBe(false);
  });

  it("reads every name where preferred_username is an alias: it may be any string", () => {
    const preferred = new Set(["preferred_username"]);
    expect(mayNameAnotherUsername("alice", preferred)).toBe(true);
    expect(mayNameAnotherUsername("x", preferred)).toBe(true);
  });
});
