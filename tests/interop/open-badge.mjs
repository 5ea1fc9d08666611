// Reads an Open Badges 3.0 VC-JWT the site issued with software the project did not write:
// jose verifies the JWS with the JWK its kid dereferences to, Ajv validates the credential and the
// issuer profile against the published 1EdTech JSON Schemas, and the claim rules of the
// specification's "Verify a Credential" section are checked on what jose decoded.
//
//   node open-badge.mjs <token-file> <jwk-file> <issuer-profile-file> <schemas-dir>
//
// Prints one JSON object: { ok, header, problems: [...] }. Exit code 0 when ok.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";

const [tokenFile, jwkFile, issuerFile, schemas] = process.argv.slice(2);
const token = readFileSync(tokenFile, "utf8");
const jwk = JSON.parse(readFileSync(jwkFile, "utf8"));
const issuer = JSON.parse(readFileSync(issuerFile, "utf8"));
const problems = [];

const header = decodeProtectedHeader(token);
const allowedHeaders = ["alg", "kid", "jwk", "typ"];
for (const name of Object.keys(header)) {
  if (!allowedHeaders.includes(name)) problems.push(`JOSE header ${name} is not allowed`);
}
if (header.typ !== undefined && header.typ !== "JWT") problems.push(`typ is ${header.typ}, not JWT`);
if (header.alg !== "RS256") problems.push(`alg is ${header.alg}`);
if ("d" in jwk) problems.push("the published JWK holds a private key");
if (jwk.kid !== header.kid) problems.push(`the JWK's kid ${jwk.kid} is not the header's ${header.kid}`);

let payload = {};
try {
  const key = await importJWK(jwk, "RS256");
  ({ payload } = await jwtVerify(token, key, { algorithms: ["RS256"], typ: header.typ ? "JWT" : undefined }));
} catch (e) {
  problems.push(`jose: ${e.code ?? ""} ${e.message}`);
}

const subject = payload.credentialSubject ?? {};
const same = (claim, value, what) => {
  if (payload[claim] === undefined) problems.push(`no ${claim} claim`);
  else if (payload[claim] !== value) problems.push(`${claim} ${payload[claim]} is not ${what} ${value}`);
};
if (Object.keys(payload).length > 0) {
  same("iss", payload.issuer?.id ?? payload.issuer, "issuer.id");
  same("jti", payload.id, "id");
  same("sub", subject.id, "credentialSubject.id");
  if (payload.nbf === undefined) problems.push("no nbf claim");
  else if (new Date(payload.nbf * 1000).toISOString().replace(".000Z", "Z") !== payload.validFrom)
    problems.push(`nbf ${payload.nbf} is not validFrom ${payload.validFrom}`);
  if (typeof subject.id !== "string" || !/^urn:uuid:[0-9a-f-]{36}$/.test(subject.id))
    problems.push(`credentialSubject.id ${subject.id} is not a urn:uuid`);
}

const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
const validate = (file, document, what) => {
  const check = ajv.compile(JSON.parse(readFileSync(join(schemas, file), "utf8")));
  if (!check(document)) {
    for (const error of check.errors) problems.push(`${what}${error.instancePath} ${error.message}`);
  }
};
if (Object.keys(payload).length > 0) validate("achievementcredential.json", payload, "credential");
validate("profile.json", issuer, "issuer profile");
if ("publicKey" in issuer) problems.push("the issuer profile carries publicKey, an Open Badges 2.0 term");

console.log(JSON.stringify({ ok: problems.length === 0, header, subject: subject.id ?? null, problems }));
process.exit(problems.length === 0 ? 0 : 1);
