import { Navigate, Route, Routes } from 'react-router';
import { CaseDetailPage } from './cases/CaseDetailPage';
import { CasesPage } from './cases/CasesPage';
import { ClueDetailPage } from './cases/ClueDetailPage';
import { DutiesPage } from './duties/DutiesPage';
import { Shell } from './layout/Shell';
import { NewCampaignPage } from './notice/NewCampaignPage';
import { FeedbackImportPage } from './notice/FeedbackImportPage';
import { CampaignListPage } from './campaigns/CampaignListPage';
import { CampaignPage } from './campaigns/CampaignPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { ProblemPage } from './ledger/ProblemPage';
import { ProblemsPage } from './ledger/ProblemsPage';
import { RectificationPage } from './ledger/RectificationPage';
import { RoundPage } from './inspection/RoundPage';
import { SearchPage } from './search/SearchPage';
import { SelfCheckPage } from './inspection/SelfCheckPage';
import { SettingsPage } from './settings/SettingsPage';
import { WorkbenchPage } from './workbench/WorkbenchPage';
import { lazyPage } from './lib/lazyPage';

// Opened only now and then, and the largest: loaded when first opened.
const DocumentsPage = lazyPage(() => import('./documents/DocumentsPage').then((m) => m.DocumentsPage));
const DocumentEditorPage = lazyPage(() => import('./documents/DocumentEditorPage').then((m) => m.DocumentEditorPage));
const StatsPage = lazyPage(() => import('./stats/StatsPage').then((m) => m.StatsPage));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<WorkbenchPage />} />
        <Route path="campaigns" element={<CampaignListPage />} />
        <Route path="campaigns/new" element={<NewCampaignPage />} />
        <Route path="campaigns/:id" element={<CampaignPage />} />
        <Route path="campaigns/:id/:tab" element={<CampaignPage />} />
        <Route path="self-check" element={<SelfCheckPage />} />
        <Route path="self-check/:roundId" element={<RoundPage />} />
        <Route path="problems" element={<ProblemsPage />} />
        <Route path="problems/feedback" element={<FeedbackImportPage />} />
        <Route path="problems/:id" element={<ProblemPage />} />
        <Route path="rectification" element={<RectificationPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/clues/:id" element={<ClueDetailPage />} />
        <Route path="cases/cases/:id" element={<CaseDetailPage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="documents/:campaign/:kind" element={<DocumentEditorPage />} />
        <Route path="duties" element={<DutiesPage />} />
        <Route path="duties/:tab" element={<DutiesPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="workbench" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
