import { Route, Routes } from 'react-router';
import { PublicLayout } from './PublicLayout';
import { PublicProgrammePage } from './PublicProgrammePage';
import { PublicPartnershipListPage } from './list/PublicPartnershipListPage';
import { PublicPartnershipPage } from './partnership/PublicPartnershipPage';
import { PublicNotFound } from './PublicNotFound';

/** /public/*: the programme as anyone sees it, without signing in. One small chunk, loaded on first visit. */
export default function PublicRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<PublicProgrammePage />} />
        <Route path="partnerships" element={<PublicPartnershipListPage />} />
        <Route path="partnerships/:id" element={<PublicPartnershipPage />} />
        <Route path="*" element={<PublicNotFound />} />
      </Route>
    </Routes>
  );
}
