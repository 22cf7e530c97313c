import 'server-only';
import { z } from 'zod';

/** A granted token. Legacy answers carry `expires_in_sec` and then give `expires_in` in milliseconds. */
export const tokenGrantSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().optional(),
  api_domain: z.url().optional(),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
  expires_in_sec: z.number().optional(),
  scope: z.string().optional(),
});

/** A refusal: `{"error":"invalid_code"}`, or the throttle's `{"error","error_description","status":"failure"}`. */
export const tokenErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
  status: z.string().optional(),
});

/** Both of Zoho's error envelopes (gateway and application) carry these keys. */
export const zohoErrorBodySchema = z.object({
  code: z.string(),
  message: z.string().default(''),
  status: z.string().optional(),
  details: z.unknown().optional(),
});

export const orgResponseSchema = z.object({
  org: z
    .array(
      z.object({
        id: z.string(),
        zgid: z.string(),
        company_name: z.string().nullable(),
        time_zone: z.string().optional(),
      }),
    )
    .min(1),
});

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  full_name: z.string().optional(),
  status: z.string().optional(),
});

export const usersResponseSchema = z.object({ users: z.array(userSchema).min(1) });

/** One page of `GET /users?type=AllUsers`; past the last page Zoho answers 204 (read as `{}`). */
export const usersPageSchema = z.object({
  users: z.array(userSchema).default([]),
  info: z.object({ more_records: z.boolean().optional() }).partial().optional(),
});

export const modulesResponseSchema = z.object({
  modules: z.array(
    z.object({
      api_name: z.string(),
      plural_label: z.string(),
      api_supported: z.boolean().optional(),
      creatable: z.boolean().optional(),
      viewable: z.boolean().optional(),
      generated_type: z.string().optional(),
      status: z.string().optional(),
    }),
  ),
});

const lookupSchema = z
  .object({ module: z.union([z.string(), z.object({ api_name: z.string() })]).optional() })
  .partial()
  .optional();

/** Multi-select and multi-user lookups name their linking module (a string in some versions, an object in others). */
const linkingSchema = z
  .object({ linking_module: z.union([z.string(), z.object({ api_name: z.string() })]) })
  .partial()
  .nullable()
  .optional();

export const zohoFieldSchema = z.object({
  api_name: z.string(),
  field_label: z.string().optional(),
  display_label: z.string().optional(),
  data_type: z.string(),
  length: z.number().nullable().optional(),
  decimal_place: z.number().nullable().optional(),
  system_mandatory: z.boolean().optional(),
  read_only: z.boolean().optional(),
  field_read_only: z.boolean().optional(),
  custom_field: z.boolean().optional(),
  unique: z.record(z.string(), z.unknown()).optional(),
  lookup: lookupSchema,
  subform: z
    .object({ module: z.union([z.string(), z.object({ api_name: z.string() })]) })
    .partial()
    .nullable()
    .optional(),
  multiselectlookup: linkingSchema,
  multiuserlookup: linkingSchema,
  pick_list_values: z
    .array(z.object({ actual_value: z.string().optional(), display_value: z.string() }))
    .optional(),
  operation_type: z
    .object({ api_create: z.boolean().optional(), api_update: z.boolean().optional() })
    .partial()
    .optional(),
});
export type ZohoField = z.infer<typeof zohoFieldSchema>;

export const fieldsResponseSchema = z.object({ fields: z.array(zohoFieldSchema) });

export const layoutsResponseSchema = z.object({
  layouts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sections: z
        .array(
          z.object({
            fields: z.array(z.object({ api_name: z.string(), required: z.boolean().optional() })).default([]),
          }),
        )
        .default([]),
    }),
  ),
});
