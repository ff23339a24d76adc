/** The part of MJML 5's API this product uses (the package ships no type declarations). */
declare module "mjml" {
  type MjmlError = { line: number; message: string; tagName: string; formattedMessage: string };
  type MjmlOptions = { validationLevel?: "strict" | "soft" | "skip"; keepComments?: boolean };
  export default function mjml2html(
    input: string,
    options?: MjmlOptions,
  ): Promise<{ html: string; errors: MjmlError[] }>;
}
