// Input schemas for email branding: a branding platform admins define, an organisation's default
// and the branding a service picks. The messages are the ones people read on the forms.
import { z } from "zod";
import { normaliseHexColour } from "../domain/templates/email-layout";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const uuid = (message: string) => z.string({ error: message }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, message);

export const EMAIL_BRANDING_ERRORS = {
  name: "Enter a name for the branding",
  nameTooLong: "Name must be 255 characters or fewer",
  nameTaken: "A branding with this name already exists",
  logo: "Select a logo",
  altText: "Enter alt text that describes the logo, like the agency’s name",
  altTextTooLong: "Alt text must be 255 characters or fewer",
  bannerColour: "Enter the banner colour as a hex code, like #1d70b8",
  bannerTextTooLong: "Banner text must be 255 characters or fewer",
  choose: "Select an email branding",
  organisation: "Select an organisation",
} as const;

export const LOGO_UPLOAD_ERRORS = {
  noFile: "Select a logo to upload",
  notAnImage: "The logo must be a PNG or JPEG image",
  tooBig: "The logo must be smaller than 2 MB",
  tooLargeDimensions: "The logo must be at most 4000 pixels wide and 4000 pixels tall",
} as const;

export const createEmailBrandingSchema = z.object({
  name: z.string({ error: EMAIL_BRANDING_ERRORS.name }).trim().min(1, EMAIL_BRANDING_ERRORS.name).max(255, EMAIL_BRANDING_ERRORS.nameTooLong),
  logoId: uuid(EMAIL_BRANDING_ERRORS.logo),
  altText: z.string({ error: EMAIL_BRANDING_ERRORS.altText }).trim().min(1, EMAIL_BRANDING_ERRORS.altText).max(255, EMAIL_BRANDING_ERRORS.altTextTooLong),
  bannerColour: z.preprocess(
    blankToNull,
    z
      .string()
      .nullable()
      .transform((value, ctx) => {
        if (value === null) return null;
        const colour = normaliseHexColour(value);
        if (!colour) {
          ctx.addIssue({ code: "custom", message: EMAIL_BRANDING_ERRORS.bannerColour });
          return z.NEVER;
        }
        return colour;
      }),
  ),
  bannerText: z.preprocess(blankToNull, z.string().trim().max(255, EMAIL_BRANDING_ERRORS.bannerTextTooLong).nullable()),
});
export type CreateEmailBrandingInput = z.infer<typeof createEmailBrandingSchema>;

/** "none" for plain emails, else a branding's id. */
const brandingChoice = z.union([z.literal("none").transform(() => null), uuid(EMAIL_BRANDING_ERRORS.choose)], { error: EMAIL_BRANDING_ERRORS.choose });

export const chooseEmailBrandingSchema = z.object({ emailBranding: brandingChoice });
export type ChooseEmailBrandingInput = z.infer<typeof chooseEmailBrandingSchema>;

export const organisationBrandingSchema = z.object({ organisationId: uuid(EMAIL_BRANDING_ERRORS.organisation), emailBranding: brandingChoice });
export type OrganisationBrandingInput = z.infer<typeof organisationBrandingSchema>;
