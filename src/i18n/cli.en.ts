/** The command line's own words (summary lines, progress, stopping); never in the add-in's page. */
export const cli: Record<string, string> = {
  'cli.table': '{sheet} {score} {grade}',
  'cli.pending': ' ({count} more, {weight} points, await manual scoring)',
  'cli.pendingProvisional': ' (provisional: {count} more, {weight} points, await manual scoring)',
  'cli.uncheckedProvisional': ' (provisional: {count}, {weight} points, keep the typed score, not checked)',
  'cli.budgetTables': 'budget tables: {count}',
  'cli.counts': 'errors {errors} · warnings {warnings} · info {infos}',
  'cli.noTables': 'no indicator or budget table found',
  'cli.noWorkbooks': 'no .xlsx workbook found in {inputs}',
  'cli.interrupted': 'stopped: workbooks done: {done}, not started: {skipped}',
  'cli.interruptedWorkbook': 'not scored: the run was stopped (Ctrl-C)',
  'cli.stopping': 'stopping after the workbook in hand (press Ctrl-C again to quit at once)',
  'cli.stage.read': 'reading…',
  'cli.stage.analyse': 'scoring…',
  'cli.stage.write': 'writing…',
};
