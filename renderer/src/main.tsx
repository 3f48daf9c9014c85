import './zodConfig';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import 'mantine-datatable/styles.css';
import './styles.css';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createRoot } from 'react-dom/client';
import { App } from './App';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
