/**
 * Each paste for the Instagram Login, wrong-object and code-100 entries must lead the decoder
 * to its entry first. Records are built the way `/errors.json` builds them. Pastes whose shape
 * the decoder cannot read yet are listed in TODO and run as `todo` tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readErrors } from "../../scripts/lib/content-files.ts";
import { decode } from "../../src/lib/decode.ts";
import { buildExport } from "../../src/lib/error-export.ts";
import { errorPath } from "../../src/lib/paths.ts";
import { PASTES } from "../fixtures/pastes/coverage-login-setup.ts";

const entries = buildExport(readErrors(), errorPath).errors;
const ids = new Set(entries.map((e) => e.id));

/**
 * Shapes the current decoder does not read, each with the reason. When the decoder learns one,
 * its pastes start passing and the rule can go.
 */
const TODO: { when: (text: string) => boolean; reason: string }[] = [
  {
    // Instagram Login OAuth bodies carry the text in `error_message` next to `error_type`; the
    // decoder neither takes that object for an error nor reads `error_message` from raw text.
    when: (text) => /"error_message"\s*:/.test(text),
    reason:
      'Instagram OAuth {"error_type", "code": 400, "error_message"} bodies are not read',
  },
  {
    // A log line with `[code=…, type=…]` fragments: once the fragments are read, the rest of the
    // line is not searched for known message texts, so only the shared code matches.
    when: (text) =>
      /\[code=\d+, type=\w+\]/.test(text) && !/\(#\d+\)/.test(text),
    reason:
      "message text outside quotes in a line with code= fragments is not matched",
  },
];
const todoReason = (text: string) => TODO.find((t) => t.when(text))?.reason;

describe("coverage: Instagram Login, wrong object or host, code 100", () => {
  it("every expected entry exists", () => {
    for (const p of PASTES)
      if (p.expect !== null)
        assert.ok(ids.has(p.expect), `no entry "${p.expect}"`);
  });

  for (const paste of PASTES) {
    const reason = todoReason(paste.text);
    it(
      `${paste.shape}: ${paste.text.slice(0, 70)}`,
      reason ? { todo: reason } : {},
      () => {
        const result = decode(paste.text, entries);
        const top =
          result.verdict === "match" ? result.matches[0]?.id : undefined;
        assert.equal(
          top,
          paste.expect,
          `matches: ${JSON.stringify(result.matches.slice(0, 3))}`,
        );
      },
    );
  }
});
