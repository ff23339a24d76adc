import type { MetadataRoute } from "next";

/** A private CRM: no search engine may index any of it (the public forms are linked, not found). */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", disallow: "/" } };
}
