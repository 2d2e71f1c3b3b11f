/**
 * The .xlsx a commune's workbook would be once Excel has computed the status
 * columns: DTI formulas with their cached results, a plain formula, plain
 * values. Built with ExcelJS (Node only), handed to the fake's file API.
 */
import ExcelJS from 'exceljs';

export const DTI_FORMULA_CELLS = 3;

export async function statusWorkbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục CĐS');
  ws.addRow(['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'T11/2026', 'Chênh lệch', 'Tình trạng', 'Tiến độ', 'Tổng']);
  ws.addRow(['1', 'Tỷ lệ hộ gia đình có cáp quang', '%', '≥ 80%', 0.85]);
  ws.getCell('F2').value = { formula: 'DTI.GAP(E2,D2,C2)', result: 0.05 };
  ws.getCell('G2').value = { formula: 'DTI.STATUS(E2,D2,C2)', result: 'Đạt' };
  ws.getCell('H2').value = { formula: 'DTI.PROGRESS(E2,D2,C2)', result: 1 };
  ws.getCell('I2').value = { formula: 'SUM(E2:E2)', result: 0.85 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
