/**
 * Long target cells: a cell holds up to 32,767 characters and the target parser runs
 * inside the DTI.* functions while Excel recalculates, so a cell full of comparison
 * words, digits, "%" or "/" must cost milliseconds. Two goals:
 * - every such cell (the cells of test/core/target-long-text.test.ts) parses in at most
 *   500 ms (the slowest of 5 runs, the worst cell); before the fix "≥…5%" took 2.4 s;
 * - the comparison search is linear: on text with no comparison word (its longest walk),
 *   64k characters ÷ 16k characters ≤ 9 (linear gives about 4, quadratic 16), medians of
 *   at least 5 pairs run back to back.
 * Run: npx tsx bench/long-text.bench.ts
 */
import { opBefore } from '../src/core/target/comparators';
import { parseTargetText } from '../src/core/target/parse-target';
import { medians, paired, runBench, show, timed, verdict } from './paired';

const CELL = 32_767;
export const CELL_GOAL_MS = 500;
export const LINEAR_GOAL = 9;

function cell(unit: string, tail = '', length = CELL): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length) + tail;
}

const CELLS = [
  cell('không quá '),
  cell('không quá ', ' 5%'),
  cell('≥', '5%'),
  cell('>=', '5%'),
  cell('trên ', ' 5%'),
  cell('1'),
  cell('1 '),
  cell('1%'),
  cell('1/'),
  cell('1 / '),
  cell('1 % / 1 / 2 % - '),
  cell(' ', '5%'),
  cell('$\\geq ', '5'),
  `Không quá 5% ${'≥'.repeat(CELL - 13)}`,
];

export async function main(): Promise<boolean> {
  let worst = 0;
  for (const text of CELLS) {
    for (let run = 0; run < 5; run++) worst = Math.max(worst, (await timed(() => parseTargetText(text))).wallMs);
  }
  const cellPass = worst <= CELL_GOAL_MS;
  console.log(`${cellPass ? 'PASS' : 'FAIL'} slowest 32,767-character target cell: ${worst.toFixed(1)} ms ÷ ${CELL_GOAL_MS} ms = ${(worst / CELL_GOAL_MS).toFixed(3)} (goal ≤ 1; ${CELLS.length} cells × 5 runs)`);

  const small = cell('x ', '', 16_384);
  const large = cell('x ', '', 65_536);
  const pairs = await paired(7, async () => timed(() => opBefore(large)), async () => timed(() => opBefore(small)));
  const m = medians(pairs);
  console.log(`  opBefore: 64k characters ${show(m.a)}, 16k characters ${show(m.b)} (medians)`);
  const linear = verdict('comparison search linear in the text, 64k ÷ 16k characters', pairs, LINEAR_GOAL);
  return cellPass && linear;
}

if (require.main === module) runBench(main);
