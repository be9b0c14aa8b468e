#!/usr/bin/env node
// Generates the typed Python bindings for the pinned alicloud provider schema, offline.
//
// The official generator (@cdktf/provider-generator's ConstructsMaker) normally asks Terraform for
// the provider schema, which would need the registry. We override getSchemas to hand it the pinned
// schema file instead, and name the Python module like the prebuilt package would be named
// (cdktf_cdktf_provider_alicloud), so application code imports it the same way.
//
// CDK Terrain (cdktn) ships the same generator renamed (@cdktn/provider-generator, @cdktn/commons);
// --cdk=cdktn runs that one, loaded from the --toolchain folder's node_modules (default: this repo's),
// and its output imports cdktn instead of cdktf (see `make cdktn-check`).
//
// Usage: node tools/generate-bindings.js [--cdk=cdktf|cdktn] [--toolchain=DIR] <schema.json> <output dir>
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const PYTHON_MODULE = "cdktf_cdktf_provider_alicloud";
const PROVIDER = "aliyun/alicloud@1.289.0";

const USAGE = "usage: generate-bindings.js [--cdk=cdktf|cdktn] [--toolchain=DIR] <schema.json> <output dir>";

async function main() {
  const args = process.argv.slice(2);
  const options = Object.fromEntries(args.filter((a) => a.startsWith("--")).map((a) => a.slice(2).split("=")));
  const [schemaPath, outDir, ...extra] = args.filter((a) => !a.startsWith("--"));
  const cdk = options.cdk || "cdktf";
  const unknown = Object.keys(options).filter((name) => !["cdk", "toolchain"].includes(name));
  if (!schemaPath || !outDir || extra.length || unknown.length || !["cdktf", "cdktn"].includes(cdk)) {
    console.error(USAGE);
    process.exit(2);
  }
  const toolchain = path.resolve(options.toolchain || path.join(__dirname, ".."));
  const load = (name) => require(require.resolve(name, { paths: [toolchain] }));
  const { ConstructsMaker } = load(`@${cdk}/provider-generator`);
  const commons = load(`@${cdk}/commons`);
  const schemaText = fs.readFileSync(schemaPath);
  const schema = JSON.parse(schemaText);

  // Python bindings are written to <codeMakerOutput>/<srcMakName>; the prebuilt package's name wins.
  Object.defineProperty(commons.ConstructsMakerProviderTarget.prototype, "srcMakName", {
    get() {
      return PYTHON_MODULE;
    },
  });

  // Generate into a scratch folder, then swap it in whole so a failed run leaves the old bindings.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "alicloud-bindings-"));
  const maker = new ConstructsMaker(
    { codeMakerOutput: scratch, targetLanguage: commons.Language.PYTHON },
    undefined,
    async () => {} // no telemetry
  );
  maker.getSchemas = async () => ({ providerSchema: schema, moduleSchema: {} });
  const constraint = new commons.TerraformProviderConstraint(PROVIDER);
  await maker.generate([constraint]);

  const generated = path.join(scratch, PYTHON_MODULE);
  const target = path.join(outDir, PYTHON_MODULE);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.cpSync(generated, target, { recursive: true });
  fs.rmSync(scratch, { recursive: true, force: true });
  // Lets a test notice a schema change that was not followed by regeneration.
  const digest = crypto.createHash("sha256").update(schemaText).digest("hex");
  fs.writeFileSync(path.join(outDir, "SCHEMA.sha256"), `${digest}  ${PROVIDER}\n`);
  console.log(`bindings written to ${target}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
