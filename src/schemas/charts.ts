/** Charts that put several data series on one axis: one YAML file each under content/charts/. */
import { z } from 'astro/zod';
import { nonEmpty, type RefFactory } from './fields';

export const chartSchema = (ref: RefFactory) =>
  z.strictObject({
    title: nonEmpty('title', 140).describe('What the chart compares.'),
    description: nonEmpty('description', 600).describe(
      'What readers should know, e.g. that the values are for different years.',
    ),
    unit: nonEmpty('unit', 40).describe('The axis unit.'),
    members: z
      .array(
        z.strictObject({
          series: ref('series').describe('A data series (an id from content/series/).'),
          unit: nonEmpty('unit', 40).describe('The unit of that series whose points are drawn.'),
          label: nonEmpty('label', 40).describe('The bar label, e.g. "Capacity".'),
        }),
      )
      .min(2, { error: 'a combined chart needs at least two members' })
      .describe('The series drawn, one bar each per period.'),
  });
