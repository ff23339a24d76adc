-- API scopes were split along the role matrix. Stored keys keep what their old scope still means
-- under least privilege (the same mapping as LEGACY_SCOPE_MAP in src/domain/access/api-scopes.ts):
--   contacts:write -> contacts:write, objections:write   (no longer: relationships, restrictions)
--   requests:write -> requests:register                   (no longer: verify, extend, execute, export)
-- An administrator grants relationships:write, restrictions:manage or requests:manage to a new key
-- on purpose.
UPDATE "ApiKey"
SET "scopes" = ARRAY(
  SELECT DISTINCT s FROM unnest(
    array_remove(array_remove("scopes", 'contacts:write'), 'requests:write')
    || CASE WHEN 'contacts:write' = ANY("scopes") THEN ARRAY['contacts:write', 'objections:write'] ELSE ARRAY[]::text[] END
    || CASE WHEN 'requests:write' = ANY("scopes") THEN ARRAY['requests:register'] ELSE ARRAY[]::text[] END
  ) AS s ORDER BY s
)
WHERE 'contacts:write' = ANY("scopes") OR 'requests:write' = ANY("scopes");
