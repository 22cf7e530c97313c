// What the browser bundle may reach at runtime (`npm run boundaries`; rules in boundary-rules.cjs).
const { browserRules, options } = require('./boundary-rules.cjs');

module.exports = { forbidden: browserRules, options: options({ typeOnlyImportsCount: false }) };
