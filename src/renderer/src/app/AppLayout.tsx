import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import type { StaffProfile } from '@shared/contract';
import { UserMenu } from '../features/auth/components/UserMenu';
import { ChangePasswordPage } from '../features/auth/views/ChangePasswordPage';
import { StatusBar } from '../features/system/components/StatusBar';
import { sectionAllowed, sections } from './sections';

const DRAWER_WIDTH = 220;

function isActive(sectionPath: string, currentPath: string): boolean {
  return sectionPath === '/' ? currentPath === '/' : currentPath.startsWith(sectionPath);
}

/** A section the role may not use, opened by its address. */
function NotAllowed({ title }: { title: string }) {
  return (
    <section aria-labelledby="section-title">
      <Typography id="section-title" variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <Alert severity="warning">Your role does not give access to this section. Ask an admin if you need it.</Alert>
    </section>
  );
}

/** Navigation on the left with the account at its foot, the current section in the middle, status at the bottom. */
export function AppLayout({ user }: { user: StaffProfile }) {
  const { pathname } = useLocation();
  const allowed = sections.filter((section) => sectionAllowed(section, user.role));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Drawer
          variant="permanent"
          sx={{
            width: DRAWER_WIDTH,
            flexShrink: 0,
            '& .MuiDrawer-paper': { width: DRAWER_WIDTH, position: 'relative', display: 'flex', flexDirection: 'column' },
          }}
        >
          <Toolbar>
            <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
              Backroom
            </Typography>
          </Toolbar>
          <Box component="nav" aria-label="Main" sx={{ flex: 1, overflowY: 'auto' }}>
            <List>
              {allowed.map((section) => (
                <ListItemButton
                  key={section.path}
                  component={NavLink}
                  to={section.path}
                  selected={isActive(section.path, pathname)}
                  aria-current={isActive(section.path, pathname) ? 'page' : undefined}
                >
                  <ListItemIcon>{section.icon}</ListItemIcon>
                  <ListItemText primary={section.label} />
                </ListItemButton>
              ))}
            </List>
          </Box>
          <Divider />
          <Box sx={{ flexShrink: 0 }}>
            <UserMenu user={user} />
          </Box>
        </Drawer>
        <Box component="main" sx={{ flex: 1, overflow: 'auto', p: 3 }}>
          <Routes>
            {sections.map((section) => (
              <Route
                key={section.path}
                // Sections route inside themselves (e.g. /catalog/products/:id).
                path={section.path === '/' ? '/' : `${section.path}/*`}
                element={sectionAllowed(section, user.role) ? section.element : <NotAllowed title={section.label} />}
              />
            ))}
            <Route path="/account/password" element={<ChangePasswordPage />} />
            <Route path="*" element={<Typography>That page does not exist.</Typography>} />
          </Routes>
        </Box>
      </Box>
      <StatusBar />
    </Box>
  );
}
