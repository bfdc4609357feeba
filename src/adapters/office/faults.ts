/**
 * OfficeExtension.Error → HostFailure, with one zh-CN (or en) sentence per failure. Cell-edit
 * mode is waited out (the whole run is retried with backoff); payload limits are handled by the
 * reader and writer, which retry in smaller chunks; everything else fails at once.
 */
import type { Lang } from '../../engine/settings';
import { catalog } from '../../i18n';
import { fill, type Params } from '../../i18n/format';
import { labels as zh } from '../../i18n/office.zh-CN';
import type { HostFailure } from './host';

export type FailureKind = HostFailure | 'nothingToUndo';

/** Message keys (office.*) per failure; protectedSheet has a workbook-level variant. */
type MessageKey =
  | 'cellEditMode'
  | 'protectedSheet'
  | 'protectedWorkbook'
  | 'payloadTooLarge'
  | 'apiMissing'
  | 'nothingFound'
  | 'nothingToUndo'
  | 'unexpected'
  | 'partialWrite'
  | 'missingSheet'
  | 'noTableAtRow'
  | 'hasActualColumn'
  | 'noTargetColumn';

/** A failure the adapter raises itself, already classified. */
export class HostError extends Error {
  constructor(
    readonly failure: FailureKind,
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(officeText('zh-CN', key, params));
    this.name = 'HostError';
  }
}

/**
 * Words of the Office host (src/i18n/office.*.ts). English comes with the on-demand English catalog
 * (`loadLocale('en')`, which a run in English awaits first); a key it lacks falls back to zh-CN.
 */
export function officeText(lang: Lang, key: string, params: Params = {}): string {
  const id = `office.${key}`;
  const template = catalog(lang).labels[id] ?? zh[id] ?? id;
  return fill(template, params);
}

export const EDIT_MODE = 'InvalidOperationInCellEditMode';
const PAYLOAD = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'PayloadTooLarge',
]);
const API = new Set(['ApiNotFound', 'NotImplemented', 'UnsupportedOperation', 'UnsupportedFeature']);

/** The `code` of an OfficeExtension.Error (or of anything shaped like one). */
export function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  const inner = (e as { debugInfo?: { code?: unknown } }).debugInfo?.code;
  return typeof inner === 'string' ? inner : undefined;
}

export function isEditModeError(e: unknown): boolean {
  return errorCode(e) === EDIT_MODE;
}

export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  if (code !== undefined && PAYLOAD.has(code)) return true;
  // Excel on the web has reported the limit with a generic code and a message naming the payload
  const message = e instanceof Error ? e.message : '';
  return /payload/i.test(message) && /(limit|size|large)/i.test(message);
}

export function classify(e: unknown): FailureKind {
  if (e instanceof HostError) return e.failure;
  const code = errorCode(e);
  if (code === EDIT_MODE) return 'cellEditMode';
  if (isPayloadError(e)) return 'payloadTooLarge';
  if (code !== undefined && API.has(code)) return 'apiMissing';
  return 'unexpected';
}

/** The one sentence the user reads for a failure. */
export function failureMessage(e: unknown, lang: Lang, minApi: string): string {
  if (e instanceof HostError) return officeText(lang, e.key, e.params);
  const failure = classify(e);
  switch (failure) {
    case 'cellEditMode':
      return officeText(lang, 'cellEditMode');
    case 'payloadTooLarge':
      return officeText(lang, 'payloadTooLarge');
    case 'apiMissing':
      return officeText(lang, 'apiMissing', { version: minApi });
    default:
      return officeText(lang, 'unexpected', {
        code: errorCode(e) ?? (e instanceof Error ? e.name : 'Error'),
      });
  }
}

/**
 * Runs `attempt`, retrying while Excel is in cell-edit mode: one try, then one retry after each
 * delay (default 0.5 s, 1.5 s, 3 s). Each attempt starts from scratch (a fresh read), so a write
 * that was refused is never half-applied.
 */
export async function withEditModeRetry<T>(
  attempt: () => Promise<T>,
  sleep: (ms: number) => Promise<void>,
  delays: readonly number[] = [500, 1500, 3000],
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      const delay = delays[i];
      if (!isEditModeError(e) || delay === undefined) throw e;
      await sleep(delay);
    }
  }
}
