import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';

export function mountPage(container: HTMLElement, workerSource: string | null): void {
  container.textContent = '';
  createRoot(container).render(<WebApp workerSource={workerSource} />);
}
