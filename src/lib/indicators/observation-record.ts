import type { Figure } from '../figures/extract.ts';
import type { Observation } from '../schemas/page.ts';
import type { ObservationKind, ObservationStatus } from '../schemas/vocabulary.ts';
import type { Indicator } from './registry.ts';
import { convert } from './unit-conversion.ts';

/** An observation of an indicator, read from one figure. */
export function observationOf(
  indicator: Indicator,
  figure: Figure,
  kind: ObservationKind,
  {
    status,
    definition,
    definitionEn,
    fromTableRow = false,
    unitInName = false,
  }: {
    status: ObservationStatus;
    definition?: string;
    definitionEn?: string;
    fromTableRow?: boolean;
    /** The name the text uses carries the unit's denominator (每万人口发明专利拥有量15.3件 is 件/万人). */
    unitInName?: boolean;
  },
): Observation {
  const observation: Observation = {
    indicator: indicator.id,
    figure: figure.id,
    at: figure.at,
    kind,
    status,
    raw: figure.raw,
    value: figure.value,
    unit: figure.unit,
    period: figure.period,
    qualifier: figure.qualifier,
  };
  // A table's 单位 column may abbreviate (件 for 件/万人): the indicator's table_row vouches for the row's unit.
  const inUnit =
    convert(figure.value, figure.unit, indicator.unit) ?? (fromTableRow || unitInName ? figure.value : undefined);
  if (inUnit !== undefined && !['growth-rate', 'change', 'ratio'].includes(kind))
    observation.valueInIndicatorUnit = inUnit;
  if (definition) observation.definition = definition;
  if (definitionEn) observation.definitionEn = definitionEn;
  return observation;
}
