// Cross-checks the published schema with a second, independent JSON Schema validator: Ajv's draft 2020-12 class.
// Issue 3: the schema is a standard schema, so any conforming 2020-12 validator gives the same verdict as ours on
// every sample and fixture. This script validates samples/articles/*.json and samples/invalid/*.json with Ajv and
// compares each verdict with verdicts.json, which tests/ClinicalContent.Tests/Schema/SchemaVerdictsTests.cs computes
// from our engine and keeps current. Exit code: 0 when Ajv agrees on every file it can compare, 1 on a
// disagreement or a stale verdicts.json, 2 when Ajv refuses the schema itself (strict mode).
//
// Usage: npm ci --prefix schemas/conformance && node schemas/conformance/check-with-ajv.mjs

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const schemaPath = path.join(root, "schemas", "clinical-article-1.0.schema.json");
const verdictsPath = path.join(here, "verdicts.json");

// In draft 2020-12 `format` is an annotation unless a vocabulary asks for assertion, and our engine treats it so
// (the schema's `pattern`s carry the real checks). The verdict is therefore Ajv with validateFormats: false.
// A second instance asserts formats (ajv-formats' date and uri) and is reported for information only.
function compile(validateFormats) {
    const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
}

let validate, validateWithFormats;
try {
    validate = compile(false);
    validateWithFormats = compile(true);
} catch (error) {
    console.error(`Ajv (strict mode) refuses ${path.relative(root, schemaPath)}: ${error.message}`);
    process.exit(2);
}

const verdicts = JSON.parse(readFileSync(verdictsPath, "utf8"));

function jsonFiles(folder) {
    return readdirSync(path.join(root, folder))
        .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"))
        .sort()
        .map((name) => `${folder}/${name}`);
}

const files = [...jsonFiles("samples/articles"), ...jsonFiles("samples/invalid")];

// JSON.parse keeps the last of two same-named members where our reader reports them (CC1002), so a document with
// duplicates is not the same instance for both validators. JSON.parse has already accepted the text, so a plain
// scan of strings and brackets suffices; returns the JSON Pointer of the first repeated member, or null.
function findDuplicateMember(text) {
    const frames = []; // { keys: Set, key, expectKey } for objects, { index } for arrays
    const pointer = () =>
        frames
            .map((f) => (f.keys ? f.key : String(f.index)))
            .map((s) => "/" + String(s).replaceAll("~", "~0").replaceAll("/", "~1"))
            .join("");
    const startValue = () => {
        const top = frames.at(-1);
        if (top && !top.keys) top.index++;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "{") {
            startValue();
            frames.push({ keys: new Set(), key: "", expectKey: true });
        } else if (c === "[") {
            startValue();
            frames.push({ index: -1 });
        } else if (c === "}" || c === "]") {
            frames.pop();
        } else if (c === ",") {
            if (frames.at(-1)?.keys) frames.at(-1).expectKey = true;
        } else if (c === ":") {
            frames.at(-1).expectKey = false;
        } else if (c === '"') {
            let end = i + 1;
            while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
            const top = frames.at(-1);
            if (top?.keys && top.expectKey) {
                const name = JSON.parse(text.slice(i, end + 1));
                top.key = name;
                if (top.keys.has(name)) return pointer();
                top.keys.add(name);
            } else {
                startValue();
            }
            i = end;
        } else if (!/\s/.test(c)) {
            startValue();
            while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1])) i++;
        }
    }
    return null;
}

// Returns the parsed instance, or the reason the file cannot be compared.
function load(file) {
    const bytes = readFileSync(path.join(root, file));
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return { skip: "starts with a UTF-8 byte order mark, which JSON.parse refuses (our reader skips it: CC1017)" };
    }
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
        return { skip: "not valid UTF-8" };
    }
    let instance;
    try {
        instance = JSON.parse(text);
    } catch (error) {
        return { skip: `not JSON for JSON.parse (${error.message})` };
    }
    const duplicate = findDuplicateMember(text);
    if (duplicate !== null) {
        return { skip: `duplicate member at ${duplicate}: JSON.parse keeps the last, so the instances differ` };
    }
    return { instance };
}

const describe = (errors) =>
    (errors ?? [])
        .slice(0, 5)
        .map((e) => `      ${e.instancePath || "(root)"} ${e.keyword}: ${e.message}`)
        .join("\n");

let compared = 0;
const skipped = [];
const disagreements = [];
const formatNotes = [];
for (const file of files) {
    const { instance, skip } = load(file);
    if (skip) {
        skipped.push(file);
        console.log(`${file}: skipped (${skip})`);
        continue;
    }
    const valid = validate(instance);
    const ajv = valid ? "valid" : "invalid";
    const ours = verdicts[file];
    compared++;
    if (ours === ajv) {
        console.log(`${file}: ajv=${ajv}`);
    } else {
        disagreements.push(file);
        console.log(`${file}: ajv=${ajv}  DISAGREES with ours=${ours ?? "(no verdict in verdicts.json)"}`);
        if (!valid) console.log(describe(validate.errors));
    }
    if (validateWithFormats(instance) !== valid) {
        formatNotes.push(`${file}: with format assertion ajv=${valid ? "invalid" : "valid"}\n${describe(validateWithFormats.errors)}`);
    }
}

const stale = Object.keys(verdicts).filter((file) => !files.includes(file));
for (const file of stale) {
    console.log(`${file}: in verdicts.json but no longer a sample or fixture; regenerate verdicts.json`);
}

console.log(
    formatNotes.length === 0
        ? "format assertion (information only): asserting format: date and uri changes no verdict"
        : `format assertion (information only; 2020-12 and our engine treat format as an annotation):\n${formatNotes.join("\n")}`,
);
const { version } = createRequire(import.meta.url)("ajv/package.json");
console.log(
    `Ajv ${version} (draft 2020-12, strict): ${compared} compared, ` +
        `${compared - disagreements.length} agree, ${disagreements.length} disagree, ${skipped.length} skipped`,
);
process.exit(disagreements.length > 0 || stale.length > 0 ? 1 : 0);
