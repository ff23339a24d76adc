import type { Db } from "@/server/db";
import { userListSelect } from "../schemas";

export function findUsers(db: Db) {
  return db.user.findMany({ select: userListSelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

export function findUserByEmail(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: userListSelect });
}
