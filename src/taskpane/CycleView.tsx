import { Button, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import { bi, type Lang } from '../core/i18n';

const WORDS = {
  title: bi('Phiếu báo cáo của các đơn vị', "Units' monthly forms"),
  help: bi(
    'Tạo cho mỗi đơn vị chủ trì một phiếu của tháng đã chọn (tải về một tệp .zip), gửi đơn vị điền kết quả và tài liệu kiểm chứng; khi nhận lại, chọn các tệp để nhập vào sổ này. Ô đã có số liệu khác sẽ được hỏi trước khi ghi đè.',
    'Make one form per owning unit for the chosen month (downloaded as one .zip), send each unit its own to fill in results and evidence; when they come back, pick the files to merge them into this workbook. A cell already holding another value is asked about first.',
  ),
  make: bi('Tạo phiếu cho các đơn vị', 'Make the units\u2019 forms'),
  merge: bi('Nhập phiếu đơn vị', "Merge the units' forms"),
};

interface Props {
  lang: Lang;
  disabled: boolean;
  onMake(): void;
  onMerge(files: File[]): void;
}

/** "Tạo phiếu cho các đơn vị" and "Nhập phiếu đơn vị" (the files picked with the browser's own file dialog). */
export function CycleView({ lang, disabled, onMake, onMerge }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <section aria-label={WORDS.title[lang]} data-testid="cycle">
      <Text block weight="semibold">{WORDS.title[lang]}</Text>
      <Text block size={200}>{WORDS.help[lang]}</Text>
      <Button disabled={disabled} onClick={onMake} data-testid="make-forms">
        {WORDS.make[lang]}
      </Button>
      <Button disabledFocusable={disabled} onClick={() => picker.current?.click()} data-testid="merge-forms">
        {WORDS.merge[lang]}
      </Button>
      <input
        ref={picker}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        data-testid="form-files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onMerge(files);
        }}
      />
    </section>
  );
}
