type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * JSON Merge Patch (RFC 7396), what `PATCH /v1/subscriptions/:id` takes:
 * objects merge key by key, `null` removes a key, anything else (arrays
 * included) replaces. So `{"match":{"keywords":["قصف"]}}` changes only the
 * keywords, and a new webhook URL keeps the stored secret.
 */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  const out: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
