// Parses Mermaid diagrams offline with the pinned `mermaid` package, as GitHub would before drawing.
// stdin: a JSON list of diagram sources; stdout: a JSON list of {ok, type} or {ok: false, error}.
// Mermaid's sanitizer (DOMPurify) needs a DOM: jsdom provides one; no browser, no network.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const source of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(source);
    results.push({ ok: true, type: parsed.diagramType });
  } catch (error) {
    results.push({ ok: false, error: String(error.message || error) });
  }
}
process.stdout.write(JSON.stringify(results));
