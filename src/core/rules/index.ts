// Every rule, in the order their findings are listed when two point at the same cell.
import { inputErrorValue } from './input-error-value';
import { lowOccupancyNeedsRemark } from './low-occupancy-needs-remark';
import { newOrDiscontinuedOffer } from './new-or-discontinued-offer';
import { year1DiffersFromSnapshot } from './year1-differs-from-snapshot';
import { nameNotInSnapshot } from './name-not-in-snapshot';
import { notANumber } from './not-a-number';
import { rateRiseNeedsRemark } from './rate-rise-needs-remark';
import { sheetCellsPresent } from './sheet-cells-present';
import { structureChangeInBlock } from './structure-change-in-block';
import { textNumber } from './text-number';
import { belaegningRange } from './belaegning-range';
import { enhedInList } from './enhed-in-list';
import { identityRequired } from './identity-required';
import { paragrafInList } from './paragraf-in-list';
import { rateOn250Days } from './rate-on-250-days';
import { solgteWithinAnvendte } from './solgte-within-anvendte';
import { takstLevelsContiguous } from './takst-levels-contiguous';
import { timeUnitNeedsBasisAndTime } from './time-unit-needs-basis-and-time';
import { basisBelowLevels } from './basis-below-levels';
import { budgetAndRates } from './budget-and-rates';
import { driftsherreKnown } from './driftsherre-known';
import { ohRange } from './oh-range';
import { pladserNegative } from './pladser-negative';
import { pladserNotWhole } from './pladser-not-whole';
import { aendringMatches } from './aendring-matches';
import { basisDiffersWithinTilbud } from './basis-differs-within-tilbud';
import { duplicateBlock } from './duplicate-block';
import { placesMatchLevels } from './places-match-levels';
import { pladserChangeNeedsRemark } from './pladser-change-needs-remark';
import { lockedCellFilled } from './locked-cell-filled';
import { unplacedValue } from './unplaced-value';
import { blockHeaderMissing } from './block-header-missing';
import { yearInSheet } from './year-in-sheet';
import { formulaWithoutResult } from './formula-without-result';
import { ohNeededToExplain } from './oh-needed-to-explain';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  driftsherreKnown,
  sheetCellsPresent,
  inputErrorValue,
  formulaWithoutResult,
  notANumber,
  textNumber,
  identityRequired,
  yearInSheet,
  paragrafInList,
  enhedInList,
  belaegningRange,
  pladserNegative,
  pladserNotWhole,
  ohRange,
  ohNeededToExplain,
  budgetAndRates,
  basisBelowLevels,
  takstLevelsContiguous,
  timeUnitNeedsBasisAndTime,
  structureChangeInBlock,
  duplicateBlock,
  basisDiffersWithinTilbud,
  aendringMatches,
  rateRiseNeedsRemark,
  lowOccupancyNeedsRemark,
  pladserChangeNeedsRemark,
  rateOn250Days,
  solgteWithinAnvendte,
  placesMatchLevels,
  lockedCellFilled,
  unplacedValue,
  blockHeaderMissing,
  newOrDiscontinuedOffer,
  year1DiffersFromSnapshot,
  nameNotInSnapshot,
];
