/** The minutes library's drive: simple upload by path (`PUT …/drive/root:/{path}:/content`). */
import { err, json } from '../http';
import type { Route } from '../router';
import type { FakeFile } from '../state';
import { findList, siteOf } from './sites';

export const driveRoutes: Route[] = [
  {
    method: 'PUT',
    template: '/sites/{id}/lists/{id}/drive/root:/{path}:/content',
    name: 'driveItem-content',
    // `replace` overwrites; otherwise an existing file is a 409.
    handle: ({ state, ids, path, req }) => {
      const lib = findList(siteOf(state, ids[0]!), ids[1]!);
      if (!lib) return err(404, 'itemNotFound', 'The library does not exist');
      if (lib.template !== 'documentLibrary') return err(400, 'invalidRequest', 'Not a document library');
      if (!req.bytes) return err(400, 'invalidRequest', 'No file content');
      if (!path || /["*:<>?\\|]/.test(path)) return err(400, 'invalidRequest', 'The file name is not valid');
      const key = `${lib.displayName}/${path}`;
      const existing = state.files.get(key);
      const behaviour = req.query.get('@microsoft.graph.conflictBehavior') ?? 'fail';
      if (existing && behaviour !== 'replace') return err(409, 'nameAlreadyExists', 'The file exists');
      const name = path.split('/').pop()!;
      const file: FakeFile = {
        id: existing?.id ?? state.newId('file-'),
        name,
        bytes: req.bytes,
        contentType: req.headers['content-type'] ?? 'application/octet-stream',
        version: (existing?.version ?? 0) + 1,
      };
      state.files.set(key, file);
      const webUrl = `https://northshire.example.sharepoint.com/sites/mappa/${encodeURI(key)}`;
      return json(existing ? 200 : 201, { id: file.id, name, size: req.bytes.length, webUrl });
    },
  },
];
