import { type Bilingual, bi } from '../i18n';

/** The schema fields a sheet column can be mapped to. */
export const FIELD_KEYS = [
  'id',
  'name',
  'unit',
  'target',
  'horizonTarget',
  'owner',
  'upstreamOwner',
  'coordinators',
  'deadline',
  'baseline',
  'actual',
  'numerator',
  'denominator',
  'assessment',
  'notes',
  'basis',
  'tasks',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

export const FIELD_LABELS: Record<FieldKey, Bilingual> = {
  id: bi('STT', 'Id'),
  name: bi('Chỉ tiêu', 'Indicator'),
  unit: bi('Đơn vị tính', 'Unit'),
  target: bi('Chỉ tiêu năm', 'Target (year)'),
  horizonTarget: bi('Chỉ tiêu đến 2030', 'Target (horizon)'),
  owner: bi('Đơn vị chủ trì (xã)', 'Owner unit'),
  upstreamOwner: bi('Cơ quan chủ trì cấp trên', 'Lead agency (upstream)'),
  coordinators: bi('Đơn vị phối hợp', 'Coordinating units'),
  deadline: bi('Thời hạn', 'Deadline'),
  baseline: bi('Hiện trạng (năm gốc)', 'Baseline'),
  actual: bi('Kết quả thực hiện', 'Actual (single column)'),
  numerator: bi('Số thực hiện (tử số)', 'Count achieved (numerator)'),
  denominator: bi('Tổng số (mẫu số)', 'Total (denominator)'),
  assessment: bi('Đánh giá, so sánh', 'Assessment, comparison'),
  notes: bi('Ghi chú', 'Notes'),
  basis: bi('Căn cứ', 'Basis'),
  tasks: bi('Nhiệm vụ', 'Tasks'),
};

/** Fields whose text a PDF paste may break over several lines (continuation rows join them). */
export const TEXT_FIELDS: readonly FieldKey[] = ['name', 'owner', 'upstreamOwner', 'coordinators', 'notes', 'basis', 'tasks', 'target', 'horizonTarget', 'deadline', 'unit'];

/** Fields that carry data of an indicator row (a row with none of them is a section or a note). */
export const DATA_FIELDS: readonly FieldKey[] = ['unit', 'target', 'horizonTarget', 'owner', 'upstreamOwner', 'coordinators', 'deadline', 'baseline', 'actual', 'numerator', 'denominator'];
