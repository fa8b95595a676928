// The filters of /reviews and /reviews/action-items live in the URL, so a filtered list can be
// bookmarked and shared. People edit URLs by hand: what does not parse is dropped without a word
// and the list shows what the remaining filters select (never an error page).
import { z } from "zod";
import { ACTION_STATUSES, REVIEW_STATES, UNFINISHED_STATUSES, type ActionStatus, type ReviewState } from "./model";
import type { ActionItemFilters } from "./schema";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

/** ?state=draft on /reviews; anything else is "every state". */
export function parseReviewState(params: Params): ReviewState | undefined {
  const s = first(params, "state");
  return (REVIEW_STATES as readonly string[]).includes(s) ? (s as ReviewState) : undefined;
}

/**
 * The status choice on the action items page. Left out, the list shows what still needs work
 * (open and in progress): that is what people open the page for; "all" shows done and won't do too.
 */
export type StatusChoice = "unfinished" | "all" | ActionStatus;
export const STATUS_CHOICES: readonly StatusChoice[] = ["unfinished", "all", ...ACTION_STATUSES];

export interface ActionItemView {
  owner: string;
  status: StatusChoice;
  service: string;
}

const uuid = z.uuid();

export function parseActionItemView(params: Params): ActionItemView {
  const owner = first(params, "owner");
  const status = first(params, "status");
  const service = first(params, "service");
  return {
    owner: owner.length <= 200 ? owner : "",
    status: (STATUS_CHOICES as readonly string[]).includes(status) ? (status as StatusChoice) : "unfinished",
    service: uuid.safeParse(service).success ? service : "",
  };
}

/** What listActionItems is asked for. */
export function actionItemFilters(view: ActionItemView): ActionItemFilters {
  return {
    owner: view.owner || undefined,
    status: view.status === "all" ? undefined : view.status === "unfinished" ? [...UNFINISHED_STATUSES] : [view.status],
    service: view.service || undefined,
  };
}

/** The page's address for a view: defaults left out, so the plain URL is the default list. */
export function actionItemsHref(view: ActionItemView): string {
  const q = new URLSearchParams();
  if (view.owner) q.set("owner", view.owner);
  if (view.status !== "unfinished") q.set("status", view.status);
  if (view.service) q.set("service", view.service);
  const qs = q.toString();
  return qs ? `/reviews/action-items?${qs}` : "/reviews/action-items";
}
