#!/usr/bin/env node
import { dirname } from 'node:path';
import { analyzeWorkbook } from '../engine/analyzeWorkbook';
import { storedSettings } from '../engine/plan/ledger';
import { withDefaults, type Lang } from '../engine/settings';
import { openWorkbook } from '../adapters/xlsx/readWorkbook';
import { writeScoredCopy } from '../adapters/xlsx/applyPlan';
import { removeTemporaryFiles } from '../adapters/xlsx/saveWorkbook';
import { describeThrown, systemCode, WorkbookReadError, WorkbookWriteError } from '../adapters/xlsx/errors';
import { createMessages, loadLocale } from '../i18n';
import { cliMessages } from '../i18n/cliMessages';
import { usageProblemText, usageText } from '../i18n/cliUsage';
import { parseArgs, usageLang, UsageError, type CliArgs } from './args';
import { makeFolder, writeTextFile } from './folders';
import { planJobs, type Job } from './jobs';
import { Progress, type Stage } from './progress';
import { failedReport, workbookReport, type Report, type WorkbookReport } from './report';
import { summaryLine } from './summary';

/** The user asking the run to stop (Ctrl-C): the workbook in hand is finished, no other started. */
export class StopRequest {
  requested = false;
  private notify: (() => void) | null = null;

  /** Asks the run to stop; false when it was asked already (the caller may then exit at once). */
  request(): boolean {
    if (this.requested) return false;
    this.requested = true;
    this.notify?.();
    return true;
  }

  onRequest(notify: () => void): void {
    this.notify = notify;
  }
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const INTERRUPTED_EXIT = 130;

/** Runs the scorer; resolves to the exit code. Never throws for bad input or unreadable files. */
export async function run(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream & { isTTY?: boolean },
  stop: StopRequest = new StopRequest(),
): Promise<number> {
  let args: CliArgs;
  let jobs: Job[];
  try {
    args = parseArgs(argv);
    jobs = args.help ? [] : planJobs(args.inputs, args.out, args.json);
  } catch (e) {
    if (e instanceof UsageError) {
      const lang = usageLang(argv);
      err.write(`score: ${usageProblemText(lang, e.problem)}\n${usageText(lang).split('\n')[0]}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    out.write(`${usageText(args.lang ?? 'zh-CN')}\n`);
    return 0;
  }
  // the command line's own lines (summaries, progress, refusals) speak --lang, else Chinese
  const lang = args.lang ?? 'zh-CN';
  await loadLocale(lang);
  const messages = cliMessages(lang);
  if (jobs.length === 0) {
    const inputs = args.inputs.join(lang === 'en' ? ', ' : '、');
    err.write(`score: ${messages.label('cli.noWorkbooks', { inputs })}\n`);
    return 2;
  }
  const progress = new Progress(jobs.length, err, (stage) => messages.label(`cli.stage.${stage}`));
  stop.onRequest(() => {
    progress.clear();
    err.write(`score: ${messages.label('cli.stopping')}\n`);
  });
  const reports: WorkbookReport[] = [];
  let unreadable = false;
  let errors = false;
  for (const [i, job] of jobs.entries()) {
    if (stop.requested) {
      // the report still lists every workbook of the run: these were never started
      const note = messages.label('cli.interruptedWorkbook');
      for (const rest of jobs.slice(i)) reports.push(failedReport(rest.input, note, 'interrupted'));
      break;
    }
    progress.update(i, job.input);
    const report = await scoreOne(job, args.lang, lang, (stage) => progress.stage(stage));
    progress.clear();
    if (report.error !== null) {
      unreadable = true;
      err.write(`score: ${report.error}\n`);
    } else {
      errors ||= report.findings.some((f) => f.severity === 'error');
      out.write(`${summaryLine(job.label, report, messages)}\n`);
    }
    reports.push(report);
  }
  progress.done();
  const skipped = reports.filter((r) => r.errorReason === 'interrupted').length;
  if (skipped > 0)
    err.write(`score: ${messages.label('cli.interrupted', { done: reports.length - skipped, skipped })}\n`);
  if (args.json !== null) {
    const report: Report = { schemaVersion: 1, workbooks: reports };
    try {
      writeTextFile(args.json, `${JSON.stringify(report, null, 2)}\n`);
    } catch (e) {
      err.write(
        `score: ${new WorkbookWriteError('reportUnwritable', args.json, systemCode(e)).text(lang)}\n`,
      );
      return 2;
    }
  }
  if (skipped > 0) return INTERRUPTED_EXIT;
  if (unreadable) return 2;
  return args.strict && errors ? 1 : 0;
}

async function scoreOne(
  job: Job,
  langArg: Lang | null,
  runLang: Lang,
  onStage: (stage: Stage) => void,
): Promise<WorkbookReport> {
  const { input, output } = job;
  try {
    if (job.clash) throw new WorkbookWriteError(job.clash.reason, output, job.clash.other);
    // one parse of the file: the grids come from the loaded workbook, the plan goes back into it
    onStage('read');
    const { workbook, sheets } = await openWorkbook(input);
    onStage('analyse');
    // what is written into a workbook (notes, 评价结果) and its findings in the JSON report speak
    // --lang when given, else the language stored in the workbook (as the add-in does)
    const lang = langArg ?? withDefaults(storedSettings(sheets)).lang;
    await loadLocale(lang);
    const messages = createMessages(lang);
    const analysis = analyzeWorkbook(sheets, {
      messages,
      ...(langArg !== null ? { settings: { lang: langArg } } : {}),
      now: timestamp(),
    });
    onStage('write');
    try {
      makeFolder(dirname(output));
    } catch (e) {
      throw new WorkbookWriteError('unwritable', output, systemCode(e));
    }
    await writeScoredCopy(workbook, input, analysis.plan, output);
    return workbookReport(input, output, analysis, messages);
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof WorkbookWriteError)
      return failedReport(input, e.text(runLang), e.reason);
    return failedReport(input, `${input}: ${describeThrown(e)}`, 'internal');
  }
}

/** Local time as the officer reads it: 2026-11-29 14:05. */
function timestamp(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

if (require.main === module) {
  // Ctrl-C finishes the workbook in hand and writes the report; a second Ctrl-C stops at once
  const stop = new StopRequest();
  const onSignal = (): void => {
    if (stop.request()) return;
    removeTemporaryFiles();
    process.exit(INTERRUPTED_EXIT);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  run(process.argv.slice(2), process.stdout, process.stderr, stop).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`score: internal error: ${describeThrown(e)}\n`);
      process.exitCode = 2;
    },
  );
}
