"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import {
  MAX_PARTNERS,
  MIN_PARTNERS,
  PARTNER_KIND_LABELS,
  PARTNER_KINDS,
} from "@/lib/actions/admin/partnership-schema";

const KIND_OPTIONS = [
  { value: "", label: "Choose a kind" },
  ...PARTNER_KINDS.map((kind) => ({ value: kind, label: PARTNER_KIND_LABELS[kind] })),
];
const FIRST_KINDS = ["LOCAL_AUTHORITY", "POLICE", "HEALTH_ICB"];

/**
 * The statutory safeguarding partners: three rows to start (local authority, police, integrated
 * care board), more on request. Rows keep stable keys so removing one keeps what was typed in the
 * others; field names follow the position, which is what the server reads.
 */
export function PartnerRows({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors: Record<string, string[]>;
}) {
  const submitted = Object.keys(values).filter((key) => /^partners\.\d+\.name$/.test(key)).length;
  const [rows, setRows] = useState(() =>
    Array.from({ length: Math.max(MIN_PARTNERS, submitted) }, (_, index) => index),
  );
  const [nextKey, setNextKey] = useState(rows.length);

  return (
    <fieldset id="partners" tabIndex={-1} className="space-y-4">
      <legend className="mb-2 text-2xl font-bold">Statutory safeguarding partners</legend>
      <p className="text-muted">
        The local authority, the police and the integrated care board. Add another row if the
        partnership has more, for example education.
      </p>
      {errors.partners ? (
        <p className="font-bold text-rag-red">
          <span className="sr-only">Error: </span>
          {errors.partners.join(". ")}
        </p>
      ) : null}
      {rows.map((key, index) => (
        <div key={key} className="grid gap-4 border-l-4 border-[#b1b4b6] pl-4 sm:grid-cols-2">
          <TextField
            name={`partners.${index}.name`}
            label={`Partner ${index + 1}: organisation name`}
            defaultValue={values[`partners.${index}.name`] ?? ""}
            errors={errors[`partners.${index}.name`]}
          />
          <Select
            name={`partners.${index}.kind`}
            label={`Partner ${index + 1}: kind`}
            defaultValue={values[`partners.${index}.kind`] ?? FIRST_KINDS[index] ?? ""}
            options={KIND_OPTIONS}
            errors={errors[`partners.${index}.kind`]}
          />
          {index >= MIN_PARTNERS ? (
            <Button
              variant="secondary"
              className="justify-self-start"
              onClick={() => setRows((current) => current.filter((row) => row !== key))}
            >
              Remove partner {index + 1}
            </Button>
          ) : null}
        </div>
      ))}
      {rows.length < MAX_PARTNERS ? (
        <Button
          variant="secondary"
          onClick={() => {
            setRows((current) => [...current, nextKey]);
            setNextKey((key) => key + 1);
          }}
        >
          Add another partner
        </Button>
      ) : null}
    </fieldset>
  );
}
