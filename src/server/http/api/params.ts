import { z } from "zod";

/** Path parameters of the operations on one resource: every id in this API is a uuid. */
export const ZIdParams = z.object({ id: z.uuid() });
