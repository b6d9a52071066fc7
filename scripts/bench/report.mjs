// The closing table: one row per figure, its target, and whether it was met, then the notes.

function status(item) {
  if (item.skipped) return `skipped: ${item.skipped}`;
  if (item.met === undefined) return 'info';
  return item.met ? 'ok' : 'MISSED';
}

function valueText(item) {
  if (item.value === null) return '-';
  const magnitude = Math.abs(item.value);
  const text = magnitude >= 100 ? item.value.toFixed(0) : magnitude >= 1 ? item.value.toFixed(1) : item.value.toPrecision(2);
  return `${text} ${item.unit}`;
}

export function printTable(figures, machine) {
  const rows = figures.map((item) => [item.name, valueText(item), item.target === undefined ? '' : `< ${item.target} ${item.unit ?? ''}`.trim(), status(item)]);
  const header = ['figure', 'value', 'target', 'status'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  console.log(`\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}`);
  for (const row of rows) console.log(line(row));
  console.log('\nnotes:');
  for (const item of figures.filter((figure) => figure.note)) console.log(`- ${item.name}: ${item.note}`);
  const missed = figures.filter((item) => item.met === false);
  const skippedCount = figures.filter((item) => item.skipped).length;
  console.log(
    `\nNode ${machine.node}, ${machine.cpus} CPUs, 1-minute load average ${machine.loadAverage1m.before.toFixed(1)} before, ${machine.loadAverage1m.after.toFixed(1)} after (wall times grow with load).`,
  );
  console.log(missed.length === 0 ? 'Every measured target met.' : `MISSED ${missed.length} target(s): ${missed.map((item) => item.name).join('; ')}`);
  if (skippedCount > 0) console.log(`${skippedCount} figure(s) skipped, see the table.`);
}
