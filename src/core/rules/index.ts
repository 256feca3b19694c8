// Every rule, in the order their findings are listed when two point at the same cell.
import { inputErrorValue } from './input-error-value';
import { lowOccupancyNeedsRemark } from './low-occupancy-needs-remark';
import { newOrDiscontinuedOffer } from './new-or-discontinued-offer';
import { notANumber } from './not-a-number';
import { rateRiseNeedsRemark } from './rate-rise-needs-remark';
import { sheetCellsPresent } from './sheet-cells-present';
import { structureChangeInBlock } from './structure-change-in-block';
import { textNumber } from './text-number';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  sheetCellsPresent,
  inputErrorValue,
  notANumber,
  textNumber,
  structureChangeInBlock,
  rateRiseNeedsRemark,
  lowOccupancyNeedsRemark,
  newOrDiscontinuedOffer,
];
