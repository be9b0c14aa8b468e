// Lays out the report's picture with ELK (elkjs, the Eclipse Layout Kernel compiled to JS).
// Reads an ELK JSON graph on stdin and writes the same graph, with coordinates, to stdout.
// Every coordinate is made absolute (ROOT), so the Python side draws without adding offsets.
"use strict";
const ELK = require("elkjs/lib/elk.bundled.js");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const graph = JSON.parse(input);
  new ELK().layout(graph, {
    layoutOptions: { "elk.json.shapeCoords": "ROOT", "elk.json.edgeCoords": "ROOT" },
  }).then((laidOut) => {
    process.stdout.write(JSON.stringify(laidOut));
  }).catch((error) => {
    process.stderr.write(`elkjs: ${error && error.message ? error.message : error}\n`);
    process.exit(1);
  });
});
