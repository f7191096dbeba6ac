// Views for this family are registered from here (see index.ts).
export {};
