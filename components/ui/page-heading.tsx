import type { ReactNode } from "react";

export function PageHeading({ caption, children }: { caption?: ReactNode; children: ReactNode }) {
  return (
    <div className="mb-6">
      {caption ? <p className="text-lg text-muted">{caption}</p> : null}
      <h1 className="text-4xl font-bold">{children}</h1>
    </div>
  );
}
