import type { MetadataRoute } from "next";

/** The web app manifest: installable on a phone, opening straight on the opt-in screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Grondslag",
    short_name: "Grondslag",
    description: "Consent and contact compliance",
    start_url: "/opt-in",
    scope: "/",
    display: "standalone",
    theme_color: "#186446",
    background_color: "#ffffff",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
