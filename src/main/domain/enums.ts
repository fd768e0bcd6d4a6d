// The enums live in the shared contract so the renderer uses the same lists.
export * from '@shared/enums';
