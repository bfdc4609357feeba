#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { analyzeWorkbook } from '../engine/analyzeWorkbook';
import { storedSettings } from '../engine/plan/planSettings';
import { withDefaults, type Lang } from '../engine/settings';
import { openWorkbook } from '../adapters/xlsx/readWorkbook';
import { writeScoredCopy } from '../adapters/xlsx/applyPlan';
import { describeThrown, WorkbookReadError, WorkbookWriteError } from '../adapters/xlsx/errors';
import { createMessages, loadLocale } from '../i18n';
import { usageProblemText, usageText } from '../i18n/cliUsage';
import { parseArgs, usageLang, UsageError, type CliArgs } from './args';
import { expandInputs, outputPath } from './inputs';
import { Progress, type Stage } from './progress';
import { failedReport, workbookReport, type Report, type WorkbookReport } from './report';
import { summaryLine } from './summary';

/** Runs the scorer; resolves to the exit code. Never throws for bad input or unreadable files. */
export async function run(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream & { isTTY?: boolean },
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
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
  const messages = createMessages(lang);
  const files = expandInputs(args.inputs);
  if (files.length === 0) {
    err.write(`score: ${messages.label('cli.noWorkbooks')}\n`);
    return 2;
  }
  const progress = new Progress(files.length, err, (stage) => messages.label(`cli.stage.${stage}`));
  const reports: WorkbookReport[] = [];
  let unreadable = false;
  let errors = false;
  for (const [i, file] of files.entries()) {
    progress.update(i, file);
    const report = await scoreOne(file, args, files.length === 1, lang, (stage) => progress.stage(stage));
    progress.clear();
    if (report.error !== null) {
      unreadable = true;
      err.write(`score: ${report.error}\n`);
    } else {
      errors ||= report.findings.some((f) => f.severity === 'error');
      out.write(`${summaryLine(report, messages)}\n`);
    }
    reports.push(report);
  }
  progress.done();
  if (args.json !== null) {
    const report: Report = { schemaVersion: 1, workbooks: reports };
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (unreadable) return 2;
  return args.strict && errors ? 1 : 0;
}

async function scoreOne(
  file: string,
  args: CliArgs,
  single: boolean,
  runLang: Lang,
  onStage: (stage: Stage) => void,
): Promise<WorkbookReport> {
  try {
    // one parse of the file: the grids come from the loaded workbook, the plan goes back into it
    onStage('read');
    const { workbook, sheets } = await openWorkbook(file);
    onStage('analyse');
    // what is written into a workbook (notes, 评价结果) and its findings in the JSON report speak
    // --lang when given, else the language stored in the workbook (as the add-in does)
    const lang = args.lang ?? withDefaults(storedSettings(sheets)).lang;
    await loadLocale(lang);
    const messages = createMessages(lang);
    const analysis = analyzeWorkbook(sheets, {
      messages,
      ...(args.lang !== null ? { settings: { lang: args.lang } } : {}),
      now: timestamp(),
    });
    const target = outputPath(file, args.out, single);
    mkdirSync(dirname(target), { recursive: true });
    onStage('write');
    await writeScoredCopy(workbook, file, analysis.plan, target);
    return workbookReport(file, target, analysis, messages);
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof WorkbookWriteError)
      return failedReport(file, e.text(runLang), e.reason);
    return failedReport(file, `${file}: ${describeThrown(e)}`, 'internal');
  }
}

/** Local time as the officer reads it: 2026-11-29 14:05. */
function timestamp(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

if (require.main === module) {
  run(process.argv.slice(2), process.stdout, process.stderr).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`score: internal error: ${describeThrown(e)}\n`);
      process.exitCode = 2;
    },
  );
}
