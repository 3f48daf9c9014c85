import path from 'node:path';
import { documentPlainText } from '../shared/document';
import { openCatalogDatabase } from '../electron/core/context';
import { freshDocument } from '../electron/core/documents/store';
const [db0, kind = 'summary', only] = process.argv.slice(2);
const db = await openCatalogDatabase(db0 as string, path.resolve('resources'), () => new Date('2020-11-20T02:00:00Z'));
for (const c of only ? [only] : ['sc-2020-96', 'gx-2020-special', 'sn-2020-36', 'kz-2022-115', 'sc-2021-division']) {
  const doc = freshDocument(db, c, kind as 'summary', '2020-11-20');
  console.log(`===== ${c} ${kind}`);
  console.log(documentPlainText(doc).join('\n'));
}
db.close();
