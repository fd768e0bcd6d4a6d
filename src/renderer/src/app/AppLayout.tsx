import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { StatusBar } from '../features/system/components/StatusBar';
import { sections } from './sections';

const DRAWER_WIDTH = 220;

function isActive(sectionPath: string, currentPath: string): boolean {
  return sectionPath === '/' ? currentPath === '/' : currentPath.startsWith(sectionPath);
}

/** Navigation on the left, the current section in the middle, status at the bottom. */
export function AppLayout() {
  const { pathname } = useLocation();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Drawer
          variant="permanent"
          sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, position: 'relative' } }}
        >
          <Toolbar>
            <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
              Backroom
            </Typography>
          </Toolbar>
          <nav aria-label="Main">
            <List>
              {sections.map((section) => (
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
          </nav>
        </Drawer>
        <Box component="main" sx={{ flex: 1, overflow: 'auto', p: 3 }}>
          <Routes>
            {sections.map((section) => (
              <Route key={section.path} path={section.path} element={section.element} />
            ))}
            <Route path="*" element={<Typography>That page does not exist.</Typography>} />
          </Routes>
        </Box>
      </Box>
      <StatusBar />
    </Box>
  );
}
