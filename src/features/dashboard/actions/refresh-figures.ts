"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { refreshDashboardSnapshot } from "../services/dashboard-snapshot";

export const refreshFiguresAction = actionClient
  .metadata({ permission: "dashboard:view", name: "refresh-dashboard-figures" })
  .inputSchema(z.object({}))
  .action(async () => {
    // Computed now, unless another instance or user is already at it (the lease).
    const snapshot = await refreshDashboardSnapshot(await getDb(), { maxAgeMs: 0 });
    revalidatePath("/");
    return { computedAt: snapshot?.computedAt.toISOString() ?? null };
  });
