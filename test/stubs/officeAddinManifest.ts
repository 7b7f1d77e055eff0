/** Stand-in for office-addin-manifest under jest (its ESM-only dependency cannot load on Node 20). */
export const OfficeAddinManifest = {};
export default {};
