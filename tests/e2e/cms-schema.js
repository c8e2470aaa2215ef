// Validates a generated Sveltia CMS config (admin/config.yml, written by
// tolk as JSON, which is YAML 1.2) against the JSON schema the pinned
// @sveltia/cms package ships. Usage: node cms-schema.js path/to/config.yml
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
const config = JSON.parse(fs.readFileSync(path.resolve(process.argv[2]), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, logger: false });
const validate = ajv.compile(schema);
if (!validate(config)) {
  for (const e of validate.errors) console.error(`${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  process.exit(1);
}
console.log('valid');
