import test from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const FRONTEND = new URL("../../frontend/", import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// 100 KB until #15 added the compare page's figures and the feed links (98.4 -> 104.5 KB).
test("the whole front end stays under 110 KB uncompressed", () => {
  const total = files(FRONTEND).reduce((sum, path) => sum + statSync(path).size, 0);
  assert.ok(total < 110_000, `front end is ${total} bytes`);
});

test("no module parses strings as HTML", () => {
  for (const path of files(FRONTEND).filter((p) => p.endsWith(".js"))) {
    const source = readFileSync(path, "utf8");
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/, path);
  }
});

test("imports are explicit relative paths (no bare specifiers, no CDN)", () => {
  for (const path of files(FRONTEND).filter((p) => p.endsWith(".js"))) {
    for (const [, specifier] of readFileSync(path, "utf8").matchAll(/from "([^"]+)"/g)) {
      assert.match(specifier, /^\.\.?\/[\w/.-]+\.js$/, `${path}: ${specifier}`);
    }
  }
});
