import { render } from 'preact';
import '../../src/extension/ui/popup/popup.css';
import { PopupApp } from '../../src/extension/ui/popup/popup-app';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
