/**
 * Ahead-of-time Griffel for the pane's `*.styles.ts` files (webpack loader, build only).
 *
 * Each styles module exports hooks made with `makeStyles({...})` from tokens and typography
 * styles. At build time this loader evaluates the module in node with a `makeStyles` that only
 * records its argument, resolves the style objects to atomic classes and CSS rules with
 * @griffel/core (the same function Griffel's own AOT preset uses), and emits
 * `__styles(classes, rules)` — the form Fluent's own components ship in. The page then carries no
 * CSS-in-JS compiler (stylis, rtl-css-js, the tokens object): about 11 KB gzip less. Tests and
 * type checks still see the plain `makeStyles` source.
 */
const vm = require('node:vm');
const ts = require('typescript');
const { resolveStyleRulesForSlots } = require('@griffel/core');

const RECORDED = Symbol('griffel styles');

module.exports = function griffelAotLoader(source) {
  const file = this.resourcePath;
  const { outputText } = ts.transpileModule(source, {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  const fluent = require('@fluentui/react-components');
  const atBuildTime = {
    tokens: fluent.tokens,
    typographyStyles: fluent.typographyStyles,
    makeStyles: (styles) => ({ [RECORDED]: styles }),
  };
  const module = { exports: {} };
  const requireAtBuildTime = (id) => {
    if (id === '@fluentui/react-components') return atBuildTime;
    throw new Error(
      `${file}: a styles module may import only tokens, typographyStyles and makeStyles (got "${id}")`,
    );
  };
  vm.runInNewContext(
    outputText,
    { module, exports: module.exports, require: requireAtBuildTime },
    { filename: file },
  );

  const out = ["import { __styles } from '@griffel/react';"];
  for (const [name, value] of Object.entries(module.exports)) {
    if (name === '__esModule') continue;
    if (!value || !value[RECORDED]) throw new Error(`${file}: export "${name}" is not a makeStyles hook`);
    const [classes, rules] = resolveStyleRulesForSlots(value[RECORDED], '');
    out.push(
      `export const ${name} = /*#__PURE__*/ __styles(${JSON.stringify(classes)}, ${JSON.stringify(rules)});`,
    );
  }
  return out.join('\n');
};
