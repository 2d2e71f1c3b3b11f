/**
 * A unit that keeps its own sheet in the tracker's layout (not the form): its
 * month's results are merged, matched to the tracker by id and name, whatever
 * rows they sit on; an indicator the tracker does not have is refused.
 */
import { copyFileSync } from 'fs';
import { join } from 'path';
import { cycleStatus } from '../../src/core/cycle/cycle-status';
import type { IndicatorStatus } from '../../src/core/status/month-status';
import { dtiAt } from '../helpers/run-dti';
import { readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';

const SAMPLE = join(__dirname, '../../samples/dti-sample.xlsx');

test('a unit\'s own sheet is merged by id and name', async () => {
  const tracker = join(tempDir(), 'so.xlsx');
  copyFileSync(SAMPLE, tracker);
  const own = await writeWorkbook(
    {
      'Kinh tế': [
        ['STT', 'Chỉ số', 'Cơ quan chủ trì', 'Năm 2026', 'Tháng 11/2026', 'Tài liệu kiểm chứng'],
        ['10', 'Tỷ trọng kinh tế số trong GRDP', 'Phòng Kinh tế', 'Đạt trên 20%', '18%', 'Báo cáo 30/BC-KT ngày 10/11/2026'],
        ['09', 'Tổng chi Ngân sách nhà nước cho chính quyền số', 'Phòng Kinh tế', 'Đạt trên 1%', '1,2%', null],
        ['11', 'Chỉ tiêu riêng của phòng', 'Phòng Kinh tế', '50%', '40%', null],
      ],
    },
    'kinh-te-rieng.xlsx',
  );
  const out = join(tempDir(), 'ra.xlsx');
  const run = await dtiAt(new Date(2026, 10, 15), 'merge', tracker, own, '--month', '2026-11', '--out', out, '--prefer', 'form');
  expect(run.code).toBe(0);
  expect(run.out).toContain('Phụ lục 1!K21 [10 Tỷ trọng kinh tế số trong GRDP]: sổ "16%" ≠ kinh-te-rieng.xlsx!Kinh tế!E2 "18%"');
  expect(run.out).toContain('Không nhập: kinh-te-rieng.xlsx!Kinh tế!E4 (Phòng Kinh tế): Chỉ tiêu "11 Chỉ tiêu riêng của phòng" không còn trong sổ theo dõi');
  const wb = await readWorkbook(out);
  const ws = wb.getWorksheet('Phụ lục 1')!;
  expect(ws.getCell('K21').value).toBe('18%');
  expect(ws.getCell('L21').value).toBe('Báo cáo 30/BC-KT ngày 10/11/2026');
  // The same figure as the tracker's: nothing written.
  expect(ws.getCell('K20').value).toBe('1,2%');
  expect(ws.getCell('L20').value).toBeNull();
});

describe('which units are late', () => {
  const owned = (owner: string, status: IndicatorStatus['status'] = 'met'): IndicatorStatus => ({ key: owner, owner, status, id: '1', name: owner, sheet: 'KH', row: 2 }) as IndicatorStatus;
  const log = [
    { at: '2026-11-19T16:00:00', month: '2026-11', unit: 'Công an xã', file: 'a.xlsx', sheet: '', address: '', before: '', after: '', note: '' },
    { at: '2026-11-21T08:00:00', month: '2026-11', unit: 'Trạm Y tế', file: 'b.xlsx', sheet: '', address: '', before: '', after: '', note: '' },
    { at: '2026-10-10T08:00:00', month: '2026-10', unit: 'Phòng Kinh tế', file: 'c.xlsx', sheet: '', address: '', before: '', after: '', note: '' },
  ];
  const indicators = [owned('Công an xã'), owned('Trạm Y tế'), owned('Phòng Kinh tế', 'not_met')];
  const evidence = new Map([['Công an xã', 'Số 1/BC']]);

  test('after the deadline: on time, late, and not sent (last month\'s form does not count)', () => {
    const c = cycleStatus(indicators, { year: 2026, month: 11 }, { log, evidence }, new Date(2026, 10, 25));
    expect(c.units.map((u) => [u.unit, u.state])).toEqual([['Công an xã', 'on_time'], ['Trạm Y tế', 'late'], ['Phòng Kinh tế', 'missing']]);
    expect(c.late).toEqual(['Trạm Y tế', 'Phòng Kinh tế']);
    expect(c.metWithoutEvidence.map((i) => i.owner)).toEqual(['Trạm Y tế']);
    expect(c.units[2]!.shortfalls).toHaveLength(1);
  });

  test('before the deadline (set per plan) nobody is late yet; a deadline past the month\'s end is its last day', () => {
    const early = cycleStatus(indicators, { year: 2026, month: 11 }, { log, evidence, deadlineDay: 25 }, new Date(2026, 10, 24));
    expect(early.units.map((u) => u.state)).toEqual(['on_time', 'on_time', 'waiting']);
    expect(early.late).toEqual([]);
    expect(cycleStatus(indicators, { year: 2026, month: 2 }, { log, evidence, deadlineDay: 31 }, new Date(2026, 2, 1)).deadline).toBe('2026-02-28');
  });
});
