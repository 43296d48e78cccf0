"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-[#00703c] text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
  secondary: "bg-[#f3f2f1] text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]",
  warning: "bg-[#d4351c] text-white shadow-[0_2px_0_#55150b] hover:bg-[#aa2a16]",
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS };

export function Button({ variant = "primary", className = "", ...props }: Props) {
  return (
    <button
      type="button"
      {...props}
      className={`inline-block px-4 py-2 text-lg font-bold disabled:opacity-50 ${VARIANTS[variant]} ${className}`}
    />
  );
}

/** A submit button that says it is working while its form is pending. */
export function SubmitButton({
  children,
  pendingText,
  ...props
}: Props & { pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" aria-disabled={pending} disabled={pending} {...props}>
      {pending ? (pendingText ?? "Please wait…") : children}
    </Button>
  );
}
