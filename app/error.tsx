"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Beacon could not show this page. If the database or API is down, /api/health says which.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md border px-4 py-2 font-medium">
        Try again
      </button>
    </main>
  );
}
