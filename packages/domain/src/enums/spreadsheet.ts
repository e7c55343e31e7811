import { defineEnum, type EnumValue } from './define-enum.js';

/**
 * What a spreadsheet import refuses in a cell for the cell's own sake, whatever the column. The code is the
 * error's code; the label is its message, shown after the cell's place (第2行“整改措施”（C2）：…).
 */
export const SheetCellError = defineEnum({
  FORMULA: {
    zh: '单元格含公式，导入不接受公式，请改为直接填写内容',
    en: 'the cell holds a formula; an import takes no formulas, type the value itself',
  },
});
export type SheetCellError = EnumValue<typeof SheetCellError>;
