import "server-only";
import { currentPerson } from "@/lib/auth/session";
import { parseIncidentRef } from "@/lib/incidents/ref";
import type { Person } from "@/lib/people/person";

type Params = { params: Promise<{ ref: string }> };

/**
 * A GET under /api/…/[ref] for one incident: signed in (else 401) and a real reference like INC-42
 * (else 404) before the handler runs with the person and the incident number.
 */
export function incidentRoute(handler: (ctx: { person: Person; number: number }) => Promise<Response>) {
  return async (_req: Request, { params }: Params): Promise<Response> => {
    const person = await currentPerson();
    if (!person) return Response.json({ message: "Sign in first." }, { status: 401 });
    const number = parseIncidentRef((await params).ref);
    if (number === null) return Response.json({ message: "Not an incident reference (e.g. INC-42)." }, { status: 404 });
    return handler({ person, number });
  };
}
