import { z } from 'zod';
import {
  figureDataSchema,
  figuresDataSchema,
  observationDataSchema,
  observationsDataSchema,
  type FigureData,
  type ObservationData,
} from '../schemas/open-data.ts';

/** A published JSON Schema (draft 2020-12) of an open data file: a list of strict records. */
export interface PublishedSchema {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  type: 'array';
  items: {
    type: 'object';
    properties: Record<string, { type?: string | string[]; enum?: readonly string[]; description: string }>;
    required: string[];
    additionalProperties: false;
  };
}

/**
 * The JSON Schemas of the open data, generated from the zod schemas of its
 * records (src/lib/schemas/open-data.ts). The data page renders its field
 * documentation from these descriptions, so the two cannot drift apart.
 */
function publishedSchema($id: string, schema: z.ZodType): PublishedSchema {
  const { $schema, title, description, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return { $schema, $id, title, description, ...rest } as PublishedSchema;
}

export const figureSchema = publishedSchema('figures.schema.json', figuresDataSchema);
export const observationSchema = publishedSchema('indicators.schema.json', observationsDataSchema);

/** Column order of the CSV files: the order of the records' fields. */
export const figureColumns = Object.keys(figureDataSchema.shape) as (keyof FigureData)[];
export const observationColumns = Object.keys(observationDataSchema.shape) as (keyof ObservationData)[];
