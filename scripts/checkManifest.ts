/**
 * Offline checks of manifest.xml that the XSDs do not make: every `resid` resolves to a resource
 * of the right kind and is at most 32 characters, every resource is used, every string has a zh-CN
 * override, and every icon exists in assets/ at the size the manifest claims.
 *
 *   npm run check:manifest            # or: npx tsx scripts/checkManifest.ts [manifest.xml]
 *
 * Schema validation is separate (xmllint in .ci/run); the online validator is `npm run validate`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pngSize } from './icons/png';

export const MAX_RESID = 32;
/** The URL the manifest is written with; the build replaces it with $ADDIN_URL. */
export const DEV_ORIGIN = 'https://localhost:3000';

type Kind = 'image' | 'url' | 'short' | 'long';

interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly line: number;
  /** Text up to the next tag, for elements such as FunctionName. */
  readonly text: string;
}

function elements(xml: string): Element[] {
  const out: Element[] = [];
  const tag = /<([A-Za-z][\w:.]*)\b([^>]*?)\/?>([^<]*)/g;
  for (const m of xml.matchAll(tag)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    const line = xml.slice(0, m.index).split('\n').length;
    out.push({ name: m[1]!, attrs, line, text: m[3]!.trim() });
  }
  return out;
}

function section(xml: string, name: string): string {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m?.[1] ?? '';
}

/** Which resource collection a `resid` on this element must point into. */
function expectedKind(element: string): Kind | undefined {
  switch (element) {
    case 'bt:Image':
      return 'image';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
    case 'LearnMoreUrl':
      return 'url';
    case 'Label':
    case 'Title':
      return 'short';
    case 'Description':
      return 'long';
    default:
      return undefined;
  }
}

export interface ManifestFacts {
  /** ExecuteFunction names, in order. */
  readonly functionNames: readonly string[];
  readonly problems: readonly string[];
}

/** Checks a manifest's text; `assetsDir` is where the icon files live (the build copies it). */
export function checkManifest(xml: string, assetsDir: string): ManifestFacts {
  const text = xml.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const problems: string[] = [];
  const resources = new Map<string, { kind: Kind; value: string; used: boolean }>();
  const collections: [Kind, string][] = [
    ['image', 'bt:Images'],
    ['url', 'bt:Urls'],
    ['short', 'bt:ShortStrings'],
    ['long', 'bt:LongStrings'],
  ];
  for (const [kind, name] of collections) {
    const body = section(text, name);
    for (const m of body.matchAll(
      /<bt:(?:Image|Url|String)\s+id="([^"]*)"\s+DefaultValue="([^"]*)"\s*(\/?)>/g,
    )) {
      const [, id = '', value = '', selfClosing] = m;
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (id.length > MAX_RESID) problems.push(`resource id "${id}" is longer than ${MAX_RESID} characters`);
      resources.set(id, { kind, value, used: false });
      if ((kind === 'short' || kind === 'long') && selfClosing === '/')
        problems.push(`string "${id}" has no zh-CN override`);
    }
    if ((kind === 'short' || kind === 'long') && body) {
      const strings = [...body.matchAll(/<bt:String\s+id="([^"]*)"[^>]*>([\s\S]*?)<\/bt:String>/g)];
      for (const [, id = '', inner = ''] of strings)
        if (!/<bt:Override\s+Locale="zh-CN"\s+Value="[^"]+"/.test(inner))
          problems.push(`string "${id}" has no zh-CN override`);
    }
  }

  const all = elements(text);
  const functionNames: string[] = [];
  for (const el of all) {
    if (el.name === 'FunctionName') functionNames.push(el.text);
    const resid = el.attrs['resid'];
    if (resid === undefined) continue;
    const where = `line ${el.line}: <${el.name} resid="${resid}">`;
    if (resid.length > MAX_RESID) problems.push(`${where} is longer than ${MAX_RESID} characters`);
    const res = resources.get(resid);
    if (!res) {
      problems.push(`${where} does not resolve to any resource`);
      continue;
    }
    res.used = true;
    const kind = expectedKind(el.name);
    if (kind && kind !== res.kind) problems.push(`${where} points to a ${res.kind} resource, needs ${kind}`);
    const size = el.attrs['size'];
    if (el.name === 'bt:Image' && size) {
      const file = res.value.startsWith(`${DEV_ORIGIN}/assets/`)
        ? join(assetsDir, res.value.slice(`${DEV_ORIGIN}/assets/`.length))
        : undefined;
      if (!file || !existsSync(file)) problems.push(`${where}: icon ${res.value} is not in assets/`);
      else {
        const { width, height } = pngSize(readFileSync(file));
        if (width !== Number(size) || height !== Number(size))
          problems.push(`${where}: ${res.value} is ${width}×${height}, the manifest says ${size}`);
      }
    }
  }
  for (const [id, res] of resources) if (!res.used) problems.push(`resource "${id}" is never used`);

  for (const el of all) {
    const urls = ['DefaultValue', 'Value']
      .map((k) => el.attrs[k])
      .filter((v): v is string => v !== undefined && /^https?:/.test(v));
    for (const url of urls)
      if (!url.startsWith(`${DEV_ORIGIN}/`))
        problems.push(
          `line ${el.line}: ${url} does not start with ${DEV_ORIGIN}/ (the build would not rewrite it)`,
        );
  }
  return { functionNames, problems };
}

function main(): void {
  const root = resolve(__dirname, '..');
  const file = resolve(process.argv[2] ?? join(root, 'manifest.xml'));
  const { problems, functionNames } = checkManifest(readFileSync(file, 'utf8'), join(root, 'assets'));
  for (const p of problems) process.stderr.write(`${file}: ${p}\n`);
  if (problems.length) process.exit(1);
  process.stdout.write(`${file}: resources resolve; functions ${functionNames.join(', ')}\n`);
}

if (require.main === module) main();
