import { FRAMEWORK_CITATION } from "@/lib/framework/six-steps";

export function SiteFooter() {
  return (
    <footer className="border-t border-[#b1b4b6] bg-[#f3f2f1]">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>Framework: {FRAMEWORK_CITATION}.</p>
      </div>
    </footer>
  );
}
