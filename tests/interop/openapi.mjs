// Reads the site's OpenAPI document with swagger-parser (validated against the OpenAPI schema of its
// version, references resolved), then checks real answers of the site against it: each status and
// media type must be documented, and each JSON body must validate, with Ajv, against its schema.
//
//   node openapi.mjs <document.json> <answers.json>
//
// answers.json: [{ "path": "/api/courses/{id}", "method": "get", "status": 200,
//                  "contentType": "application/json", "bodyFile": "..." }]   (bodyFile for JSON only)
// Prints one JSON object: { ok, version, problems: [...] }. Exit code 0 when ok.
import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [documentFile, answersFile] = process.argv.slice(2);
const problems = [];
let api;
try {
  await SwaggerParser.validate(JSON.parse(readFileSync(documentFile, "utf8")));
  api = await SwaggerParser.dereference(JSON.parse(readFileSync(documentFile, "utf8")));
} catch (e) {
  console.log(JSON.stringify({ ok: false, problems: [`swagger-parser: ${e.message}`] }));
  process.exit(1);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
for (const answer of JSON.parse(readFileSync(answersFile, "utf8"))) {
  const where = `${answer.method.toUpperCase()} ${answer.path} ${answer.status}`;
  const operation = api.paths?.[answer.path]?.[answer.method];
  if (!operation) {
    problems.push(`${where}: the operation is not in the document`);
    continue;
  }
  const response = operation.responses?.[String(answer.status)];
  if (!response) {
    problems.push(`${where}: the status is not documented`);
    continue;
  }
  const mediaType = answer.contentType?.split(";")[0].trim();
  if (!mediaType) continue;
  const content = response.content?.[mediaType];
  if (!content) {
    problems.push(`${where}: the answer's ${mediaType} is not documented (${Object.keys(response.content ?? {}).join(", ") || "none"})`);
    continue;
  }
  if (!content.schema) {
    problems.push(`${where}: ${mediaType} has no schema`);
    continue;
  }
  if (answer.bodyFile) {
    const check = ajv.compile(content.schema);
    if (!check(JSON.parse(readFileSync(answer.bodyFile, "utf8")))) {
      for (const error of check.errors.slice(0, 10)) problems.push(`${where}: body${error.instancePath} ${error.message}`);
    }
  }
}
console.log(JSON.stringify({ ok: problems.length === 0, version: api.openapi, problems }));
process.exit(problems.length === 0 ? 0 : 1);
