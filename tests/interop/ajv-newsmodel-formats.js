// ajv-cli custom module (-c): ajv-formats, plus the "iri" format newsmodel's schemas use.
//
// ajv-formats has no "iri". RFC 3987 (section 3.1) maps an IRI to a URI by
// percent-encoding the characters IRIs add (ucschar anywhere a URI allows an unreserved
// character, iprivate in the query); an IRI is valid exactly when that URI is. The URI is
// then checked with ajv-formats' own full "uri" format. newsmodel does the same in Python
// (src/newsmodel/schema/formats.py), so that both validators judge addresses alike.
"use strict";
const addFormats = require("ajv-formats");
const { fullFormats } = require("ajv-formats/dist/formats");

const UCSCHAR = [
  [0xa0, 0xd7ff], [0xf900, 0xfdcf], [0xfdf0, 0xffef],
  ...Array.from({ length: 13 }, (_, i) => [0x10000 * (i + 1), 0x10000 * (i + 1) + 0xfffd]),
  [0xe1000, 0xefffd],
];
const IPRIVATE = [[0xe000, 0xf8ff], [0xf0000, 0xffffd], [0x100000, 0x10fffd]];

const within = (code, ranges) => ranges.some(([low, high]) => low <= code && code <= high);

function asUri(iri) {
  let out = "";
  let query = false;
  for (const char of iri) {
    const code = char.codePointAt(0);
    if (char === "?" && !query) query = true;
    else if (char === "#") query = false;
    if (code < 0x80) out += char;
    else if (within(code, UCSCHAR) || (query && within(code, IPRIVATE))) {
      out += Array.from(Buffer.from(char, "utf8"), (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
    } else return null;
  }
  return out;
}

function isIri(value) {
  const uri = asUri(value);
  return uri !== null && fullFormats.uri(uri);
}

module.exports = function (ajv) {
  addFormats(ajv);
  ajv.addFormat("iri", { type: "string", validate: isIri });
  return ajv;
};
