/**
 * Jest stand-in for `office-addin-manifest`, which office-addin-mock imports only for its
 * `OfficeApp` enum; the real package pulls in an ESM-only dependency Jest cannot load.
 */
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
