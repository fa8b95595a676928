import type { AppRole } from "./roles";

export interface Person {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  chat_handle: string | null;
  time_zone: string;
  role: AppRole;
}

export const PERSON_COLUMNS = "id,name,email,phone,chat_handle,time_zone,role";
