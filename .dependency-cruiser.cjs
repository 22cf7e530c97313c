// Layer boundaries, type-only imports included (`npm run boundaries`; rules in scripts/boundaries/).
const { layerRules, options } = require('./scripts/boundaries/boundary-rules.cjs');

module.exports = { forbidden: layerRules, options: options({ typeOnlyImportsCount: true }) };
